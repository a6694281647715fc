#!/usr/bin/env node
// The `idmg` command: runs the bundle `npm ci` built (dist/cli.js) on plain Node, or the TypeScript
// sources through tsx when they are newer than it (while developing).
import { freshBundle } from './fresh.js';

const bundle = freshBundle('cli.js');
let run;
if (bundle) {
  ({ run } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ run } = await import('../src/cli/main.ts'));
}
process.exitCode = await run(process.argv.slice(2));
