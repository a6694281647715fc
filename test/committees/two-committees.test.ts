import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/app/import-minutes.js';
import type { Actor } from '../../src/domain/permissions.js';
import { at, CLI, testApp } from '../support/app.js';
import { idmg } from '../support/cli.js';
import { FIXTURES, SAMPLE_MINUTES, tempDir } from '../support/tmp.js';

const BOARD = `${FIXTURES}committees-board-2012-12-04.txt`;
const IDMG_SEPT = `${FIXTURES}committees-idmg-2012-09-13.txt`;

interface Planned {
  key: string;
  committee: string;
  kind: string;
  actions: string[];
}

/** One deployment, two bodies: the seed, the Board's December minutes, the IDMG's September minutes. */
function twoCommittees() {
  const db = join(tempDir(), 'idmg.sqlite');
  const run = (...args: string[]) => idmg([...args, '--db', db]);
  expect(run('import', SAMPLE_MINUTES).code).toBe(0);
  expect(
    run(
      'committees',
      'add',
      'strategy-board',
      '--name',
      'Human Trafficking Strategy Board',
      '--alias',
      'IDMG Strategy Board',
      '--alias',
      'Board',
    ).code,
  ).toBe(0);
  // One person and one organisation on both committees.
  expect(run('members', 'add', '--org', 'UKHTC', '--slack', 'U0UKHTC1', '--name', 'Una').code).toBe(0);
  expect(
    run('members', 'add', '--org', 'UKHTC', '--slack', 'U0UKHTC1', '--committee', 'strategy-board').code,
  ).toBe(0);
  expect(run('members', 'add', '--org', 'Home Office', '--slack', 'U0HOME1').code).toBe(0);
  expect(
    run('members', 'add', '--org', 'Home Office', '--slack', 'U0HOME2', '--committee', 'board').code,
  ).toBe(0);
  return { db, run };
}

describe('several committees in one deployment', () => {
  it('keeps each committee’s calendar, next meeting and reminders its own', () => {
    const { run } = twoCommittees();
    const dry = run('import', BOARD, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(dry.json<{ committee: string }>().committee).toBe('strategy-board');
    expect(run('import', BOARD).code).toBe(0);
    const sept = run('import', IDMG_SEPT, '--json');
    expect(sept.code).toBe(0);
    expect(sept.json<{ committee: string }>().committee).toBe('idmg');

    // The IDMG minutes mention the Board's 4 December meeting: it is no IDMG meeting.
    const idmgMeetings = run('meetings', 'list', '--committee', 'idmg', '--json').json<{ date: string }[]>();
    expect(idmgMeetings.map((m) => m.date)).toEqual(['2012-04-17', '2012-09-13', '2013-03-26']);
    const boardMeetings = run('meetings', 'list', '--committee', 'board', '--json').json<
      { date: string; committee: string }[]
    >();
    expect(boardMeetings.map((m) => [m.committee, m.date])).toEqual([
      ['strategy-board', '2012-12-04'],
      ['strategy-board', '2013-03-06'],
    ]);

    const next = (c: string) =>
      run('next', '--committee', c, '--now', '2012-12-10T09:00', '--json').json<{ start: string }>();
    expect(next('idmg').start).toBe('2013-03-26T14:00:00+00:00');
    expect(next('strategy-board').start).toBe('2013-03-06T10:30:00+00:00');
    // Without --committee, next answers for the default committee (IDMG_COMMITTEE, idmg).
    expect(run('next', '--now', '2012-12-10T09:00', '--json').json<{ start: string }>().start).toBe(
      '2013-03-26T14:00:00+00:00',
    );

    const boardActions = run('actions', '--committee', 'strategy-board', '--json').json<
      { id: string; committee: string }[]
    >();
    const idmgActions = run('actions', '--committee', 'idmg', '--json').json<
      { id: string; committee: string }[]
    >();
    expect(boardActions.length).toBeGreaterThan(0);
    expect(boardActions.every((a) => a.committee === 'strategy-board')).toBe(true);
    expect(idmgActions.every((a) => a.committee === 'idmg')).toBe(true);
    const all = run('actions', '--json').json<{ id: string }[]>();
    expect(all.length).toBe(boardActions.length + idmgActions.length);

    // 10 working days before the Board's 6 March: only Board actions, to Board members.
    const beforeBoard = run('reminders', '--dry-run', '--json', '--now', '2013-02-20T09:00').json<{
      due: Planned[];
    }>();
    const boardIds = new Set(boardActions.map((a) => a.id));
    const idmgIds = new Set(idmgActions.map((a) => a.id));
    const meetingReminders = (p: { due: Planned[] }) =>
      p.due.filter((d) => d.key.startsWith('reminder:meeting:'));
    expect(meetingReminders(beforeBoard).length).toBeGreaterThan(0);
    for (const d of meetingReminders(beforeBoard)) {
      expect(d.committee).toBe('strategy-board');
      for (const a of d.actions) expect(boardIds.has(a)).toBe(true);
    }
    expect(beforeBoard.due.some((d) => d.key.endsWith(':U0HOME1'))).toBe(false);
    // 10 working days before the IDMG's 26 March: only IDMG actions.
    const beforeIdmg = run('reminders', '--dry-run', '--json', '--now', '2013-03-12T09:00').json<{
      due: Planned[];
    }>();
    expect(meetingReminders(beforeIdmg).length).toBeGreaterThan(0);
    for (const d of meetingReminders(beforeIdmg)) {
      expect(d.committee).toBe('idmg');
      for (const a of d.actions) expect(idmgIds.has(a)).toBe(true);
    }
    expect(beforeIdmg.due.some((d) => d.key.endsWith(':U0HOME2'))).toBe(false);
  });

  it('a shared due date reaches a person on both committees once for each', () => {
    const { run } = twoCommittees();
    for (const c of ['idmg', 'strategy-board'])
      expect(
        run(
          'action',
          'add',
          '--committee',
          c,
          '--owner',
          'UKHTC',
          '--text',
          `UKHTC to report to ${c}`,
          '--due',
          '2012-10-31',
        ).code,
      ).toBe(0);
    const plan = run('reminders', '--dry-run', '--json', '--now', '2012-10-17T09:00').json<{
      due: Planned[];
    }>();
    const una = plan.due.filter((d) => d.key.startsWith('reminder:due:') && d.key.endsWith(':U0UKHTC1'));
    expect(una.map((d) => d.key).sort()).toEqual([
      'reminder:due:idmg:2012-10-31:10:slack:U0UKHTC1',
      'reminder:due:strategy-board:2012-10-31:10:slack:U0UKHTC1',
    ]);
  });

  it('refuses a title that names no committee, an unknown --committee, and removing a committee that holds things', () => {
    const { run, db } = twoCommittees();
    const other = join(tempDir(), 'msig.txt');
    writeFileSync(
      other,
      readFileSync(SAMPLE_MINUTES, 'utf8').replace(
        /Inter-Departmental Ministerial Group on Human Trafficking/g,
        'Modern Slavery Strategy Implementation Group',
      ),
    );
    const refused = run('import', other);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Modern Slavery Strategy Implementation Group');
    expect(refused.stderr).toContain('--committee');
    expect(refused.stderr).toContain('idmg committees add');
    const dry = run('import', other, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(dry.json<{ committee: string | null }>().committee).toBeNull();
    expect(run('import', other, '--committee', 'board', '--json').code).toBe(0);

    const unknown = run('actions', '--committee', 'nonesuch');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('nonesuch');
    expect(run('committees', 'remove', 'strategy-board').code).toBe(1);
    const list = run('committees', 'list', '--json').json<{ id: string; rounds: boolean }[]>();
    expect(list.map((c) => [c.id, c.rounds])).toEqual([
      ['idmg', true],
      ['strategy-board', false],
    ]);
    expect(idmg(['committees', 'add', 'Bad Id', '--name', 'X', '--db', db]).code).toBe(1);
  });

  it('a committee’s secretariat administers only its own committee', async () => {
    const { ctx } = await testApp('2012-05-01T10:00');
    await ctx.store.committees.add(
      {
        id: 'strategy-board',
        name: 'Human Trafficking Strategy Board',
        aliases: ['Board'],
        slackChannel: null,
        teamsChannel: null,
        rounds: false,
      },
      'test',
      at('2012-05-01T10:00').toUTC().toISO() as string,
    );
    const boardSecretary: Actor = {
      kind: 'chat',
      platform: 'slack',
      chatId: 'U0BOARD1',
      person: { id: 99, organisationId: null, roles: { 'strategy-board': 'secretariat' } },
    };
    await expect(
      importMinutes(ctx, { bytes: readFileSync(SAMPLE_MINUTES), fileName: 'm.txt', actor: boardSecretary }),
    ).rejects.toThrow(/Only the secretariat/);
    const ok = await importMinutes(ctx, {
      bytes: readFileSync(BOARD),
      fileName: 'b.txt',
      actor: boardSecretary,
    });
    expect(ok.committee).toBe('strategy-board');
    await importMinutes(ctx, { bytes: readFileSync(SAMPLE_MINUTES), fileName: 'm.txt', actor: CLI });
    expect((await ctx.store.actions.list({ committeeIds: ['idmg'] })).length).toBe(3);
  });
});
