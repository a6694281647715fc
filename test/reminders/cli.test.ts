import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startBot } from '../../src/main.js';
import { idmg } from '../support/cli.js';
import { SAMPLE_MINUTES, tempDir } from '../support/tmp.js';

describe('idmg meetings, calendar and reminders', () => {
  it('plans with --dry-run, then sends through the same path, once', () => {
    const dir = tempDir();
    const env = { DATABASE_PATH: join(dir, 'idmg.sqlite') };
    idmg(['import', SAMPLE_MINUTES], env);
    idmg(['members', 'add', '--org', 'UKHTC', '--slack', 'U0UKHTC1'], env);
    const dry = idmg(['reminders', '--dry-run', '--json', '--now', '2012-08-30T09:00'], env).json<{
      due: { step: number; to: string; actions: string[] }[];
      unreachable: string[];
    }>();
    expect(dry.due).toEqual([
      {
        key: 'reminder:meeting:2:10:slack:U0UKHTC1',
        committee: 'idmg',
        kind: 'reminder',
        step: 10,
        platform: 'slack',
        to: 'U0UKHTC1 (Slack)',
        actions: ['A2'],
      },
    ]);
    expect(dry.unreachable).toEqual(['Home Office']);
    expect(idmg(['reminders', '--dry-run', '--now', '2012-08-30T08:59'], env).stdout).toMatch(/Nothing due/);
    // No Slack credentials: recorded, then failed for good (not connected) — and never again.
    const run = idmg(['reminders', '--json', '--now', '2012-08-30T09:00'], env).json<{ failed: number }>();
    expect(run.failed).toBe(1);
    expect(
      idmg(['reminders', '--json', '--now', '2012-08-30T09:00'], env).json<{
        due: unknown[];
        alreadyRecorded: number;
      }>(),
    ).toMatchObject({ due: [], alreadyRecorded: 1 });
  });

  it('adds, moves, lists and cancels meetings, and prints the calendar as .ics', () => {
    const dir = tempDir();
    const env = { DATABASE_PATH: join(dir, 'idmg.sqlite') };
    expect(
      idmg(
        [
          'meetings',
          'add',
          '--date',
          '2012-12-06',
          '--start',
          '14:00',
          '--end',
          '15:30',
          '--location',
          '2 Marsham Street',
        ],
        env,
      ).code,
    ).toBe(0);
    expect(idmg(['meetings', 'add', '--date', '2012-12-06'], env)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/already a meeting on 2012-12-06/),
    });
    expect(idmg(['meetings', 'add', '--date', '2012-12-07', '--start', '25:00'], env)).toMatchObject({
      code: 1,
    });
    expect(idmg(['next', '--json', '--now', '2012-11-01T09:00'], env).json()).toMatchObject({
      start: '2012-12-06T14:00:00+00:00',
      end: '2012-12-06T15:30:00+00:00',
    });
    expect(
      idmg(
        ['meetings', 'move', '2012-12-06', '--date', '2012-12-13', '--start', '10:00', '--end', '11:00'],
        env,
      ).code,
    ).toBe(0);
    const ics = idmg(['calendar', '--now', '2012-11-01T09:00'], env).stdout;
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART:20121213T100000Z');
    expect(ics).toContain('LOCATION:2 Marsham Street');
    expect(idmg(['meetings', 'cancel', '2012-12-13'], env).code).toBe(0);
    expect(idmg(['meetings', 'list', '--json'], env).json()).toMatchObject([
      { date: '2012-12-13', status: 'cancelled' },
    ]);
    expect(idmg(['calendar', '--now', '2012-11-01T09:00'], env).stdout).not.toContain('BEGIN:VEVENT');
  });

  it('serves /calendar.ics only with the configured token', async () => {
    const dir = tempDir();
    idmg(['import', SAMPLE_MINUTES], { DATABASE_PATH: join(dir, 'idmg.sqlite') });
    const config = loadConfig({
      PORT: '0',
      DATABASE_PATH: join(dir, 'idmg.sqlite'),
      IDMG_CALENDAR_TOKEN: 's3cret-token',
      IDMG_NOW: '2012-05-01T09:00',
    });
    const bot = await startBot(config, createLogger('silent'), { scheduler: false });
    try {
      const base = `http://127.0.0.1:${bot.port}`;
      expect((await fetch(`${base}/calendar.ics`)).status).toBe(403);
      expect((await fetch(`${base}/calendar.ics?token=wrong`)).status).toBe(403);
      const ok = await fetch(`${base}/calendar.ics?token=s3cret-token`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/text\/calendar/);
      const body = await ok.text();
      expect(body).toContain('DTSTART:20120913T093000Z');
      expect(body).toContain('LOCATION:Home Office');
    } finally {
      await bot.stop();
    }
  });
});
