import type { PGlite } from '@electric-sql/pglite';
import { ConnectionLock } from './lock.js';
import { type PgSessions, postgresDatabase } from './postgres-common.js';
import type { PostgresDatabase } from './sql.js';

const current = new WeakMap<PGlite, string>();
const locks = new WeakMap<PGlite, ConnectionLock>();

/**
 * PostgreSQL in-process (PGlite: one connection, no server), for the test suites. Several stores
 * may share one instance, each in a schema of its own: every use takes the instance's lock and
 * switches search_path when another store used it last.
 */
export function pgliteDatabase(instance: PGlite, schema: string): PostgresDatabase {
  let lock = locks.get(instance);
  if (!lock) {
    lock = new ConnectionLock();
    locks.set(instance, lock);
  }
  const held = lock;
  const use = async () => {
    if (current.get(instance) !== schema) {
      await instance.query(`SET search_path TO "${schema}"`);
      current.set(instance, schema);
    }
  };
  const query = async (text: string, params: unknown[], arrays?: boolean) => {
    const r = await instance.query(text, params, arrays ? { rowMode: 'array' } : undefined);
    return { rows: r.rows, rowCount: r.affectedRows ?? 0 };
  };
  const sessions: PgSessions = {
    query: (text, params, arrays) =>
      held.hold(async () => {
        await use();
        return query(text, params, arrays);
      }),
    connect: () =>
      new Promise((resolveConnection) => {
        void held.hold(
          () =>
            new Promise<void>((release) => {
              void use().then(() =>
                resolveConnection({
                  query,
                  exec: async (script) => {
                    await instance.exec(script);
                  },
                  release: () => release(),
                }),
              );
            }),
        );
      }),
    exec: (script) =>
      held.hold(async () => {
        await use();
        await instance.exec(script);
      }),
    end: async () => undefined,
    plainBegin: true,
  };
  return postgresDatabase(sessions);
}
