/**
 * The committees migration on a real old database: test/fixtures/legacy/idmg-v5.sql is the dump of
 * one made by schema version 5 through its own CLI and HTTP adapters (scripts/legacy/make-v5-database.ts),
 * loaded into a fresh file here; and
 * idmg-v5.expected.json holds what the old CLI answered about it. After the upgrade every row is
 * still there with the same values, each belongs to `idmg`, and the new CLI answers as the old one
 * did, with the committee added.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatActor } from '../../src/app/chat.js';
import { decideImport } from '../../src/app/chat-import.js';
import { fixedClock } from '../../src/clock.js';
import { openStore } from '../../src/store/index.js';
import { at } from '../support/app.js';
import { idmg } from '../support/cli.js';

const LEGACY = new URL('../fixtures/legacy/', import.meta.url).pathname;

type Row = Record<string, unknown>;
type Dump = Map<string, Row[]>;

/** Every table, every row, in rowid order (tables without rowid by their primary key). */
function dump(path: string): Dump {
  const db = new Database(path, { readonly: true });
  try {
    const out: Dump = new Map();
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    for (const t of tables) {
      const withoutRowid = /WITHOUT ROWID/i.test(
        String(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t)),
      );
      out.set(t, db.prepare(`SELECT * FROM "${t}" ${withoutRowid ? '' : 'ORDER BY rowid'}`).all() as Row[]);
    }
    return out;
  } finally {
    db.close();
  }
}

/** What the migration is meant to change in an old value: outbox keys and occasions gain `idmg`. */
function upgraded(table: string, column: string, value: unknown): unknown {
  if (table !== 'outbox' || typeof value !== 'string') return value;
  if (column === 'dedupe_key')
    return value.replace(/^(reminder:due|round-open|round-chase|round-report):/, '$1:idmg:');
  if (column === 'occasion') return value.replace(/^(due|round):/, '$1:idmg:');
  return value;
}

interface Expected {
  actions: Row[];
  next: Row;
  remindersRun: Row;
  reminderPlanAt: string;
  roundStatus: Row;
  members: Row[];
}

describe('migrating a schema-5 database into committees', () => {
  let dir = '';
  let db = '';
  let before: Dump;
  let after: Dump;
  const expected = JSON.parse(readFileSync(join(LEGACY, 'idmg-v5.expected.json'), 'utf8')) as Expected;
  const run = (...args: string[]) => idmg([...args, '--db', db]);

  beforeAll(() => {
    // One database for the whole suite: each test reads what the upgrade left.
    dir = mkdtempSync(join(tmpdir(), 'idmg-legacy-'));
    db = join(dir, 'idmg.sqlite');
    // The old database, rebuilt from its dump: rows as the old code wrote them, ids included.
    const old = new Database(db);
    old.pragma('foreign_keys = OFF');
    old.exec(readFileSync(join(LEGACY, 'idmg-v5.sql'), 'utf8'));
    old.close();
    before = dump(db);
    // The first command a deployment runs after the upgrade migrates the database.
    expect(run('actions', '--status', 'all', '--json').code).toBe(0);
    after = dump(db);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts from a full version-5 database', () => {
    expect(before.get('schema_migrations')).toHaveLength(5);
    for (const t of ['actions', 'status_updates', 'meetings', 'rounds', 'submissions', 'people', 'outbox'])
      expect(before.get(t)?.length, t).toBeGreaterThan(0);
    expect(before.has('committees')).toBe(false);
  });

  it('keeps every row of every table with its values', () => {
    for (const [table, oldRows] of before) {
      if (table === 'schema_migrations') continue;
      const newRows = after.get(table);
      expect(newRows, table).toBeDefined();
      expect(newRows?.length, table).toBe(oldRows.length);
      oldRows.forEach((old, i) => {
        const row = newRows?.[i] ?? {};
        for (const [column, value] of Object.entries(old)) {
          // A person's role moved to their membership of the idmg (checked below).
          if (table === 'people' && column === 'role') continue;
          expect(row[column], `${table}[${i}].${column}`).toEqual(upgraded(table, column, value));
        }
      });
    }
    expect(after.get('schema_migrations')?.length).toBeGreaterThan(5);
  });

  it('puts everything in the idmg, and a person’s role in their idmg membership', () => {
    expect(after.get('committees')?.map((c) => [c.id, c.rounds_enabled])).toEqual([['idmg', 1]]);
    for (const table of ['meetings', 'actions', 'rounds'])
      for (const row of after.get(table) ?? []) expect(row.committee_id, table).toBe('idmg');
    const roles = (before.get('people') ?? []).map((p) => ({
      committee_id: 'idmg',
      person_id: p.id,
      role: p.role,
    }));
    const members = [...(after.get('committee_members') ?? [])].sort(
      (a, b) => Number(a.person_id) - Number(b.person_id),
    );
    expect(members).toEqual(roles);
    // The keys of what was sent, retried or failed name the committee now; the rest are as they were.
    expect((after.get('outbox') ?? []).map((o) => o.dedupe_key)).toEqual([
      'reminder:meeting:2:10:slack:U0CHAIR1',
      'reminder:meeting:2:10:slack:U0HOME1',
      'reminder:meeting:2:10:slack:U0SEC1',
      'reminder:due:idmg:2012-09-28:10:slack:U0DH1',
      'reply:EvL1',
      'round-open:idmg:2012-Q3:slack:C0IDMG',
      'import-preview:F1:U0SEC1',
    ]);
  });

  it('answers as the old CLI did, with the committee added', () => {
    const actions = run('actions', '--status', 'all', '--json').json<Row[]>();
    expect(actions).toEqual(expected.actions.map((a) => ({ ...a, committee: 'idmg' })));
    expect(run('next', '--now', '2012-09-10T12:00', '--json').json()).toEqual({
      committee: 'idmg',
      ...expected.next,
    });
    expect(run('round', 'status', '2012-Q3', '--json').json()).toEqual({
      committee: 'idmg',
      ...expected.roundStatus,
    });
    const members = run('members', 'list', '--json').json<Row[]>();
    expect(members.map(({ memberships: _m, ...rest }) => rest)).toEqual(expected.members);
    expect(members.map((m) => m.memberships)).toEqual(
      expected.members.map((m) => [{ committeeId: 'idmg', role: m.role }]),
    );
  });

  it('sends nothing again that was sent, failed or queued before the upgrade', () => {
    const outboxBefore = dump(db).get('outbox');
    // The instant of the old reminder run (its three meeting reminders) and of the queued due-date one.
    for (const now of [`${expected.reminderPlanAt}`, '2012-09-14T09:00']) {
      const r = run('reminders', '--now', now, '--json');
      expect(r.code, r.stderr).toBe(0);
      const result = r.json<{ due: unknown[]; sent: number; alreadyRecorded: number }>();
      expect(result.due, now).toEqual([]);
      expect(result.sent, now).toBe(0);
      expect(result.alreadyRecorded, now).toBeGreaterThan(0);
    }
    expect(dump(db).get('outbox')).toEqual(outboxBefore);
  });

  // Migration 7 (pending_imports.parse_json): a preview made before corrections existed has no
  // parse kept with it; it is still confirmed, from its file, and only once.
  it('confirms a preview waiting from before the upgrade, from its file', async () => {
    const rows = after.get('pending_imports') ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.parse_json, String(row.token)).toBeNull();
    expect((after.get('schema_migrations') ?? []).map((m) => m.version)).toContain(7);
    const store = await openStore(db);
    try {
      const ctx = { store, clock: fixedClock(at('2012-09-14T09:00')), timezone: 'Europe/London' };
      const token = String(rows[0]?.token);
      const actor = await chatActor(ctx, 'slack', 'U0SEC1');
      const result = await decideImport(ctx, token, 'confirmed', actor);
      expect(result?.summary).not.toBeNull();
      await expect(decideImport(ctx, token, 'confirmed', actor)).rejects.toThrow(/already confirmed/);
    } finally {
      store.close();
    }
  });
});
