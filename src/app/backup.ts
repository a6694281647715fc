import { existsSync } from 'node:fs';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';

/** An online copy of the database, safe while the bot runs. Refuses to overwrite. */
export async function backupDatabase(ctx: AppContext, file: string): Promise<void> {
  if (existsSync(file)) throw new AppError(`${file} already exists; choose a new file name.`, 'conflict');
  await ctx.store.backup(file);
}
