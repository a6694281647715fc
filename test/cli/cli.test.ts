import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idmg } from '../support/cli.js';
import { SAMPLE_MINUTES, tempDir } from '../support/tmp.js';

describe('the idmg command', () => {
  it('prints the parse of the sample on a dry run and stores nothing', () => {
    const db = join(tempDir(), 'idmg.sqlite');
    const r = idmg(['import', SAMPLE_MINUTES, '--dry-run', '--json', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const parse = r.json<{ actions: { text: string }[]; nextMeeting: { start: string } }>();
    expect(parse.actions.map((a) => a.text)).toEqual([
      'Home Office to speak with HMRC regarding IDMG membership',
      'UKHTC to provide further information on internal trafficking',
      'Home office to invite DH to provide an update at the next IDMG meeting',
    ]);
    expect(parse.nextMeeting.start).toBe('2012-09-13T10:30:00+01:00');
    expect(idmg(['actions', '--json', '--db', db]).json()).toEqual([]);
  });

  it('imports twice, lists three open actions, records an update and shows it in the history', () => {
    const db = join(tempDir(), 'idmg.sqlite');
    const env = { DATABASE_PATH: db };
    expect(idmg(['import', SAMPLE_MINUTES], env).code).toBe(0);
    const second = idmg(['import', SAMPLE_MINUTES], env);
    expect(second.stdout).toMatch(/imported before: nothing changed/);
    const open = idmg(['actions', '--json'], env).json<{ id: string; status: string }[]>();
    expect(open.map((a) => [a.id, a.status])).toEqual([
      ['A1', 'open'],
      ['A2', 'open'],
      ['A3', 'open'],
    ]);
    const upd = idmg(['update', 'A2', 'done', 'figures sent', '--now', '2012-08-30T10:12'], env);
    expect(upd.stdout).toMatch(/A2: Open → Done/);
    const all = idmg(['actions', '--status', 'all', '--json'], env).json<Record<string, unknown>[]>();
    expect(all.find((a) => a.id === 'A2')).toEqual({
      id: 'A2',
      committee: 'idmg',
      text: 'UKHTC to provide further information on internal trafficking',
      owners: ['UKHTC'],
      item: '4',
      meeting: '2012-04-17',
      status: 'done',
      due: null,
      updates: [
        { at: '2012-08-30T10:12:00+01:00', by: 'cli', status: 'done', note: 'figures sent', source: 'cli' },
      ],
    });
    expect(idmg(['actions', '--json'], env).json<unknown[]>()).toHaveLength(2);
    expect(idmg(['actions', '--owner', 'home office'], env).stdout).toMatch(/A1 .*Home Office/);
  });

  it('answers next with the earliest scheduled meeting at or after --now', () => {
    const db = join(tempDir(), 'idmg.sqlite');
    idmg(['import', SAMPLE_MINUTES, '--db', db]);
    expect(idmg(['next', '--json', '--db', db, '--now', '2012-05-01T09:00']).json()).toMatchObject({
      title: 'Inter-Departmental Ministerial Group on Human Trafficking',
      start: '2012-09-13T10:30:00+01:00',
      end: '2012-09-13T12:00:00+01:00',
      location: 'Home Office',
    });
    expect(idmg(['next', '--db', db, '--now', '2012-05-01T09:00']).stdout).toMatch(
      /Thursday 13 September 2012, 10:30–12:00/,
    );
    expect(idmg(['next', '--json', '--db', db, '--now', '2012-09-13T10:31']).stdout.trim()).toBe('null');
    // A meeting known only by its day says its time is still to come.
    expect(idmg(['meetings', 'add', '--date', '2013-03-14', '--db', db]).code).toBe(0);
    expect(idmg(['next', '--db', db, '--now', '2012-09-14T09:00']).stdout).toContain(
      'Thursday 14 March 2013, time to be confirmed',
    );
  });

  it('manages organisations, members, corrections, the export and a backup', () => {
    const dir = tempDir();
    const env = { DATABASE_PATH: join(dir, 'idmg.sqlite') };
    idmg(['import', SAMPLE_MINUTES], env);
    expect(idmg(['orgs', 'add', 'HM Revenue and Customs', '--alias', 'HMRC'], env).code).toBe(0);
    expect(idmg(['orgs', 'alias', 'Home Office', 'HO'], env).code).toBe(0);
    expect(
      idmg(
        [
          'members',
          'add',
          '--org',
          'HO',
          '--slack',
          'U0SEC1',
          '--name',
          'Sec Retary',
          '--role',
          'secretariat',
        ],
        env,
      ).code,
    ).toBe(0);
    expect(idmg(['members', 'list', '--json'], env).json()).toEqual([
      expect.objectContaining({ organisation: 'Home Office', role: 'secretariat', slackUserId: 'U0SEC1' }),
    ]);
    const added = idmg(
      [
        'action',
        'add',
        '--owner',
        'HMRC',
        '--owner',
        'Home Office',
        '--text',
        'HMRC and Home Office to agree membership',
        '--due',
        '2012-10-31',
        '--json',
      ],
      env,
    );
    expect(added.json()).toMatchObject({
      id: 'A4',
      owners: ['HM Revenue and Customs', 'Home Office'],
      due: '2012-10-31',
    });
    expect(idmg(['action', 'edit', 'A4', '--owner', 'HMRC'], env).code).toBe(0);
    expect(idmg(['action', 'cancel', 'A4', '--reason', 'merged into A1'], env).code).toBe(0);
    const csv = idmg(['export', '--format', 'csv'], env).stdout;
    expect(csv.split('\n')[0]).toBe(
      'action,meeting,item,owners,text,status,due,update_at,update_by,update_status,update_note,update_source,committee',
    );
    expect(csv).toMatch(
      /A4,,,HM Revenue and Customs,HMRC and Home Office to agree membership,cancelled,2012-10-31,.*merged into A1,cli/,
    );
    const backup = join(dir, 'copy.sqlite');
    expect(idmg(['backup', backup], env).code).toBe(0);
    expect(idmg(['actions', '--status', 'all', '--json', '--db', backup]).json<unknown[]>()).toHaveLength(4);
    expect(idmg(['backup', backup], env)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/already exists/),
    });
  });

  it('exits 2 with usage on bad arguments and 1 with one line on a failure', () => {
    const dir = tempDir();
    const env = { DATABASE_PATH: join(dir, 'idmg.sqlite') };
    for (const args of [
      ['frobnicate'],
      ['actions', '--status', 'maybe'],
      ['update', 'A1'],
      ['next', '--now', 'teatime'],
      [],
    ]) {
      const r = idmg(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/idmg|Usage/);
    }
    const fails: [string[], RegExp][] = [
      [['update', 'A9', 'done'], /^idmg: No action A9/],
      [['actions', '--owner', 'Nowhere'], /^idmg: Unknown organisation "Nowhere"/],
      [['import', join(dir, 'missing.txt')], /^idmg: Cannot read/],
    ];
    for (const [args, message] of fails) {
      const r = idmg(args, env);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(5 * 1024 * 1024 + 1));
    expect(idmg(['import', big], env)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/over 5 MB are refused/),
    });
    expect(idmg(['actions'], { IDMG_TIMEZONE: 'Mars/Olympus' })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/IDMG_TIMEZONE/),
    });
  });

  it('uses DATABASE_PATH by default and creates the file', () => {
    const dir = tempDir();
    const r = idmg(['actions'], {}, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No actions/);
    expect(existsSync(join(dir, 'data', 'idmg.sqlite'))).toBe(true);
    expect(readFileSync(SAMPLE_MINUTES, 'utf8')).toContain('Actions:');
  });
});
