// The Debian programs some test files need (redis-server for the Redis bus, Chromium for the pages). The test run
// installs them when it can (root on Debian/Ubuntu); otherwise those files are skipped with one loud line each, except
// under CI=true, where they are required.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SystemTools {
  redis: boolean;
  chromium: boolean;
}

const TOOLS = [
  {
    key: 'redis',
    path: REDIS_SERVER,
    pkg: 'redis-server',
    env: 'REDIS_SERVER_BIN',
    needs: 'the Redis event bus tests',
  },
  {
    key: 'chromium',
    path: CHROMIUM_PATH,
    pkg: 'chromium',
    env: 'CHROMIUM_PATH',
    needs: 'the explorer and playground tests',
  },
] as const;

function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.warn(`installing ${packages.join(', ')} with apt-get for the tests that need them…`);
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'ignore',
    env,
  });
}

/** Finds (or installs) the tools; throws under CI=true when one is still missing. */
export function ensureSystemTools(): SystemTools {
  const missing = () => TOOLS.filter((tool) => !existsSync(tool.path));
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (missing().length > 0 && canInstall) aptInstall(missing().map((tool) => tool.pkg));
  const still = missing();
  if (still.length > 0 && process.env.CI === 'true')
    throw new Error(
      `CI needs ${still.map((t) => `${t.pkg} (${t.path})`).join(' and ')}: install them (apt-get install ${still.map((t) => t.pkg).join(' ')})`,
    );
  for (const tool of still)
    console.warn(
      `\n!!! SKIPPING ${tool.needs}: ${tool.path} not found. Install it (apt-get install ${tool.pkg}) or set ${tool.env}.\n`,
    );
  return { redis: existsSync(REDIS_SERVER), chromium: existsSync(CHROMIUM_PATH) };
}
