import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idmgAsync } from '../support/cli.js';
import { emptyPostgresDatabase, TEST_ENGINE } from '../support/database.js';
import { SAMPLE_MINUTES, tempDir } from '../support/tmp.js';

describe.runIf(TEST_ENGINE.startsWith('postgres'))('idmg copy --to postgres://…', () => {
  it('moves a SQLite deployment into PostgreSQL, ids and history intact, and the bot carries on there', async () => {
    const sqlite = { DATABASE_PATH: join(tempDir(), 'idmg.sqlite') };
    const run = async (args: string[], env: Record<string, string>) => {
      const r = await idmgAsync(args, env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return r;
    };
    // The README's walk-through, more or less: minutes, people, an update, a hand-made action.
    await run(['import', SAMPLE_MINUTES], sqlite);
    await run(['members', 'add', '--org', 'UKHTC', '--slack', 'U0UKHTC1', '--name', 'Una'], sqlite);
    await run(
      ['members', 'add', '--org', 'Home Office', '--slack', 'U0SEC1', '--role', 'secretariat'],
      sqlite,
    );
    await run(
      ['update', 'A2', 'done', 'sent the figures', '--by', 'Una', '--now', '2012-08-30T10:12'],
      sqlite,
    );
    await run(
      ['action', 'add', '--owner', 'DH', '--text', 'DH to brief on training', '--due', '2012-10-01'],
      sqlite,
    );
    await run(['action', 'cancel', 'A4'], sqlite);
    await run(['round', 'open', '2012-Q3', '--now', '2012-09-03T09:00'], sqlite);

    const url = await emptyPostgresDatabase('idmg_c');
    const copied = await run(['copy', '--to', url, '--json'], sqlite);
    expect(copied.json()).toMatchObject({
      copied: { committees: 1, actions: 4, status_updates: 2, people: 2, rounds: 1 },
      nextActionId: 5,
    });
    const pg = { DATABASE_URL: url };
    for (const args of [
      ['actions', '--status', 'all', '--json'],
      ['next', '--json', '--now', '2012-08-30T10:12'],
      ['members', 'list', '--json'],
      ['round', 'status', '2012-Q3', '--json', '--now', '2012-09-10T09:00'],
      ['reminders', '--dry-run', '--json', '--now', '2012-09-06T09:00'],
      ['export', '--format', 'json'],
    ]) {
      expect((await run(args, pg)).stdout, args.join(' ')).toBe((await run(args, sqlite)).stdout);
    }
    // A new action there takes the next id: A4 (cancelled) is never given again.
    const added = await run(['action', 'add', '--owner', 'UKHTC', '--text', 'UKHTC to report', '--json'], pg);
    expect(added.json<{ id: string }>().id).toBe('A5');

    // backup copies a SQLite file; on PostgreSQL it says what to use instead, in one line.
    const backup = await idmgAsync(['backup', join(tempDir(), 'b.sqlite')], pg);
    expect(backup.code).toBe(1);
    expect(backup.stderr.trim().split('\n')).toHaveLength(1);
    expect(backup.stderr).toMatch(/^idmg: backup copies a SQLite file; on PostgreSQL use pg_dump/);

    // A second copy into the same database is refused, and changes nothing there.
    const again = await idmgAsync(['copy', '--to', url], sqlite);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(
      /^idmg: postgres:\/\/.* is not empty \(.*5 actions.*\): copy goes only into an empty database\.$/,
    );
  }, 120_000);
});
