import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SAMPLE = join(ROOT, 'test/fixtures/minutes/idmg-2012-04-17-minutes.txt');
const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020'; // "Alex Wilber", the Playground's default user
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts a process and resolves with the first match of `pattern` in its output. */
function startAndWait(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  pattern: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env,
      cwd: env.DATABASE_PATH ? dirname(env.DATABASE_PATH) : undefined,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}: ${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${cmd} exited ${code}: ${out}`)));
  });
}

describe('Teams in a real client: Microsoft 365 Agents Playground in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'idmg-e2e-'));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    DATABASE_PATH: join(dir, 'idmg.sqlite'),
    LOG_LEVEL: 'warn',
    IDMG_BANK_HOLIDAYS_URL: '',
  };
  const children: ChildProcess[] = [];
  let browser: Browser | undefined;
  let playgroundUrl = '';

  beforeAll(async () => {
    const idmg = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/idmg.js'), ...args], { env, encoding: 'utf8' });
    expect(idmg('import', SAMPLE).status).toBe(0);
    expect(
      idmg('members', 'add', '--org', 'UKHTC', '--teams', PLAYGROUND_USER, '--name', 'Alex Wilber').status,
    ).toBe(0);

    const bot = await startAndWait(
      process.execPath,
      [join(ROOT, 'bin/server.js')],
      { ...env, PORT: '0', LOG_LEVEL: 'info' },
      /"port":(\d+)/,
    );
    children.push(bot.child);
    const botPort = bot.match[1];

    const bin = mkdtempSync(join(tmpdir(), 'idmg-xdg-'));
    writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const require = createRequire(import.meta.url);
    const cli = join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
    const pgPort = String(57000 + Math.floor(Math.random() * 2000));
    const playground = await startAndWait(
      process.execPath,
      [
        cli,
        '-e',
        `http://127.0.0.1:${botPort}/api/messages`,
        '-c',
        'msteams',
        '--disable-telemetry',
        '-p',
        pgPort,
      ],
      { ...env, PATH: `${bin}:${env.PATH}` },
      /Listening on (\d+)/,
    );
    children.push(playground.child);
    playgroundUrl = `http://127.0.0.1:${playground.match[1]}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    for (const child of children.reverse()) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('types "actions", sees the sample’s actions in the card, presses Done on A2 and sees the card change', async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(playgroundUrl, { waitUntil: 'networkidle' });
    const box = page.getByRole('textbox').first();
    await box.click();
    await box.fill('actions');
    await page.keyboard.press('Enter');

    const a2 = page.getByText('UKHTC to provide further information on internal trafficking');
    await a2.last().waitFor({ timeout: 30_000 });
    await expect(
      page.getByText('Home Office to speak with HMRC regarding IDMG membership').last().isVisible(),
    ).resolves.toBe(true);
    await expect(
      page
        .getByText('Home office to invite DH to provide an update at the next IDMG meeting')
        .last()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('OFFICIAL').last().isVisible()).resolves.toBe(true);

    await page.locator('.ac-container', { has: a2 }).last().getByRole('button', { name: 'Done' }).click();
    await page.getByText('A2 marked Done.').first().waitFor({ timeout: 30_000 });
    // Replaced in place: the open list no longer holds A2.
    await expect(
      page.getByText('UKHTC to provide further information on internal trafficking').count(),
    ).resolves.toBe(0);
    await page.screenshot({ path: join(dir, 'playground.png') });

    const actions = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/idmg.js'), 'actions', '--status', 'all', '--json'],
      { env, encoding: 'utf8' },
    );
    const a2Record = (
      JSON.parse(actions.stdout) as {
        id: string;
        status: string;
        updates: { by: string; source: string }[];
      }[]
    ).find((a) => a.id === 'A2');
    expect(a2Record).toMatchObject({ status: 'done', updates: [{ by: PLAYGROUND_USER, source: 'teams' }] });
  });
});
