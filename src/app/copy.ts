import { type CopyCounts, copyRecord, heldRows, nextActionIdOf } from '../store/copy.js';
import { describeDatabase, isPostgresUrl, openStore } from '../store/index.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';

export interface CopyResult {
  to: string;
  copied: CopyCounts;
  /** the first action id the new database will give */
  nextActionId: number;
}

/**
 * `idmg copy --to postgres://…`: moves a deployment's whole record into an empty PostgreSQL
 * database (migrated first), ids and history intact, so the bot carries on there as it was.
 * Refuses a database that already holds anything: two records are never mixed.
 */
export async function copyToPostgres(ctx: AppContext, url: string): Promise<CopyResult> {
  if (!isPostgresUrl(url))
    throw new AppError('--to: a PostgreSQL URL such as postgres://idmg@db/idmg', 'invalid');
  const shown = describeDatabase(url);
  const target = await openStore(url);
  try {
    const held = Object.entries(await heldRows(target.sql));
    if (held.length > 0)
      throw new AppError(
        `${shown} is not empty (${held.map(([t, n]) => `${n} ${t.replace(/_/g, ' ')}`).join(', ')}): copy goes only into an empty database.`,
        'conflict',
      );
    const nextActionId = await nextActionIdOf(ctx.store);
    const copied = await copyRecord(ctx.store, target, nextActionId);
    return { to: shown, copied, nextActionId };
  } finally {
    await target.close();
  }
}
