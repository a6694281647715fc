import { describe, expect, it } from 'vitest';
import { ConfigError, databaseTarget, describeDatabase, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('starts on its defaults with nothing set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3978,
      databasePath: './data/idmg.sqlite',
      timezone: 'Europe/London',
      reminders: { days: [10, 5, 1], time: '09:00' },
      quarters: 'calendar',
      roundChaseDays: 3,
      marking: 'OFFICIAL',
    });
    expect(c.startAt).toBeUndefined();
    expect(c.slack).toEqual({});
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '4000',
      IDMG_TIMEZONE: 'Europe/Belfast',
      IDMG_NOW: '2012-08-30T09:00',
      IDMG_REMINDER_DAYS: '1, 5,10',
      IDMG_REMINDER_TIME: '08:30',
      IDMG_QUARTERS: 'financial',
      IDMG_MARKING: 'OFFICIAL-SENSITIVE',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(c.port).toBe(4000);
    expect(c.reminders.days).toEqual([10, 5, 1]);
    expect(c.startAt?.toISO()).toBe('2012-08-30T09:00:00.000+01:00');
    expect(c.slack.apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT:/],
    [{ IDMG_TIMEZONE: 'Europe/Londn' }, /^IDMG_TIMEZONE: an IANA time zone/],
    [{ IDMG_NOW: 'yesterday' }, /^IDMG_NOW:/],
    [{ IDMG_REMINDER_DAYS: 'ten' }, /^IDMG_REMINDER_DAYS:/],
    [{ IDMG_REMINDER_TIME: '9am' }, /^IDMG_REMINDER_TIME:/],
    [{ IDMG_QUARTERS: 'fiscal' }, /^IDMG_QUARTERS:/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_SIGNING_SECRET:/],
    [{ SLACK_API_URL: 'not a url' }, /^SLACK_API_URL:/],
    [{ MICROSOFT_APP_ID: 'abc' }, /^MICROSOFT_APP_PASSWORD:/],
    [{ MICROSOFT_APP_TYPE: 'Anything' }, /^MICROSOFT_APP_TYPE:/],
    // A URL is not taken for a file name (a SQLite file called "postgres:"): it goes in DATABASE_URL.
    [{ DATABASE_PATH: 'postgresql://idmg@db/idmg' }, /^DATABASE_PATH: .*PostgreSQL URL goes in DATABASE_URL/],
    [{ DATABASE_URL: 'mysql://idmg@db/idmg' }, /^DATABASE_URL: a PostgreSQL URL/],
    [{ IDMG_OUTBOX_LEASE_S: '0' }, /^IDMG_OUTBOX_LEASE_S:/],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes PostgreSQL from DATABASE_URL, which wins over DATABASE_PATH, and never echoes it', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://idmg:pw@db/idmg', DATABASE_PATH: '/x/a.sqlite' });
    expect(databaseTarget(config)).toBe('postgresql://idmg:pw@db/idmg');
    expect(databaseTarget(config, '/y/b.sqlite')).toBe('/y/b.sqlite'); // --db wins over both
    expect(databaseTarget(loadConfig({ DATABASE_PATH: '/x/a.sqlite' }))).toBe('/x/a.sqlite');
    expect(config.outboxLeaseSeconds).toBe(120);
    expect(describeDatabase('postgresql://idmg:pw@db/idmg')).toBe('postgresql://idmg:***@db/idmg');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://idmg:hunter2@' })).not.toThrow(/hunter2/);
    try {
      loadConfig({ DATABASE_URL: 'mysql://idmg:hunter2@db/idmg' });
    } catch (e) {
      expect(String(e)).not.toContain('hunter2');
    }
  });

  it('never echoes a secret it refuses', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value' });
    } catch (e) {
      expect(String(e)).not.toContain('xoxb-secret-value');
    }
  });
});
