import { createHash } from 'node:crypto';
import pg from 'pg';
import { type PgSessions, postgresDatabase } from './postgres-common.js';
import type { PostgresDatabase } from './sql.js';

// Counts come back as int8 and sums as numeric: numbers here, decided once for every query.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * Named (prepared) statements: the server plans a query once per connection instead of on every
 * call. Planning costs more than running most of the repositories' queries (1.5 ms against 0.3 ms
 * for a chat action list), so this is most of an answer's database time. Texts are few and fixed;
 * past a bound (pages built with different LIMITs, say) the rest go unnamed.
 */
const names = new Map<string, string>();
const MAX_NAMED = 1000;
function statement(text: string, values: unknown[], arrays = false): pg.QueryConfig {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED && !/^(BEGIN|COMMIT|ROLLBACK)\b/.test(text)) {
    name = `idmg_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  const config: pg.QueryConfig = name === undefined ? { text, values } : { name, text, values };
  if (!arrays) return config;
  // pg's types give array rows an overload of their own; the caller (rows()) knows what it gets.
  const array: pg.QueryArrayConfig = { ...config, rowMode: 'array' };
  return array as pg.QueryConfig;
}

export interface PostgresOptions {
  /** search_path for every connection: the tests give each test a schema of its own. */
  schema?: string;
  max?: number;
}

/** A PostgreSQL server through a pg pool; credentials from the URL or the usual PG* variables. */
export function openPostgres(url: string, options: PostgresOptions = {}): PostgresDatabase {
  const config: pg.PoolConfig = {
    connectionString: url,
    types: types as pg.CustomTypesConfig,
    connectionTimeoutMillis: 10_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  const pool = new pg.Pool({ ...config, max: options.max ?? 8 });
  // Two more connections for what a person waits on before the acknowledgement (SqlDatabase.urgent).
  const urgentPool = new pg.Pool({ ...config, max: 2 });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  urgentPool.on('error', () => undefined);
  let ended: Promise<void> | undefined;
  const sessions: PgSessions = {
    query: (text, params, arrays) => pool.query(statement(text, params, arrays)),
    urgentQuery: (text, params, arrays) => urgentPool.query(statement(text, params, arrays)),
    connect: async () => {
      const client = await pool.connect();
      return {
        query: (text, params, arrays) => client.query(statement(text, params, arrays)),
        exec: async (script) => {
          await client.query(script);
        },
        release: () => client.release(),
      };
    },
    exec: async (script) => {
      await pool.query(script);
    },
    // Closing twice (a test, then its clean-up) ends the pool once.
    end: () => {
      ended ??= Promise.all([pool.end(), urgentPool.end()]).then(() => undefined);
      return ended;
    },
  };
  return postgresDatabase(sessions);
}
