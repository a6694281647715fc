/**
 * The one query interface the repositories use, whatever engine is underneath.
 *
 * The SQL is written once, in the subset both engines speak: `?` placeholders, `ON CONFLICT`,
 * `RETURNING`, TEXT instants (`…Z` strings) and INTEGER ids. Two phrases are translated for
 * PostgreSQL (see translate.ts): `?` becomes `$n`, and a list parameter written
 * `IN (SELECT value FROM json_each(?))` becomes `= ANY(?)`. A list is passed as a JS array.
 */
export type Param = string | number | null | Uint8Array | readonly (string | number)[];

export interface Sql {
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /**
   * The same rows as arrays of their columns, in the SELECT's order: the drivers build a keyed
   * object a row field by field, which on a read of tens of thousands of rows costs more than the
   * query itself.
   */
  rows<T extends unknown[]>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /**
   * Runs `fn` in one transaction that sees and writes atomically: SQLite's IMMEDIATE (one writer),
   * PostgreSQL's SERIALIZABLE, retried from the start when the server reports a conflict — so `fn`
   * must do nothing but database work. Inside a transaction, a nested call joins it.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
}

export interface TransactionOptions {
  /**
   * PostgreSQL only. READ COMMITTED for a transaction that locks the rows it works on itself
   * (SELECT … FOR UPDATE SKIP LOCKED): serializable would fail it whenever another replica
   * changed a row it skipped.
   */
  isolation?: 'serializable' | 'read committed';
}

export type Engine = 'sqlite' | 'postgres';

export interface SqlDatabase extends Sql {
  readonly engine: Engine;
  /** Runs a script of several statements (migrations), outside any prepared-statement cache. */
  exec(script: string): Promise<void>;
  /**
   * A lane of its own for the few statements a person waits on before their request is even
   * acknowledged (claiming a Slack request): on PostgreSQL a separate small pool, so they never
   * queue behind the pool's connections busy with other requests' work. SQLite: the same connection.
   */
  readonly urgent: Sql;
  /** A statement that claims rows for this process alone (SKIP LOCKED where the engine has it). */
  readonly skipLocked: string;
  close(): Promise<void>;
}

/** One connection of its own, outside any transaction: for what needs a session (migrations). */
export interface Session extends Sql {
  exec(script: string): Promise<void>;
}

export interface PostgresDatabase extends SqlDatabase {
  readonly engine: 'postgres';
  connection<T>(fn: (session: Session) => Promise<T>): Promise<T>;
}

/** Errors the engines report for a conflict that a retry of the whole transaction resolves. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01' || code === 'SQLITE_BUSY';
}
