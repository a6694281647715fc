import type { Param, Sql } from './sql/sql.js';
import type { Store } from './types.js';

/**
 * Every table of the record, parents before children, so that each row's foreign keys already
 * stand when it is inserted. The migrations' ledger is each engine's own and is not copied.
 */
export const RECORD_TABLES = [
  'committees',
  'organisations',
  'organisation_aliases',
  'people',
  'committee_members',
  'meetings',
  'agenda_items',
  'attendance',
  'minutes_imports',
  'actions',
  'action_owners',
  'status_updates',
  'audit_log',
  'processed_events',
  'outbox',
  'pending_imports',
  'conversation_refs',
  'bank_holidays',
  'rounds',
  'submissions',
] as const;

/** Tables whose `id` a sequence gives: moved past the largest id copied, so none is given twice. */
const IDENTITY_TABLES = [
  'organisations',
  'people',
  'meetings',
  'agenda_items',
  'attendance',
  'minutes_imports',
  'actions',
  'status_updates',
  'audit_log',
  'outbox',
  'rounds',
  'submissions',
];

const BATCH_ROWS = 500;

export type CopyCounts = Record<(typeof RECORD_TABLES)[number], number>;

/** What a database holds beyond what its migrations put there (the default committee). */
export async function heldRows(db: Sql): Promise<Partial<CopyCounts>> {
  const held: Partial<CopyCounts> = {};
  for (const table of RECORD_TABLES) {
    const where = table === 'committees' ? " WHERE id <> 'idmg'" : '';
    const n = Number((await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}${where}`))?.n ?? 0);
    if (n > 0) held[table] = n;
  }
  return held;
}

/**
 * Copies the whole record from one store into another, ids and history intact, in one
 * transaction on the target: it lands whole or not at all. The target must hold nothing yet.
 * `nextActionId` is the first id the target may give a new action: past every id the source
 * ever gave (SQLite remembers ids of deleted actions), so `A7` never means two actions.
 */
export async function copyRecord(from: Store, to: Store, nextActionId: number): Promise<CopyCounts> {
  const counts = Object.fromEntries(RECORD_TABLES.map((t) => [t, 0])) as CopyCounts;
  await to.sql.transaction(async (tx) => {
    // The target's migrations made the default committee; the source's own row replaces it.
    await tx.run('DELETE FROM committees');
    for (const table of RECORD_TABLES) {
      const rows = await from.sql.all<Record<string, Param>>(`SELECT * FROM ${table}`);
      for (let start = 0; start < rows.length; start += BATCH_ROWS) {
        const batch = rows.slice(start, start + BATCH_ROWS);
        const columns = Object.keys(batch[0] ?? {});
        const values = batch.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
        await tx.run(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`,
          batch.flatMap((row) => columns.map((c) => row[c] ?? null)),
        );
      }
      counts[table] = rows.length;
    }
    if (to.engine === 'postgres') {
      for (const table of IDENTITY_TABLES) {
        const largest = Number(
          (await tx.get<{ n: number | null }>(`SELECT max(id) AS n FROM ${table}`))?.n ?? 0,
        );
        const next = table === 'actions' ? Math.max(largest + 1, nextActionId) : largest + 1;
        await tx.get(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), ?, false)`, [next]);
      }
    }
  });
  return counts;
}

/** SQLite's next action id: AUTOINCREMENT remembers the largest ever given, deleted or not. */
export async function nextActionIdOf(store: Store): Promise<number> {
  const largest = Number(
    (await store.sql.get<{ n: number | null }>('SELECT max(id) AS n FROM actions'))?.n ?? 0,
  );
  if (store.engine !== 'sqlite') return largest + 1;
  const seq = await store.sql.get<{ seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'actions'");
  return Math.max(largest, Number(seq?.seq ?? 0)) + 1;
}
