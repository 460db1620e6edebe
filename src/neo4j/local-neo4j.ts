// Provisions a real Neo4j 5.26 Community on loopback through Maven Central (no Docker): build once, run as a child JVM.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/index.ts';
import {
  ensureMavenBuilt,
  mavenClasspath,
  probeJava,
  stopChild,
  waitForReadyLine,
} from '../jvm/maven-child.ts';

const LAUNCHER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'launcher');
const LAUNCHER_CLASS = 'dev.personagraph.LocalNeo4j';
const READY_MARK = 'NEO4J_READY ';

export interface LocalNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  /** The JVM's process id (tests kill it to try crash recovery). */
  pid: number;
  /** Stops the JVM and waits for it to exit (closing its stdin first, then signals if it lingers). */
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  dataDir: string;
  heap?: string;
  /** Neo4j's page cache (default 256m), e.g. 2g for a graph of a few hundred thousand nodes. */
  pageCache?: string;
  host?: string;
  port?: number;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /**
   * Compile with the JVM's quick compiler only: starts sooner, runs queries slower. For short-lived databases
   * (a test run); a server and the bench want the optimising compiler too.
   */
  quickStart?: boolean;
}

/** Where the configured local Neo4j keeps its data and how much memory it takes (the server, the CLIs). */
export function localNeo4jSettings(
  config: Pick<Config, 'NEO4J_LOCAL_DATA_DIR' | 'NEO4J_LOCAL_HEAP' | 'NEO4J_LOCAL_PAGECACHE'>,
): Pick<LocalNeo4jOptions, 'dataDir' | 'heap' | 'pageCache'> {
  return {
    dataDir: config.NEO4J_LOCAL_DATA_DIR,
    heap: config.NEO4J_LOCAL_HEAP,
    pageCache: config.NEO4J_LOCAL_PAGECACHE,
  };
}

/** Fails with a message a new user can act on when Java 17+ is missing. */
export function checkJava(): void {
  const java = probeJava();
  if (!java.installed) {
    throw new Error(
      'Java 17 or newer is needed to run the local Neo4j (install a JDK, e.g. `apt-get install openjdk-17-jdk`), ' +
        'or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  const major = java.major ?? 0;
  if (major < 17) {
    throw new Error(
      `Java ${major || 'unknown'} found; the local Neo4j needs Java 17 or newer (or set NEO4J_URI).`,
    );
  }
}

const LAUNCHER_MARKERS = ['target/classes/dev/personagraph/LocalNeo4j.class', 'target/lib', 'target/plugins'];

/** Builds the launcher with the Maven Wrapper; the first run downloads Neo4j's jars into ~/.m2 (cached after). */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): void {
  ensureMavenBuilt({
    dir: LAUNCHER_DIR,
    markers: LAUNCHER_MARKERS,
    what: 'the local Neo4j launcher',
    downloads: 'Neo4j 5.26 from Maven Central, ~120 MB',
    log,
  });
}

export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts Neo4j on a loopback address and resolves once Bolt answers. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  checkJava();
  ensureLauncherBuilt(log);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await findFreePort(host));
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const classpath = mavenClasspath(LAUNCHER_DIR);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '768m'}`,
      `-Dpersonagraph.pagecache=${options.pageCache ?? '256m'}`,
      '-XX:+UseSerialGC',
      ...(options.quickStart ? ['-XX:TieredStopAtLevel=1'] : []),
      '-cp',
      classpath,
      LAUNCHER_CLASS,
      dataDir,
      host,
      String(port),
      path.join(LAUNCHER_DIR, 'target/plugins'),
    ],
    // stdin stays a pipe we never write: when this process dies, the JVM sees EOF and exits.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const uri = await waitForReadyLine(child, {
    mark: READY_MARK,
    name: 'Neo4j',
    tag: 'neo4j',
    timeoutMs: options.startTimeoutMs ?? 120_000,
    log,
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    port,
    dataDir,
    pid: child.pid!,
    stop() {
      stopping ??= stopChild(child, { eofMs: 20_000, termMs: 10_000, killMs: 5_000 });
      return stopping;
    },
  };
}
