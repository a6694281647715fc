import { DateTime } from 'luxon';
import { utcNow } from '../clock.js';
import {
  type Action,
  type ActionStatus,
  formatActionRef,
  parseActionRef,
  type StatusFilter,
  type UpdateSource,
} from '../domain/action.js';
import { type Actor, actorLabel, auditActor, mayAdminister, mayChangeAction } from '../domain/permissions.js';
import { statusFromWord } from '../domain/status-words.js';
import type { ActionQuery, ActionRecord, Organisation } from '../store/types.js';
import { getCommittee } from './committees.js';
import { type AppContext, defaultCommitteeId } from './context.js';
import { AppError } from './errors.js';
import { refuse } from './refusals.js';
import { actionView } from './views.js';

export interface ListActionsRequest {
  /** only these committees' actions; absent or null: every committee's */
  committees?: string[] | null | undefined;
  /** an organisation's name or alias */
  owner?: string | undefined;
  status?: StatusFilter | undefined;
  meetingDate?: string | undefined;
  /** only actions changed at or after this instant (UTC ISO) */
  updatedSinceUtc?: string | undefined;
  /** a page: at most `limit` actions after the first `offset`, in id order */
  limit?: number | undefined;
  offset?: number | undefined;
  /** 'latest': each action's most recent update only (all a list or a reminder shows); default 'all' */
  history?: 'all' | 'latest' | undefined;
  /** only these actions (by number) */
  ids?: number[] | undefined;
}

export async function findOrganisation(ctx: AppContext, name: string): Promise<Organisation> {
  const org = await ctx.store.organisations.find(name);
  if (!org) {
    const known = (await ctx.store.organisations.list()).map((o) => o.name);
    throw new AppError(
      `Unknown organisation "${name}".${known.length ? ` Known: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}.` : ''}`,
      'not_found',
    );
  }
  return org;
}

async function actionQuery(ctx: AppContext, req: ListActionsRequest): Promise<ActionQuery> {
  const ownerIds = req.owner ? [(await findOrganisation(ctx, req.owner)).id] : undefined;
  return {
    ...(req.committees ? { committeeIds: req.committees } : {}),
    status: req.status ?? 'open',
    ...(ownerIds ? { ownerIds } : {}),
    ...(req.meetingDate ? { meetingDate: req.meetingDate } : {}),
    ...(req.updatedSinceUtc ? { updatedSinceUtc: req.updatedSinceUtc } : {}),
    ...(req.limit !== undefined ? { limit: req.limit, offset: req.offset ?? 0 } : {}),
    ...(req.history ? { history: req.history } : {}),
    ...(req.ids ? { ids: req.ids } : {}),
  };
}

export async function listActions(ctx: AppContext, req: ListActionsRequest = {}): Promise<Action[]> {
  const records = await ctx.store.actions.list(await actionQuery(ctx, req));
  return records.map((a) => actionView(a, ctx.timezone));
}

/**
 * The same list a slice of ids at a time, in id order: a whole record (`idmg actions --json` over
 * 100,000 actions) is written as it is read, not held at once. Slices by id rather than pages by
 * LIMIT and OFFSET: an offset reads past every earlier row, and a LIMIT after "status is open" had
 * SQLite sort every open action from there on for each page.
 */
export async function* actionPages(
  ctx: AppContext,
  req: Omit<ListActionsRequest, 'limit' | 'offset'> = {},
  ids = 2000,
): AsyncGenerator<Action[]> {
  const query = await actionQuery(ctx, req);
  const last = await ctx.store.actions.lastId();
  for (let after = 0; after < last; after += ids) {
    const records = await ctx.store.actions.list({ ...query, idRange: { after, through: after + ids } });
    if (records.length > 0) yield records.map((a) => actionView(a, ctx.timezone));
  }
}

/** How many actions a list would hold, without reading them. */
export async function countActions(ctx: AppContext, req: ListActionsRequest = {}): Promise<number> {
  const { limit: _limit, offset: _offset, ...query } = await actionQuery(ctx, req);
  return ctx.store.actions.count(query);
}

export async function getActionRecord(ctx: AppContext, ref: string): Promise<ActionRecord> {
  const id = parseActionRef(ref);
  const action = id === null ? null : await ctx.store.actions.get(id);
  if (!action)
    throw new AppError(`No action ${ref.trim() || '(none given)'}: action ids look like A3.`, 'not_found');
  return action;
}

export async function getAction(ctx: AppContext, ref: string): Promise<Action> {
  return actionView(await getActionRecord(ctx, ref), ctx.timezone);
}

export interface UpdateRequest {
  actionRef: string;
  /** a status word (done, in progress, blocked, …); null for a note only */
  status: string | null;
  note: string | null;
  actor: Actor;
  source: UpdateSource;
  /** the chat message or event it came from, so a redelivery is recorded once */
  sourceRef?: string | null;
}

export interface UpdateResult {
  action: Action;
  previousStatus: ActionStatus;
  statusChanged: boolean;
  duplicate: boolean;
}

/** Records a status update (or a note) on an action, from chat or the CLI. */
export async function recordUpdate(ctx: AppContext, req: UpdateRequest): Promise<UpdateResult> {
  const record = await getActionRecord(ctx, req.actionRef);
  const status = req.status === null ? null : statusFromWord(req.status);
  if (req.status !== null && status === null) {
    throw new AppError(
      `"${req.status}" is not a status. Use done, in progress, blocked or open (or completed, ongoing, delayed, reopen…).`,
      'invalid',
    );
  }
  const note = req.note?.trim() ? req.note.trim() : null;
  if (status === null && note === null)
    throw new AppError('Say a status or add a note: nothing to record.', 'invalid');
  if (record.status === 'cancelled') {
    throw new AppError(
      `${formatActionRef(record.id)} was cancelled; ask the secretariat if it should be reopened.`,
      'invalid',
    );
  }
  const decision = mayChangeAction(
    req.actor,
    record.owners.map((o) => o.id),
    record.committeeId,
  );
  if (!decision.allowed)
    throw refuse(
      decision.reason,
      `update ${formatActionRef(record.id)}`,
      record.owners.map((o) => o.name),
    );
  const personId = req.actor.kind === 'chat' ? (req.actor.person?.id ?? null) : null;
  const recorded = await ctx.store.actions.recordUpdate(
    {
      actionId: record.id,
      atUtc: utcNow(ctx.clock),
      personId,
      by: actorLabel(req.actor),
      status,
      note,
      source: req.source,
      sourceRef: req.sourceRef ?? null,
    },
    auditActor(req.actor),
  );
  return {
    action: actionView(recorded.action, ctx.timezone),
    previousStatus: record.status,
    statusChanged: !recorded.duplicate && recorded.update.statusChanged,
    duplicate: recorded.duplicate,
  };
}

export interface ActionFields {
  text?: string | undefined;
  owners?: string[] | undefined;
  /** YYYY-MM-DD, or null to clear (then due by the next meeting) */
  due?: string | null | undefined;
  item?: string | null | undefined;
  /** the date of the meeting the action came from */
  meeting?: string | null | undefined;
}

async function resolveFields(ctx: AppContext, fields: ActionFields, committeeId: string) {
  const ownerIds = fields.owners
    ? await Promise.all(fields.owners.map(async (o) => (await findOrganisation(ctx, o)).id))
    : undefined;
  if (ownerIds && ownerIds.length === 0)
    throw new AppError('An action needs at least one owner organisation.', 'invalid');
  if (fields.due) checkDate(fields.due, 'due date');
  let meetingId: number | null | undefined;
  if (fields.meeting === null) meetingId = null;
  else if (fields.meeting !== undefined) {
    checkDate(fields.meeting, 'meeting date');
    const meeting = await ctx.store.meetings.findByDate(committeeId, fields.meeting);
    if (!meeting)
      throw new AppError(`No meeting on ${fields.meeting}. See \`idmg meetings list\`.`, 'not_found');
    meetingId = meeting.id;
  }
  if (fields.text !== undefined && fields.text.trim() === '')
    throw new AppError('An action needs some text.', 'invalid');
  return { ownerIds: ownerIds ? [...new Set(ownerIds)] : undefined, meetingId };
}

function checkDate(value: string, what: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    throw new AppError(`The ${what} "${value}" is not a date like 2012-10-31.`, 'invalid');
  }
}

/** What the parser missed, added by hand. */
export async function addAction(
  ctx: AppContext,
  fields: ActionFields & { text: string; owners: string[]; committee?: string | undefined },
  actor: Actor,
) {
  const committeeId = (await getCommittee(ctx, fields.committee ?? defaultCommitteeId(ctx))).id;
  const decision = mayAdminister(actor, committeeId);
  if (!decision.allowed) throw refuse(decision.reason, 'add actions');
  const { ownerIds, meetingId } = await resolveFields(ctx, fields, committeeId);
  const record = await ctx.store.actions.add(
    {
      committeeId,
      text: fields.text.replace(/\s+/g, ' ').trim(),
      ownerIds: ownerIds ?? [],
      item: fields.item ?? null,
      dueDate: fields.due ?? null,
      meetingId: meetingId ?? null,
    },
    auditActor(actor),
    utcNow(ctx.clock),
  );
  return actionView(record, ctx.timezone);
}

/** What the parser got wrong, fixed by hand: text, owners (reassign), due date, item, meeting. */
export async function editAction(ctx: AppContext, ref: string, fields: ActionFields, actor: Actor) {
  const record = await getActionRecord(ctx, ref);
  const decision = mayAdminister(actor, record.committeeId);
  if (!decision.allowed) throw refuse(decision.reason, 'edit actions');
  const { ownerIds, meetingId } = await resolveFields(ctx, fields, record.committeeId);
  const changes = {
    ...(fields.text !== undefined ? { text: fields.text.replace(/\s+/g, ' ').trim() } : {}),
    ...(ownerIds ? { ownerIds } : {}),
    ...(fields.due !== undefined ? { dueDate: fields.due } : {}),
    ...(fields.item !== undefined ? { item: fields.item } : {}),
    ...(meetingId !== undefined ? { meetingId } : {}),
  };
  if (Object.keys(changes).length === 0)
    throw new AppError('Nothing to change: give --text, --owner, --due, --item or --meeting.', 'invalid');
  const updated = await ctx.store.actions.edit(record.id, changes, auditActor(actor), utcNow(ctx.clock));
  return actionView(updated, ctx.timezone);
}

/** Withdraws an action (kept with its history, shown under --status all). */
export async function cancelAction(ctx: AppContext, ref: string, reason: string | null, actor: Actor) {
  const record = await getActionRecord(ctx, ref);
  const decision = mayAdminister(actor, record.committeeId);
  if (!decision.allowed) throw refuse(decision.reason, 'cancel actions');
  if (record.status === 'cancelled') return actionView(record, ctx.timezone);
  const recorded = await ctx.store.actions.recordUpdate(
    {
      actionId: record.id,
      atUtc: utcNow(ctx.clock),
      personId: actor.kind === 'chat' ? (actor.person?.id ?? null) : null,
      by: actorLabel(actor),
      status: 'cancelled',
      note: reason?.trim() || 'Cancelled',
      source: actor.kind === 'chat' ? actor.platform : 'cli',
      sourceRef: null,
    },
    auditActor(actor),
  );
  return actionView(recorded.action, ctx.timezone);
}
