import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idmg } from '../support/cli.js';
import { SAMPLE_MINUTES, tempDir } from '../support/tmp.js';

describe('idmg round and deadlines', () => {
  it('opens, reports status in DESIGN.md’s shape, prints the report, and records deadlines', () => {
    const dir = tempDir();
    const env = { DATABASE_PATH: join(dir, 'idmg.sqlite') };
    idmg(['import', SAMPLE_MINUTES], env);
    idmg(['members', 'add', '--org', 'UKHTC', '--slack', 'U0UKHTC1'], env);
    idmg(['members', 'add', '--org', 'DH', '--slack', 'U0DH1'], env);
    expect(idmg(['round', 'status', '2012-Q3'], env)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/No round for 2012-Q3 yet/),
    });
    const opened = idmg(
      [
        'round',
        'open',
        '--json',
        '--now',
        '2012-09-03T09:00',
        '--expect',
        'UKHTC',
        '--expect',
        'DH',
        '--expect',
        'Home Office',
      ],
      env,
    );
    expect(opened.code).toBe(0);
    expect(idmg(['round', 'status', '2012-Q3', '--json'], env).json()).toEqual({
      committee: 'idmg',
      period: '2012-Q3',
      status: 'open',
      deadline: '2012-09-28T17:00:00+01:00',
      submitted: [],
      missing: ['DH', 'Home Office', 'UKHTC'],
      unassigned: 0,
    });
    expect(idmg(['round', 'open', 'FY2012-Q1'], env)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/is not a period: use 2012-Q3/),
    });
    const md = idmg(['round', 'report', '2012-Q3'], env).stdout;
    expect(md).toContain('## Sent nothing\n\n- DH\n- Home Office\n- UKHTC');
    const html = idmg(['round', 'report', '2012-Q3', '--format', 'html'], env).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<li>Home Office</li>');

    const deadline = idmg(
      [
        'deadlines',
        'add',
        '--date',
        '2012-10-18',
        '--text',
        'Annual report for Anti-Slavery Day',
        '--owner',
        'Home Office',
        '--json',
      ],
      env,
    ).json();
    expect(deadline).toMatchObject({ id: 'A4', due: '2012-10-18', owners: ['Home Office'] });
    expect(idmg(['deadlines', 'list', '--json'], env).json<unknown[]>()).toHaveLength(1);
    // Reminded like an action: 10 working days before 18 October 2012 (a Thursday) is 4 October.
    idmg(['members', 'add', '--org', 'Home Office', '--slack', 'U0HOME1'], env);
    const due = idmg(['reminders', '--dry-run', '--json', '--now', '2012-10-04T09:00'], env).json<{
      due: { key: string }[];
    }>();
    expect(due.due.map((d) => d.key)).toContain('reminder:due:idmg:2012-10-18:10:slack:U0HOME1');
  });
});
