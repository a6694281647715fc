import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ConnectionLock } from './lock.js';
import type { Param, Sql, SqlDatabase } from './sql.js';

type Bound = string | number | null | Buffer;

const bind = (params: readonly Param[]): Bound[] =>
  params.map((p) => {
    if (p instanceof Uint8Array) return Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    if (Array.isArray(p)) return JSON.stringify(p);
    return p as string | number | null;
  });

export interface SqliteDatabase extends SqlDatabase {
  readonly engine: 'sqlite';
  /** The driver, for what only SQLite has: pragmas, online backup. */
  readonly raw: Database.Database;
}

/**
 * better-sqlite3 behind the async interface. Calls are synchronous underneath, so a statement
 * outside a transaction runs at once; a transaction is BEGIN IMMEDIATE … COMMIT under the
 * connection lock (a second process waits on busy_timeout, a second request in this one on the lock).
 */
export function openSqlite(path: string): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL lets the CLI read while the bot writes; busy_timeout makes a second writer wait, not fail.
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');

  // Hot paths run the same SQL many times: each text is prepared once per connection.
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  // The same texts read as arrays: a statement of their own (raw mode is a statement's setting).
  const rawStatements = new Map<string, Database.Statement>();
  const rawPrepared = (sql: string): Database.Statement => {
    let stmt = rawStatements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql).raw(true);
      rawStatements.set(sql, stmt);
    }
    return stmt;
  };
  const direct: Sql = {
    async all<T>(sql: string, params: readonly Param[] = []) {
      const stmt = prepared(sql);
      if (!stmt.reader) {
        stmt.run(...bind(params));
        return [];
      }
      return stmt.all(...bind(params)) as T[];
    },
    async rows<T extends unknown[]>(sql: string, params: readonly Param[] = []) {
      return rawPrepared(sql).all(...bind(params)) as T[];
    },
    async get<T>(sql: string, params: readonly Param[] = []) {
      const stmt = prepared(sql);
      if (!stmt.reader) {
        stmt.run(...bind(params));
        return undefined;
      }
      return stmt.get(...bind(params)) as T | undefined;
    },
    async run(sql, params = []) {
      return prepared(sql).run(...bind(params)).changes;
    },
    async transaction(fn) {
      return fn(direct);
    },
  };

  const lock = new ConnectionLock();
  const outside = <T>(fn: () => Promise<T>): Promise<T> => (lock.busy ? lock.hold(fn) : fn());

  const database: SqliteDatabase = {
    engine: 'sqlite',
    raw: db,
    get urgent() {
      return database;
    },
    skipLocked: '',
    all: (sql, params) => outside(() => direct.all(sql, params)),
    rows: (sql, params) => outside(() => direct.rows(sql, params)),
    get: (sql, params) => outside(() => direct.get(sql, params)),
    run: (sql, params) => outside(() => direct.run(sql, params)),
    transaction(fn) {
      return lock.hold(async () => {
        // Inside a transaction begun on the driver itself (the benchmark's bulk seeding), a savepoint.
        const nested = db.inTransaction;
        db.exec(nested ? 'SAVEPOINT nested' : 'BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec(nested ? 'RELEASE nested' : 'COMMIT');
          return result;
        } catch (error) {
          if (nested) db.exec('ROLLBACK TO nested; RELEASE nested');
          else if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
    },
    async exec(script) {
      await outside(async () => {
        db.exec(script);
      });
    },
    async close() {
      if (db.open) db.close();
    },
  };
  return database;
}
