// Starts the project's own JVM children, each a small Java project built by its Maven Wrapper.
import { type ChildProcess, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Whether `java` on PATH runs, and its major version when `java -version` names one. */
export function probeJava(): { installed: boolean; major: number | undefined } {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return { installed: false, major: undefined };
  const match = /version "(\d+)/.exec(result.stderr);
  return { installed: true, major: match ? Number(match[1]) : undefined };
}

/** The major version of `java` on PATH, or undefined when there is none. */
export function javaMajorVersion(): number | undefined {
  return probeJava().major;
}

export interface MavenBuild {
  /** The Maven project's directory (holds `mvnw`). */
  dir: string;
  /** Paths relative to `dir` that all exist once the project is built. */
  markers: string[];
  /** What is built, for messages, e.g. "the local Neo4j launcher". */
  what: string;
  /** What the first build downloads, e.g. "Neo4j 5.26 from Maven Central, ~120 MB". */
  downloads: string;
  log: (line: string) => void;
}

/** True when every marker of the build exists. */
function mavenBuilt(dir: string, markers: string[]): boolean {
  return markers.every((marker) => existsSync(path.join(dir, marker)));
}

/** Builds the project with its Maven Wrapper unless it is built already; throws when the build fails. */
export function ensureMavenBuilt({ dir, markers, what, downloads, log }: MavenBuild): void {
  if (mavenBuilt(dir, markers)) return;
  log(`Building ${what} (first run downloads ${downloads})...`);
  const result = spawnSync(path.join(dir, 'mvnw'), ['-B', '-q', 'package', '-DskipTests'], {
    cwd: dir,
    stdio: 'inherit',
  });
  if (result.status !== 0 || !mavenBuilt(dir, markers)) {
    throw new Error(`Building ${what} failed (exit ${result.status}); see the Maven output above.`);
  }
}

/** The classpath of a built project: its classes and the jars Maven copied into target/lib. */
export function mavenClasspath(dir: string): string {
  return [path.join(dir, 'target/classes'), path.join(dir, 'target/lib/*')].join(path.delimiter);
}

/**
 * Waits for the child to print `<mark><value>` (on stdout or stderr) and resolves to the value; other lines go to
 * `log` with a `[tag]` prefix. Rejects, with the child's last output, if it exits or errors first, or when
 * `timeoutMs` passes (the child is then killed: nothing else would stop it).
 */
export function waitForReadyLine(
  child: ChildProcess,
  options: { mark: string; name: string; tag: string; timeoutMs: number; log: (line: string) => void },
): Promise<string> {
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} did not start within ${options.timeoutMs} ms:\n${output}`));
    }, options.timeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-20_000);
      for (const line of text.split('\n')) {
        if (line.startsWith(options.mark)) {
          clearTimeout(timer);
          resolve(line.slice(options.mark.length).trim());
        } else if (line.trim()) options.log(`[${options.tag}] ${line}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with code ${code} before it was ready:\n${output}`));
    });
  });
}

/** Resolves true once the child has exited, or false after `ms` if it has not. */
export function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Stops a child that exits on stdin EOF: closes its stdin, then SIGTERM, then SIGKILL, waiting after each. */
export async function stopChild(
  child: ChildProcess,
  waits: { eofMs: number; termMs: number; killMs: number },
): Promise<void> {
  child.stdin?.end();
  if (await waitForExit(child, waits.eofMs)) return;
  child.kill('SIGTERM');
  if (await waitForExit(child, waits.termMs)) return;
  child.kill('SIGKILL');
  await waitForExit(child, waits.killMs);
}
