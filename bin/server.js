#!/usr/bin/env node
/**
 * The server. `npm start` builds dist/server.js first (scripts/build.mjs) and this runs it on plain
 * Node. Without a bundle, or with one older than a file under src/ (a developer editing, or
 * `node bin/server.js` run directly), it loads the TypeScript through tsx instead, so what runs is
 * always the current source.
 */
import { readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundle = new URL('dist/server.js', root);

function bundleIsFresh() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  const src = new URL('src/', root);
  for (const file of readdirSync(src, { recursive: true })) {
    if (statSync(new URL(file, src)).mtimeMs > built) return false;
  }
  return true;
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(bundle.href));
  await main(process.env, { runtime: 'bundle' });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
  await main(process.env, { runtime: 'tsx' });
}
