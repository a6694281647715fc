import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tmp.js';

const SERVER = new URL('../../bin/server.js', import.meta.url).pathname;

describe('npm start', () => {
  it('starts with no variables set, creates the database, answers /healthz and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [SERVER], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', PORT: '0', IDMG_BANK_HOLIDAYS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (d) => {
      log += d;
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        log += d;
        const m = /"port":(\d+)/.exec(log);
        if (m?.[1]) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${log}`)));
    });
    expect(existsSync(join(dir, 'data', 'idmg.sqlite'))).toBe(true);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(log).toMatch(/Slack is not connected: set SLACK_BOT_TOKEN/);
    expect(log).toMatch(/Teams runs in local mode/);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(log).toMatch(/idmg-bot stopped/);
  });

  it('refuses a bad variable naming it', async () => {
    const child = spawn(process.execPath, [SERVER], {
      cwd: tempDir(),
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/^idmg-bot cannot start: PORT:/);
  });
});
