#!/usr/bin/env node
// The `idmg` command: loads the TypeScript sources through tsx, so it runs right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
