import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { onTestFinished } from 'vitest';
import type { SqlDatabase } from '../../src/store/sql/sql.js';

/**
 * Which engine the store and use-case suites run on: `IDMG_TEST_DB` is unset or `sqlite` (a file
 * per test), `pglite` (PostgreSQL in-process, one instance per test worker) or a PostgreSQL URL
 * (a real server: `.ci/run` starts one). On PostgreSQL each test gets a schema of its own, dropped
 * after it, so tests in parallel workers never see each other's rows.
 */
export const TEST_ENGINE = process.env.IDMG_TEST_DB?.trim() || 'sqlite';
export const onPostgres = TEST_ENGINE !== 'sqlite';

let pglite: Promise<PGlite> | undefined;
const cleanup = (fn: () => Promise<void>) => onTestFinished(() => fn().catch(() => undefined));

async function instance(): Promise<PGlite> {
  pglite ??= import('@electric-sql/pglite').then(async ({ PGlite }) => {
    const db = new PGlite();
    await db.waitReady;
    return db;
  });
  return pglite;
}

export interface TestDatabase {
  /** a connection to it, again for a restart: the SQLite file's path, or PostgreSQL opened on its schema */
  open(): Promise<string | SqlDatabase>;
}

const byDir = new Map<string, Promise<TestDatabase>>();

/**
 * The test's database kept beside its folder: SQLite's file in `dir`, or a new schema on
 * PostgreSQL. The same folder gives the same database, so a test that restarts the bot on its
 * folder finds its record again.
 */
export function testDatabase(dir: string): Promise<TestDatabase> {
  let db = byDir.get(dir);
  if (!db) {
    db = newDatabase(dir);
    byDir.set(dir, db);
    cleanup(async () => {
      byDir.delete(dir);
    });
  }
  return db;
}

/** What the bot is started with: nothing more on SQLite (DATABASE_PATH says it), else the engine. */
export async function botDatabase(dir: string): Promise<{ database?: SqlDatabase }> {
  if (!onPostgres) return {};
  return { database: (await (await testDatabase(dir)).open()) as SqlDatabase };
}

async function newDatabase(dir: string): Promise<TestDatabase> {
  if (!onPostgres) {
    const file = join(dir, 'idmg.sqlite');
    return { open: async () => file };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  if (TEST_ENGINE === 'pglite') {
    const pg = await instance();
    await pg.exec(`CREATE SCHEMA ${schema}`);
    cleanup(async () => {
      await pg.exec(`DROP SCHEMA ${schema} CASCADE`);
    });
    const { pgliteDatabase } = await import('../../src/store/sql/pglite.js');
    return { open: async () => pgliteDatabase(pg, schema) };
  }
  const { openPostgres } = await import('../../src/store/sql/postgres.js');
  const admin = openPostgres(TEST_ENGINE, { max: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  cleanup(async () => {
    await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
    await admin.close();
  });
  return { open: async () => openPostgres(TEST_ENGINE, { schema }) };
}

/**
 * An empty database of its own on the PostgreSQL server under test (IDMG_TEST_DB), as a fresh
 * deployment has, for tests that run real processes on it; dropped after the test.
 */
export async function emptyPostgresDatabase(prefix = 'idmg_t'): Promise<string> {
  const { openPostgres } = await import('../../src/store/sql/postgres.js');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = openPostgres(TEST_ENGINE, { max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  cleanup(async () => {
    const dropper = openPostgres(TEST_ENGINE, { max: 1 });
    await dropper.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.close();
  });
  const url = new URL(TEST_ENGINE);
  url.pathname = `/${name}`;
  return url.toString();
}
