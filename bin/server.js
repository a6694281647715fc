#!/usr/bin/env node
// `npm start`: loads the TypeScript sources through tsx; no build step after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main(process.env);
