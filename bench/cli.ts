/**
 * How long a person waits for the `idmg` command: `node bin/idmg.js next` (the bin package.json
 * names, running the bundle `npm ci` built), cold, ten times on a database with the sample
 * imported; and `npx idmg next` beside it, which adds npm's own start-up.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './child.js';
import { median } from './stats.js';

const BIN = join(ROOT, 'bin/idmg.js');
const SAMPLE = join(ROOT, 'test/fixtures/minutes/idmg-2012-04-17-minutes.txt');

function timed(command: string, args: string[], db: string): number {
  const started = performance.now();
  const r = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_PATH: db,
      LOG_LEVEL: 'silent',
    },
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`);
  return ms;
}

export interface CliTimes {
  nextMs: number;
  npxNextMs: number;
  runs: number[];
}

export function measureCli(dir: string, runs = 10): CliTimes {
  const db = join(dir, 'cli.sqlite');
  timed(process.execPath, [BIN, 'import', SAMPLE], db);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(timed(process.execPath, [BIN, 'next'], db));
  const npx: number[] = [];
  for (let i = 0; i < 3; i += 1) npx.push(timed('npx', ['--no-install', 'idmg', 'next'], db));
  return { nextMs: median(times), npxNextMs: median(npx), runs: times };
}
