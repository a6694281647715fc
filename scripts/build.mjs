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
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');
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
    packages: 'external',
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
  return { files: files.map((f) => f.path), metafile: result.metafile };
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
