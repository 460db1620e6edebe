// Runs the local embedding model (embedding-service/, a small Maven project) as a child JVM on loopback: built once
// with the Maven Wrapper from Maven Central, then started in seconds with no network.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ensureMavenBuilt,
  javaMajorVersion,
  mavenClasspath,
  stopChild,
  waitForReadyLine,
} from '../jvm/maven-child.ts';

export { javaMajorVersion };

const SERVICE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'embedding-service');
const SERVICE_CLASS = 'dev.personagraph.embeddings.LocalEmbeddings';
const READY_MARK = 'EMBEDDINGS_READY ';

export interface LocalEmbeddingService {
  /** OpenAI-compatible base URL, e.g. http://127.0.0.1:41234/v1. */
  baseURL: string;
  /** Milliseconds from spawn to ready (model loaded and warm). */
  startupMs: number;
  /** The JVM's process id, for memory measurements. */
  pid: number | undefined;
  /** False once the JVM has exited (crashed or stopped). */
  running(): boolean;
  /** Stops the JVM and waits for it to exit (closing its stdin first, then signals if it lingers). */
  stop(): Promise<void>;
}

export interface LocalEmbeddingServiceOptions {
  threads?: number;
  heap?: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

const SERVICE_MARKERS = ['target/classes/dev/personagraph/embeddings/LocalEmbeddings.class', 'target/lib'];

/** Builds the service with the Maven Wrapper; the first run downloads the model jar and ONNX Runtime into ~/.m2. */
export function ensureEmbeddingServiceBuilt(log: (line: string) => void = console.log): void {
  ensureMavenBuilt({
    dir: SERVICE_DIR,
    markers: SERVICE_MARKERS,
    what: 'the local embedding service',
    downloads: 'the model from Maven Central, ~150 MB',
    log,
  });
}

/** Starts the service on 127.0.0.1 (a free port it picks itself) and resolves once the model answers. */
export async function startLocalEmbeddingService(
  options: LocalEmbeddingServiceOptions = {},
): Promise<LocalEmbeddingService> {
  const log = options.log ?? (() => {});
  const java = javaMajorVersion();
  if (java === undefined || java < 17) {
    throw new Error(
      `The local embedding model needs Java 17 or newer (found ${java ?? 'none'}): install a JDK, ` +
        'or set EMBEDDING_PROVIDER=openai, or LOCAL_EMBEDDING_URL to a running embedding service.',
    );
  }
  ensureEmbeddingServiceBuilt(log);
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const classpath = mavenClasspath(SERVICE_DIR);
  const started = performance.now();
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '256m'}`,
      '-XX:+UseSerialGC',
      // slf4j has no binding here (nothing to log); without this it warns about that on every start.
      '-Dslf4j.internal.verbosity=ERROR',
      '-cp',
      classpath,
      SERVICE_CLASS,
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--threads',
      String(options.threads ?? 2),
      '--watch-stdin',
    ],
    // stdin stays a pipe we never write: when this process dies, the JVM sees EOF and exits.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const baseURL = await waitForReadyLine(child, {
    mark: READY_MARK,
    name: 'The local embedding service',
    tag: 'embeddings',
    timeoutMs,
    log,
  });
  const startupMs = Math.round(performance.now() - started);
  // A caller that never stops it must still be able to exit; the JVM then exits on stdin EOF.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr])
    (stream as { unref?: () => void } | null)?.unref?.();

  let stopping: Promise<void> | undefined;
  return {
    baseURL,
    startupMs,
    pid: child.pid,
    running: () => child.exitCode === null && child.signalCode === null,
    stop() {
      stopping ??= stopChild(child, { eofMs: 5_000, termMs: 5_000, killMs: 2_000 });
      return stopping;
    },
  };
}
