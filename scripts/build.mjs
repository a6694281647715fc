#!/usr/bin/env node
/**
 * `npm run build` (run by `npm ci` through `prepare`, and by `npm start`'s prestart): bundles the
 * TypeScript into dist/server.js (the bot) and dist/cli.js (the `idmg` command), so both run on
 * plain Node. Loading the sources through tsx costs about a second a CLI call and a second V8
 * thread (about 36 MB resident) for the life of the server; the bundle costs nothing at run time.
 *
 * Code splitting: a module reached only through `import()` (the Slack and Teams senders, the
 * document readers) becomes a chunk of its own, loaded when used. Without it esbuild inlines such a
 * module and hoists its package imports to the top of the one file, so `idmg next` would load Bolt
 * and botbuilder. Packages stay external (resolved from node_modules, native better-sqlite3 too).
 *
 * Chunks have content-hashed names and are written before the entries that import them; each file
 * is written to a temporary name and renamed, so a process starting meanwhile never reads half a build.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/**
 * Packages compiled into the bundle rather than resolved from node_modules at run time: each ships
 * as tens of small modules (zod some eighty, express with its dependencies more), and resolving and
 * loading them one by one was most of what `idmg` and the server spend before doing anything
 * (`idmg next`: 370 ms, 251 ms with zod bundled; the server on a 10,000-action database: about
 * 490 ms to its first log line, 410 ms with all of these). Only pure-JavaScript packages that never
 * read their own files at run time; the rest stay external (native better-sqlite3, pdf.js's
 * worker, the chat SDKs, which load late anyway).
 */
const BUNDLED = new Set(['zod', 'express', 'pino', 'node-cron', 'luxon', 'commander']);
const BANNER =
  "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);";
// Left to node_modules although express needs them: iconv-lite requires its encodings only when
// one is used, and bundled all ~490 KB of them would be parsed at every start; mime-db is JSON.
const UNBUNDLED_DEPENDENCIES = ['iconv-lite', 'mime-db'];
const EXTERNAL = [
  ...Object.keys(PKG.dependencies).filter((name) => !BUNDLED.has(name)),
  ...UNBUNDLED_DEPENDENCIES,
].flatMap((name) => [name, `${name}/*`]);
// The minutes worker is an entry of its own: a worker thread is started from a file.
export const ENTRIES = {
  server: 'src/main.ts',
  cli: 'src/cli/main.ts',
  'minutes-worker': 'src/minutes/files/worker.ts',
};

export async function bundleAll() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS packages bundled into ES modules (express) still call require() for Node's modules.
    banner: { js: BANNER },
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    legalComments: 'none',
    metafile: true,
    write: false,
  });
  const entries = new Set(Object.keys(ENTRIES).map((n) => join(OUT, `${n}.js`)));
  const files = [...result.outputFiles].sort(
    (a, b) => Number(entries.has(a.path)) - Number(entries.has(b.path)),
  );
  for (const file of files) {
    // Renamed into place, chunks too: a CLI call running meanwhile may be reading the same chunk.
    mkdirSync(dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
  removeStaleChunks(new Set(files.map((f) => f.path)));
  return { files: files.map((f) => f.path), metafile: result.metafile };
}

/**
 * Chunks of earlier builds (their names are content hashes) would pile up in dist/chunks. Those more
 * than a minute old go: a process started just before this build may still be importing its own.
 */
function removeStaleChunks(current) {
  const dir = join(OUT, 'chunks');
  const cutoff = Date.now() - 60_000;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (current.has(file)) continue;
    try {
      if (statSync(file).mtimeMs < cutoff) rmSync(file);
    } catch {
      // Removed meanwhile by another build: nothing to do.
    }
  }
}

/** One file, no splitting: the bench's own child scripts (`entry` and `outfile` relative to the repository). */
export async function bundle(entry, outfile) {
  const out = join(ROOT, outfile);
  const tmp = `${out}.${process.pid}.tmp`;
  mkdirSync(dirname(out), { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    legalComments: 'none',
  });
  renameSync(tmp, out);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { files } = await bundleAll();
  if (!process.argv.includes('--quiet'))
    console.log(
      `built ${Object.keys(ENTRIES)
        .map((n) => `dist/${n}.js`)
        .join(
          ' and ',
        )} (${files.length - Object.keys(ENTRIES).length} shared chunks) in ${Math.round(performance.now() - started)} ms`,
    );
}
