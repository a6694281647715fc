#!/usr/bin/env node
/**
 * `npm run build` (and `npm start`'s prestart): bundles the server's TypeScript into dist/server.js
 * so that production runs on plain Node. Loading the sources through tsx costs a second V8 thread
 * (about 36 MB resident) for the life of the process; the bundle costs nothing at run time.
 * Packages stay external (resolved from node_modules, native better-sqlite3 included).
 * Written to a temporary file and renamed, so a server starting meanwhile never reads half a file.
 */
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `entry` (relative to the repository) to `outfile`, atomically. */
export async function bundle(entry, outfile) {
  const out = new URL(outfile, `file://${ROOT}`).pathname;
  const tmp = `${out}.${process.pid}.tmp`;
  mkdirSync(new URL('.', `file://${out}`).pathname, { recursive: true });
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
  const out = await bundle('src/main.ts', 'dist/server.js');
  if (!process.argv.includes('--quiet'))
    console.log(`built ${out} in ${Math.round(performance.now() - started)} ms`);
}
