/**
 * The newest migration on a database made by the version before it: every earlier migration applied
 * (the folder less its last file), a committee's record made there by the use cases and reminders
 * sent, then the current store opened on it. Every row of every table is still there with the same
 * values, and the reminders already sent are not sent again. On SQLite and on PostgreSQL.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChatSender, Delivery } from '../../src/app/delivery.js';
import { loadHolidays } from '../../src/app/holidays.js';
import { addMember } from '../../src/app/members.js';
import { runDue } from '../../src/app/reminders.js';
import { fixedClock } from '../../src/clock.js';
import { createLogger } from '../../src/logger.js';
import { openStore, storeOver } from '../../src/store/index.js';
import {
  MIGRATIONS_DIR,
  migrate,
  migratePostgres,
  POSTGRES_MIGRATIONS_DIR,
} from '../../src/store/migrate.js';
import type { PostgresDatabase, SqlDatabase } from '../../src/store/sql/sql.js';
import type { SqliteDatabase } from '../../src/store/sql/sqlite.js';
import type { OutboxMessage } from '../../src/store/types.js';
import { at, CLI, importSample, LONDON } from '../support/app.js';
import { testDatabase } from '../support/database.js';
import { tempDir } from '../support/tmp.js';

const policy = { days: [10, 5, 1], time: '09:00', zone: LONDON };

/** A folder holding every migration but the newest: the schema the previous version left. */
function previousMigrations(dir: string): { folder: string; newest: string } {
  const files = readdirSync(dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const folder = join(tempDir(), 'migrations');
  mkdirSync(folder);
  for (const f of files.slice(0, -1)) copyFileSync(join(dir, f), join(folder, f));
  return { folder, newest: files.at(-1) as string };
}

/** Every table's rows, each table's in a stable order. */
async function everyRow(db: SqlDatabase): Promise<Record<string, string[]>> {
  const tables = (
    db.engine === 'sqlite'
      ? await db.all<{ name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
      : await db.all<{ name: string }>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
        )
  ).map((t) => t.name);
  const out: Record<string, string[]> = {};
  for (const t of tables) out[t] = (await db.all(`SELECT * FROM ${t}`)).map((r) => JSON.stringify(r)).sort();
  return out;
}

/** A sender that records what it was given: the platform's side, as far as this test needs it. */
function recordingSender(sent: OutboxMessage[]): ChatSender {
  return {
    platform: 'slack',
    async send(message) {
      sent.push(message);
      return { conversation: message.recipient, messageRef: `ts-${sent.length}` };
    },
  };
}

describe('the newest migration on a database made by the previous version', () => {
  it('keeps every row of every table and sends nothing again', async () => {
    const database = await testDatabase(tempDir());
    const db = await database.open();
    const raw = typeof db === 'string' ? (await import('../../src/store/sql/sqlite.js')).openSqlite(db) : db;
    const previous = previousMigrations(raw.engine === 'sqlite' ? MIGRATIONS_DIR : POSTGRES_MIGRATIONS_DIR);
    if (raw.engine === 'sqlite') migrate((raw as SqliteDatabase).raw, previous.folder);
    else await migratePostgres(raw as PostgresDatabase, previous.folder);

    // The previous version's record: minutes imported, members, the 10-day reminders sent.
    const sent: OutboxMessage[] = [];
    const now = at('2012-08-30T09:00');
    const old = { store: storeOver(raw), clock: fixedClock(now), timezone: LONDON };
    await importSample(old);
    await addMember(old, { organisation: 'UKHTC', slackUserId: 'U0UKHTC1', name: 'Una' }, CLI);
    await addMember(old, { organisation: 'Home Office', slackUserId: 'U0HOME1', name: 'Hal' }, CLI);
    const silent = createLogger('silent');
    const first = await runDue(
      old,
      new Delivery(old, { slack: recordingSender(sent) }, silent),
      now,
      policy,
      await loadHolidays(old.store),
    );
    expect(first.flushed.sent).toBe(2);
    const before = await everyRow(raw);
    await old.store.close();

    // The current version opens it: the newest migration applied, nothing else touched.
    const store = await openStore(typeof db === 'string' ? db : await database.open());
    const after = await everyRow(store.sql);
    const ledger = after.schema_migrations ?? [];
    expect(ledger.some((r) => r.includes(previous.newest))).toBe(true);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) {
      if (table === 'schema_migrations') expect(ledger).toHaveLength((before[table] ?? []).length + 1);
      else expect(after[table], table).toEqual(before[table]);
    }

    // The same minute again, on the upgraded database: recorded already, sent already.
    const ctx = { store, clock: fixedClock(now), timezone: LONDON };
    const again = await runDue(
      ctx,
      new Delivery(ctx, { slack: recordingSender(sent) }, silent),
      now,
      policy,
      await loadHolidays(store),
    );
    expect(again.recorded).toEqual([]);
    expect(again.alreadyRecorded).toBe(2);
    expect(sent).toHaveLength(2);
    await store.close();
  });
});
