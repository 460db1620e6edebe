// Bundles the explorer and playground pages with esbuild into src/web/dist, only when dist is missing or stale.
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(WEB_DIR, 'dist');
const SOURCE_DIRS = ['explorer', 'playground', 'shared'].map((name) => join(WEB_DIR, name));
const PAGES = { explorer: 'Explorer', playground: 'Playground' } as const;
type Page = keyof typeof PAGES;

// Two circles joined by a line: the icon of every page.
const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='4' cy='12' r='3' fill='%234e79a7'/%3E%3Ccircle cx='12' cy='4' r='3' fill='%23f28e2b'/%3E%3Cpath d='M4 12 12 4' stroke='%23888'/%3E%3C/svg%3E";

/** A page's document: the head every page shares around its own body (`<page>/body.html`). */
function pageDocument(page: Page, body: string): string {
  const indented = body
    .trimEnd()
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Persona Graph · ${PAGES[page]}</title>
    <link rel="icon" href="${ICON}" />
    <link rel="stylesheet" href="/web/${page}.css" />
    <script type="module" src="/web/${page}.js"></script>
  </head>
  <body>
${indented}
  </body>
</html>
`;
}
// Written last: its mtime says when the whole build finished.
const STAMP = join(DIST_DIR, 'build-stamp.json');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? await newestMtime(path) : (await stat(path)).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** True when dist is missing or older than any page source (or this build script). */
export async function webAssetsStale(): Promise<boolean> {
  const built = await stat(STAMP).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built === 0) return true;
  const sources = Math.max(
    (await stat(fileURLToPath(import.meta.url))).mtimeMs,
    ...(await Promise.all(SOURCE_DIRS.map(newestMtime))),
  );
  return sources > built;
}

// Each output is written to a temporary name and renamed, so two processes building at once (parallel test
// files) never serve a half-written file.
async function writeAtomically(path: string, contents: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/** Bundles both pages (JS, CSS and inlined fonts) into dist; nothing is left to load from a CDN. */
export async function buildWebAssets(): Promise<string[]> {
  // esbuild is only needed when a build is due, so a server with fresh assets never loads it.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(Object.keys(PAGES).map((page) => [page, join(WEB_DIR, page, 'main.ts')])),
    bundle: true,
    format: 'esm',
    splitting: false,
    minify: true,
    sourcemap: false,
    target: ['chrome110', 'firefox110', 'safari16'],
    outdir: DIST_DIR,
    write: false,
    legalComments: 'none',
    loader: {
      '.woff': 'dataurl',
      '.woff2': 'dataurl',
      '.ttf': 'dataurl',
      '.svg': 'dataurl',
      '.png': 'dataurl',
    },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'silent',
  });
  const written: string[] = [];
  for (const file of result.outputFiles) {
    await writeAtomically(file.path, file.contents);
    written.push(relative(DIST_DIR, file.path));
  }
  for (const page of Object.keys(PAGES) as Page[]) {
    const body = await readFile(join(WEB_DIR, page, 'body.html'), 'utf8');
    await writeAtomically(join(DIST_DIR, `${page}.html`), new TextEncoder().encode(pageDocument(page, body)));
    written.push(`${page}.html`);
  }
  await writeAtomically(
    STAMP,
    new TextEncoder().encode(JSON.stringify({ builtAt: new Date().toISOString() })),
  );
  return written;
}

let pending: Promise<void> | undefined;

/**
 * Builds the pages if they are stale; concurrent callers share one build. Once built, later calls reuse the
 * result unless `recheck` asks to look at the sources again (development, where pages are edited live).
 */
export function ensureWebAssets(recheck = false): Promise<void> {
  if (pending && !recheck) return pending;
  const previous = pending ?? Promise.resolve();
  const next = previous
    .catch(() => {})
    .then(async () => {
      if (await webAssetsStale()) await buildWebAssets();
    })
    .catch((error: unknown) => {
      // A failed build is retried by the next request rather than remembered.
      if (pending === next) pending = undefined;
      throw error;
    });
  pending = next;
  return next;
}

// `tsx src/web/build.ts` builds unconditionally (handy while editing the pages).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await buildWebAssets();
  console.log(`built ${files.length} files into ${relative(process.cwd(), DIST_DIR)}: ${files.join(', ')}`);
}
