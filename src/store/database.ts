import type { Sql } from './sql/sql.js';

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
