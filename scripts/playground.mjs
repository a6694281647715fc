#!/usr/bin/env node
// `npm run playground`: Microsoft 365 Agents Playground (a Teams-like client, offline) against the
// local bot on PORT (default 3978). Start the bot first with `npm start`. The Playground's user
// is "Alex Wilber", Teams id 00000000-0000-0000-0000-0000000000020: map them to try the buttons,
//   npx idmg members add --org UKHTC --teams 00000000-0000-0000-0000-0000000000020 --name "Alex Wilber"
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const port = process.env.PORT || '3978';
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
// The Playground tries to open a browser with xdg-open and exits silently where there is none.
const bin = mkdtempSync(join(tmpdir(), 'idmg-playground-'));
writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
chmodSync(join(bin, 'xdg-open'), 0o755);
const args = [
  cli,
  '-e',
  `http://127.0.0.1:${port}/api/messages`,
  '-c',
  'msteams',
  '--disable-telemetry',
  ...process.argv.slice(2),
];
const child = spawn(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
});
process.stdout.write('Agents Playground: open http://localhost:56150 and type "help" or "actions"\n');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
