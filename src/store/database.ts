import type Database from 'better-sqlite3';
import { migrate } from './migrate.js';
import type { Sql } from './sql/sql.js';
import { openSqlite } from './sql/sqlite.js';

/**
 * Opens (creating if needed) and migrates a SQLite file and hands back the driver itself: for the
 * benchmark's seeding and the tests that build old databases, which write rows in bulk.
 */
export function openDatabase(path: string): Database.Database {
  const db = openSqlite(path).raw;
  migrate(db);
  return db;
}

/** Records a change in the audit log; called inside the transaction that makes the change. */
export async function audit(
  db: Sql,
  atUtc: string,
  actor: string,
  change: string,
  entity: string,
  entityId: string | number | null,
  detail?: unknown,
): Promise<void> {
  await db.run(
    'INSERT INTO audit_log (at_utc, actor, change, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
    [
      atUtc,
      actor,
      change,
      entity,
      entityId === null ? null : String(entityId),
      detail === undefined ? null : JSON.stringify(detail),
    ],
  );
}

/** The id of the row an INSERT … RETURNING id made. */
export async function insertedId(db: Sql, sql: string, params: Parameters<Sql['run']>[1]): Promise<number> {
  const row = await db.get<{ id: number }>(`${sql} RETURNING id`, params);
  if (!row) throw new Error('insert returned no id');
  return Number(row.id);
}
