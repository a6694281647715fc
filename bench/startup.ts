/**
 * Start-up time of the server as `npm start` runs it (`node <flags> bin/server.js` on the bundle its
 * prestart built): from spawn until it logs its "port": line; then SIGTERM.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startNodeFlags } from './child.js';

/** Resident memory of another process, from /proc (Linux); null elsewhere. */
function rssOf(pid: number | undefined): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export interface Startup {
  ms: number;
  /** the server's RSS 1 s after it started listening */
  rssMb: number | null;
}

export async function measureStartup(seededDb: string, dir: string, run: number): Promise<Startup> {
  const db = join(dir, `startup-${run}.sqlite`);
  copyFileSync(seededDb, db);
  const started = performance.now();
  const child = spawn(process.execPath, [...startNodeFlags(), join(ROOT, 'bin/server.js')], {
    cwd: ROOT,
    // Loopback only: no Slack or Teams credentials, no GOV.UK bank-holiday fetch.
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATABASE_PATH: db, IDMG_BANK_HOLIDAYS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const ms = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start within 60 s: ${log}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        log += d.toString();
        // main() logs which code it runs right after the listening line.
        const runtime = /"runtime":"(\w+)"/.exec(log)?.[1];
        if (runtime) {
          clearTimeout(timer);
          if (runtime !== 'bundle') reject(new Error(`the server ran ${runtime}, not the bundle: ${log}`));
          resolve(performance.now() - started);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}) before listening: ${log}`));
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { ms, rssMb: rssOf(child.pid) };
  } finally {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }
}
