import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import type { PostgresDatabase } from './sql/sql.js';

/**
 * db/migrations, found by walking up from this module: it sits two levels below the repository in
 * the sources (src/store) and one level in the bundle `npm start` runs (dist/server.js).
 */
function findMigrations(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'db', 'migrations');
    if (existsSync(candidate)) return `${candidate}/`;
    if (dirname(dir) === dir) throw new Error(`db/migrations not found above ${from}`);
  }
}

export const MIGRATIONS_DIR = findMigrations(dirname(fileURLToPath(import.meta.url)));
/** PostgreSQL's own set, beside SQLite's: one set of migrations per engine. */
export const POSTGRES_MIGRATIONS_DIR = MIGRATIONS_DIR.replace(/migrations\/$/, 'migrations-postgres/');

const migrationFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));

/** Any number: every replica asks for the same one, so only one migrates at a time. */
const MIGRATION_LOCK = 7_150_412;

/**
 * Applies db/migrations-postgres in order under a transaction-scoped advisory lock: two replicas
 * starting together migrate once (the second waits, then finds every version in the ledger).
 * READ COMMITTED, so that the ledger is read after the lock is granted, not before.
 */
export async function migratePostgres(
  db: PostgresDatabase,
  dir = POSTGRES_MIGRATIONS_DIR,
): Promise<string[]> {
  return db.connection(async (session) => {
    await session.exec('BEGIN ISOLATION LEVEL READ COMMITTED');
    try {
      await session.get('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const applied = new Set(
        (await session.all<{ version: number }>('SELECT version FROM schema_migrations')).map(
          (r) => r.version,
        ),
      );
      const done: string[] = [];
      for (const file of migrationFiles(dir)) {
        const version = Number.parseInt(file, 10);
        if (applied.has(version)) continue;
        await session.exec(readFileSync(join(dir, file), 'utf8'));
        await session.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          version,
          file,
          new Date().toISOString(),
        ]);
        done.push(file);
      }
      await session.exec('COMMIT');
      return done;
    } catch (error) {
      await session.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Applies db/migrations/NNN_name.sql in order, each in its own transaction, and records it,
 * so every start brings any database up to date and a failed migration leaves no half-change.
 */
export function migrate(db: Database.Database, dir = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((r) => (r as { version: number }).version),
  );
  const files = migrationFiles(dir);
  const done: string[] = [];
  for (const file of files) {
    const version = Number.parseInt(file, 10);
    if (applied.has(version)) continue;
    const sql = readFileSync(join(dir, file), 'utf8');
    // A migration that rebuilds tables says so on its first line: foreign keys must be off for it
    // (PRAGMA foreign_keys does nothing inside a transaction), and are checked before it commits.
    const keysOff = sql.startsWith('-- idmg:foreign-keys-off');
    const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
    if (keysOff) db.pragma('foreign_keys = OFF');
    // IMMEDIATE: a second process starting at the same moment waits instead of racing us.
    try {
      db.transaction(() => {
        // Another process may have applied it while this one waited for the lock.
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(version)) return;
        db.exec(sql);
        if (keysOff) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0)
            throw new Error(
              `${file} would break ${broken.length} foreign key(s): ${JSON.stringify(broken[0])}`,
            );
        }
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          version,
          file,
          new Date().toISOString(),
        );
      }).immediate();
    } finally {
      if (keysOff && keysWereOn) db.pragma('foreign_keys = ON');
    }
    done.push(file);
  }
  return done;
}
