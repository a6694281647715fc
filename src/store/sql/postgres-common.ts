import type { Param, PostgresDatabase, Sql } from './sql.js';
import { isRetryable } from './sql.js';
import { toPostgres } from './translate.js';

export interface PgResult {
  rows: unknown[];
  rowCount: number | null;
}

/** One connection's worth of PostgreSQL: what the pg driver and PGlite both give. */
export interface PgConnection {
  query(text: string, params: unknown[], arrays?: boolean): Promise<PgResult>;
  exec(script: string): Promise<void>;
  release(): void;
}

export interface PgSessions {
  /** A statement outside any transaction; `arrays`: each row an array of its columns. */
  query(text: string, params: unknown[], arrays?: boolean): Promise<PgResult>;
  /** The same, on connections kept for what a person waits on (see SqlDatabase.urgent). */
  urgentQuery?(text: string, params: unknown[], arrays?: boolean): Promise<PgResult>;
  /** A connection of its own for one transaction. */
  connect(): Promise<PgConnection>;
  /** A script of several statements (migrations). */
  exec(script: string): Promise<void>;
  end(): Promise<void>;
  /** PGlite has one connection: nothing races it, and a plain BEGIN is all it needs. */
  plainBegin?: boolean;
}

const translations = new Map<string, string>();
const translate = (sql: string): string => {
  let text = translations.get(sql);
  if (text === undefined) {
    text = toPostgres(sql);
    translations.set(sql, text);
  }
  return text;
};

const bind = (params: readonly Param[]): unknown[] =>
  params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p) : p));

const over = (query: PgSessions['query']): Sql => {
  const self: Sql = {
    async all<T>(sql: string, params: readonly Param[] = []) {
      return (await query(translate(sql), bind(params))).rows as T[];
    },
    async rows<T extends unknown[]>(sql: string, params: readonly Param[] = []) {
      return (await query(translate(sql), bind(params), true)).rows as T[];
    },
    async get<T>(sql: string, params: readonly Param[] = []) {
      return (await query(translate(sql), bind(params))).rows[0] as T | undefined;
    },
    async run(sql, params = []) {
      return (await query(translate(sql), bind(params))).rowCount ?? 0;
    },
    async transaction(fn) {
      return fn(self);
    },
  };
  return self;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The repositories' interface over PostgreSQL sessions: the same SQL, translated once. */
export function postgresDatabase(sessions: PgSessions): PostgresDatabase {
  const outside = over((text, params, arrays) => sessions.query(text, params, arrays));
  return {
    ...outside,
    engine: 'postgres',
    urgent: sessions.urgentQuery
      ? over((text, params, arrays) => sessions.urgentQuery?.(text, params, arrays) as Promise<PgResult>)
      : outside,
    skipLocked: ' FOR UPDATE SKIP LOCKED',
    async transaction(fn, options = {}) {
      const begin = sessions.plainBegin
        ? 'BEGIN'
        : `BEGIN ISOLATION LEVEL ${options.isolation === 'read committed' ? 'READ COMMITTED' : 'SERIALIZABLE'}`;
      // Serialization failures are the price of checking and writing without table locks:
      // the whole transaction is run again, a few times, with a growing random pause.
      for (let attempt = 1; ; attempt += 1) {
        const connection = await sessions.connect();
        try {
          await connection.query(begin, []);
          const result = await fn(over((text, params, arrays) => connection.query(text, params, arrays)));
          await connection.query('COMMIT', []);
          return result;
        } catch (error) {
          await connection.query('ROLLBACK', []).catch(() => undefined);
          if (!isRetryable(error) || attempt >= 8) throw error;
          await sleep(Math.random() * 5 * 2 ** attempt);
        } finally {
          connection.release();
        }
      }
    },
    exec: (script) => sessions.exec(script),
    async connection(fn) {
      const connection = await sessions.connect();
      try {
        return await fn({
          ...over((text, params, arrays) => connection.query(text, params, arrays)),
          exec: (script) => connection.exec(script),
        });
      } finally {
        connection.release();
      }
    },
    close: () => sessions.end(),
  };
}
