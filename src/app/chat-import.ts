import { randomBytes } from 'node:crypto';
import { utcNow } from '../clock.js';
import { committeeLabel } from '../domain/committee.js';
import { type Actor, administersAny, auditActor, mayAdminister } from '../domain/permissions.js';
import type { ParsedMinutes } from '../minutes/types.js';
import type { PendingImport } from '../store/types.js';
import { getCommittee, listCommittees } from './committees.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { type ImportResult, importMinutes } from './import-minutes.js';
import { refuse } from './refusals.js';

export interface ImportPreview {
  token: string;
  fileName: string | null;
  parse: ParsedMinutes;
  /** where Confirm would put them; null: the title names no committee, so the secretariat must choose */
  committee: string | null;
  /** how messages name that committee ("IDMG") */
  committeeLabel: string | null;
  /** the committees the secretariat may choose from (those they serve) */
  choices: { id: string; label: string }[];
}

async function choicesFor(ctx: AppContext, actor: Actor) {
  return (await listCommittees(ctx))
    .filter((c) => mayAdminister(actor, c.id).allowed)
    .map((c) => ({ id: c.id, label: committeeLabel(c) }));
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
  if (!administersAny(req.actor))
    throw refuse(
      req.actor.kind === 'chat' && !req.actor.person ? 'unmapped' : 'not_secretariat',
      'import minutes',
    );
  const { parse, committee } = await importMinutes(ctx, { ...req, dryRun: true });
  const token = randomBytes(12).toString('base64url');
  const pending = {
    token,
    fileName: req.fileName,
    content: req.bytes,
    requestedBy: auditActor(req.actor),
    createdAtUtc: utcNow(ctx.clock),
    committeeId: committee,
    // Kept with the file: the secretariat may correct it, and Confirm stores it as corrected.
    parse,
  };
  await ctx.store.pendingImports.create(pending);
  return previewOf(ctx, pending, req.actor);
}

/** The preview of a waiting import, as it now stands (its committee, its corrected parse). */
export async function previewOf(
  ctx: AppContext,
  pending: PendingImport & { parse: ParsedMinutes },
  actor: Actor,
): Promise<ImportPreview> {
  const committee = pending.committeeId ?? null;
  return {
    token: pending.token,
    fileName: pending.fileName,
    parse: pending.parse,
    committee,
    committeeLabel: committee ? committeeLabel(await getCommittee(ctx, committee)) : null,
    choices: await choicesFor(ctx, actor),
  };
}

/** Puts a waiting import in a committee the actor serves; refused once it is decided. */
async function setImportCommittee(ctx: AppContext, token: string, committeeRef: string, actor: Actor) {
  const committee = await getCommittee(ctx, committeeRef);
  const allowed = mayAdminister(actor, committee.id);
  if (!allowed.allowed) throw refuse(allowed.reason, `import ${committeeLabel(committee)} minutes`);
  const pending = await ctx.store.pendingImports.get(token);
  if (!pending || pending.decided || !(await ctx.store.pendingImports.setCommittee(token, committee.id)))
    throw new AppError('This import was already confirmed or cancelled.', 'conflict');
  return { committee, pending };
}

/** The secretariat chose the committee in the preview: the same file, shown again for that committee. */
export async function chooseImportCommittee(
  ctx: AppContext,
  token: string,
  committeeRef: string,
  actor: Actor,
): Promise<ImportPreview> {
  const { committee, pending } = await setImportCommittee(ctx, token, committeeRef, actor);
  // The parse as shown (and perhaps corrected); a preview kept from before parses were kept is read again.
  const parse =
    pending.parse ??
    (
      await importMinutes(ctx, {
        bytes: pending.content,
        fileName: pending.fileName,
        actor,
        dryRun: true,
        committee: committee.id,
      })
    ).parse;
  return previewOf(ctx, { ...pending, committeeId: committee.id, parse }, actor);
}

/**
 * Confirm or Cancel on the preview. A card may send the committee chosen beside the button (Teams
 * sends its inputs with the press): it is applied first, as if chosen on its own.
 */
export async function decideImport(
  ctx: AppContext,
  token: string,
  decision: 'confirmed' | 'cancelled',
  actor: Actor,
  chosenCommittee: string | null = null,
): Promise<ImportResult | null> {
  // No preview to redraw: the choice is recorded, and Confirm goes on as if it had been made first.
  if (decision === 'confirmed' && chosenCommittee)
    await setImportCommittee(ctx, token, chosenCommittee, actor);
  const waiting = await ctx.store.pendingImports.get(token);
  if (waiting?.committeeId) {
    const allowed = mayAdminister(actor, waiting.committeeId);
    if (!allowed.allowed) throw refuse(allowed.reason, 'import minutes');
  } else if (!administersAny(actor)) throw refuse('not_secretariat', 'import minutes');
  if (
    decision === 'confirmed' &&
    waiting &&
    !waiting.decided &&
    !waiting.committeeId &&
    (await listCommittees(ctx)).length > 1
  )
    throw new AppError('Choose the committee these minutes belong to first.', 'invalid');
  const pending = await ctx.store.pendingImports.decide(token, decision, utcNow(ctx.clock));
  if (!pending) throw new AppError('This import was already confirmed or cancelled.', 'conflict');
  if (decision === 'cancelled') return null;
  return importMinutes(ctx, {
    bytes: pending.content,
    fileName: pending.fileName,
    actor,
    committee: pending.committeeId ?? null,
    // What the preview showed, corrections and all: not a fresh reading of the file.
    parse: pending.parse ?? null,
  });
}
