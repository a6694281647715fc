/**
 * The secretariat corrects what the reader found before Confirm: an owner, an action's text or due
 * date, an action that is no action, the next meeting. The corrected parse is kept with the
 * pending import, and Confirm stores it; the file is not read again.
 */
import { DateTime } from 'luxon';
import { actionField, NEXT_FIELD, readCorrection } from '../chat/corrections.js';
import { committeeLabel } from '../domain/committee.js';
import { type Actor, administersAny, mayAdminister } from '../domain/permissions.js';
import type { ParsedAction, ParsedMinutes, ParsedNextMeeting } from '../minutes/types.js';
import { type ImportPreview, previewOf } from './chat-import.js';
import { getCommittee } from './committees.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { refuse } from './refusals.js';

export interface ImportCorrection {
  /** the preview's actions in order, corrected; null where one was dropped */
  actions: (ParsedAction | null)[];
  nextMeeting: ParsedNextMeeting | null;
}

function validAction(a: ParsedAction, n: number): ParsedAction {
  const text = a.text.trim();
  if (text === '' || text.length > 2000)
    throw new AppError(`Action ${n}: the text must be 1 to 2,000 characters.`, 'invalid');
  const owners = a.owners.map((o) => o.trim()).filter((o) => o !== '');
  if (owners.some((o) => o.length > 120))
    throw new AppError(`Action ${n}: an owner's name is too long.`, 'invalid');
  if (a.due !== null && !DateTime.fromISO(a.due).isValid)
    throw new AppError(`Action ${n}: "${a.due}" is not a date.`, 'invalid');
  return { ...a, text, owners };
}

export async function correctImport(
  ctx: AppContext,
  token: string,
  correction: ImportCorrection,
  actor: Actor,
): Promise<ImportPreview> {
  const pending = await ctx.store.pendingImports.get(token);
  if (!pending || pending.decided)
    throw new AppError('This import was already confirmed or cancelled.', 'conflict');
  if (pending.committeeId) {
    const allowed = mayAdminister(actor, pending.committeeId);
    if (!allowed.allowed)
      throw refuse(
        allowed.reason,
        `correct ${committeeLabel(await getCommittee(ctx, pending.committeeId))} minutes`,
      );
  } else if (!administersAny(actor)) throw refuse('not_secretariat', 'correct minutes');
  if (!pending.parse)
    throw new AppError('This preview is too old to correct; send the file again.', 'invalid');
  if (correction.actions.length !== pending.parse.actions.length)
    throw new AppError('The preview changed meanwhile; open the correction form again.', 'conflict');
  const next = correction.nextMeeting;
  if (next && !DateTime.fromISO(next.start, { setZone: true }).isValid)
    throw new AppError('Next meeting: that is not a date.', 'invalid');
  const parse: ParsedMinutes = {
    ...pending.parse,
    actions: correction.actions.flatMap((a, i) => (a === null ? [] : [validAction(a, i + 1)])),
    nextMeeting: next,
  };
  if (!(await ctx.store.pendingImports.setParse(token, parse)))
    throw new AppError('This import was already confirmed or cancelled.', 'conflict');
  return previewOf(ctx, { ...pending, parse }, actor);
}

/** The preview as it stands, for the correction form; refused to anyone who may not import it. */
export async function pendingPreview(ctx: AppContext, token: string, actor: Actor): Promise<ImportPreview> {
  const pending = await ctx.store.pendingImports.get(token);
  if (!pending || pending.decided)
    throw new AppError('This import was already confirmed or cancelled.', 'conflict');
  if (pending.committeeId) {
    const allowed = mayAdminister(actor, pending.committeeId);
    if (!allowed.allowed) throw refuse(allowed.reason, 'correct minutes');
  } else if (!administersAny(actor)) throw refuse('not_secretariat', 'correct minutes');
  if (!pending.parse)
    throw new AppError('This preview is too old to correct; send the file again.', 'invalid');
  return previewOf(ctx, { ...pending, parse: pending.parse }, actor);
}

/**
 * The correction form as submitted, on either platform: `field(id)` is the text of one of its
 * fields (undefined when the form did not hold it). Read against the preview as it stands, then
 * applied; a line that cannot be read is refused with its field (CorrectionLineError).
 */
export async function correctImportFromForm(
  ctx: AppContext,
  token: string,
  field: (id: string) => string | undefined,
  actor: Actor,
): Promise<ImportPreview> {
  const before = await pendingPreview(ctx, token, actor);
  const lines = before.parse.actions.map((_, i) => field(actionField(i)));
  const correction = readCorrection(before.parse, lines, field(NEXT_FIELD), ctx.timezone);
  return correctImport(ctx, token, correction, actor);
}
