import { randomBytes } from 'node:crypto';
import { type Actor, auditActor, mayAdminister } from '../domain/permissions.js';
import type { ParsedMinutes } from '../minutes/types.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { type ImportResult, importMinutes } from './import-minutes.js';
import { refuse } from './refusals.js';

export interface ImportPreview {
  token: string;
  fileName: string | null;
  parse: ParsedMinutes;
}

/**
 * Minutes sent in chat: read them, show the secretariat what was found, and wait for Confirm.
 * Nothing is recorded until then; the file waits in the database, not in memory, so a restart
 * between preview and Confirm loses nothing.
 */
export async function previewImport(
  ctx: AppContext,
  req: { bytes: Uint8Array; fileName: string | null; actor: Actor },
): Promise<ImportPreview> {
  const decision = mayAdminister(req.actor);
  if (!decision.allowed) throw refuse(decision.reason, 'import minutes');
  const { parse } = await importMinutes(ctx, { ...req, dryRun: true });
  const token = randomBytes(12).toString('base64url');
  await ctx.store.pendingImports.create({
    token,
    fileName: req.fileName,
    content: req.bytes,
    requestedBy: auditActor(req.actor),
    createdAtUtc: ctx.clock.now().toUTC().toISO() as string,
  });
  return { token, fileName: req.fileName, parse };
}

export async function decideImport(
  ctx: AppContext,
  token: string,
  decision: 'confirmed' | 'cancelled',
  actor: Actor,
): Promise<ImportResult | null> {
  const allowed = mayAdminister(actor);
  if (!allowed.allowed) throw refuse(allowed.reason, 'import minutes');
  const pending = await ctx.store.pendingImports.decide(
    token,
    decision,
    ctx.clock.now().toUTC().toISO() as string,
  );
  if (!pending) throw new AppError('This import was already confirmed or cancelled.', 'conflict');
  if (decision === 'cancelled') return null;
  return importMinutes(ctx, { bytes: pending.content, fileName: pending.fileName, actor });
}
