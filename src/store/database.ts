import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Db = Database.Database;

/** Opens (creating if needed) and migrates the database, with the pragmas every connection needs. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL lets the CLI read while the bot writes; busy_timeout makes a second writer wait, not fail.
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

/** Records a change in the audit log; called inside the transaction that makes the change. */
export function audit(
  db: Db,
  atUtc: string,
  actor: string,
  change: string,
  entity: string,
  entityId: string | number | null,
  detail?: unknown,
): void {
  db.prepare(
    'INSERT INTO audit_log (at_utc, actor, change, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    atUtc,
    actor,
    change,
    entity,
    entityId === null ? null : String(entityId),
    detail === undefined ? null : JSON.stringify(detail),
  );
}

const statementCaches = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection: hot paths run the same SQL many times. */
export function cached(db: Db, sql: string): Database.Statement {
  let cache = statementCaches.get(db);
  if (!cache) {
    cache = new Map();
    statementCaches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
