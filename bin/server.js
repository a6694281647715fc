#!/usr/bin/env node
/**
 * The server. `npm ci` and `npm start` build dist/server.js (scripts/build.mjs) and this runs it on
 * plain Node. Without a bundle, or with one older than a file under src/ (a developer editing, or
 * `node bin/server.js` run directly), it loads the TypeScript through tsx instead, so what runs is
 * always the current source.
 */
import { freshBundle } from './fresh.js';

const bundle = freshBundle('server.js');
let main;
if (bundle) {
  ({ main } = await import(bundle));
  await main(process.env, { runtime: 'bundle' });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
  await main(process.env, { runtime: 'tsx' });
}
