import { formatActionRef } from '../domain/action.js';
import type { Actor } from '../domain/permissions.js';
import { readReply } from '../domain/status-words.js';
import type { Platform } from '../store/types.js';
import { recordUpdate, type UpdateResult } from './actions.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { roundOfOccasion, type SubmissionOutcome, submitToRound } from './rounds.js';

/** Messages the bot sends about actions: replies in their threads are status updates. */
export const ACTION_MESSAGE_KINDS = ['action_list', 'reminder', 'digest'];

export interface IncomingReply {
  platform: Platform;
  actor: Actor;
  text: string;
  /** the conversation (Slack channel id, Teams conversation id without ;messageid=) */
  conversation: string;
  /** the message the reply hangs from (Slack thread_ts, Teams root message id); null when not in a thread */
  threadRef: string | null;
  /** a one-to-one chat with the bot */
  direct: boolean;
  /** the event or message it came from: a redelivery is recorded once */
  sourceRef: string;
  /** the message's own identity (platform:conversation:id), so an edit finds what it changed */
  messageRef?: string;
}

export type ReplyOutcome =
  | { kind: 'ignored' }
  | { kind: 'recorded'; result: UpdateResult }
  | { kind: 'ask_which'; actionIds: string[] }
  | { kind: 'refused'; message: string }
  | { kind: 'submission'; outcome: SubmissionOutcome };

/**
 * Reads a reply to the bot as a status update: in the thread of a message about actions, in a
 * direct message after a reminder, or anywhere when it starts with an action id and a status word.
 */
export async function handleReply(ctx: AppContext, reply: IncomingReply): Promise<ReplyOutcome> {
  const read = readReply(reply.text);
  const parent = reply.threadRef
    ? await ctx.store.outbox.findSent(reply.platform, reply.conversation, reply.threadRef)
    : reply.direct
      ? await ctx.store.outbox.latestSent(reply.platform, reply.conversation, ['reminder'])
      : null;
  const round = parent?.kind === 'round' ? roundOfOccasion(parent.occasion ?? null) : null;
  if (round && reply.text.trim()) {
    // A reply in a quarterly round's thread is that department's submission.
    const outcome = await submitToRound(ctx, {
      committeeId: round.committeeId,
      period: round.period,
      actor: reply.actor,
      platform: reply.platform,
      messageRef: reply.messageRef ?? reply.sourceRef,
      text: reply.text,
    });
    return { kind: 'submission', outcome };
  }
  const candidates = parent && ACTION_MESSAGE_KINDS.includes(parent.kind) ? parent.actionIds : [];

  let actionId: number | null = null;
  if (read.actionNumber !== null) {
    // Outside a thread about actions, only "A3 done …" (an id and a status) is taken as an update.
    if (candidates.length === 0 && read.status === null) return { kind: 'ignored' };
    actionId = read.actionNumber;
  } else if (candidates.length === 1) {
    actionId = candidates[0] ?? null;
  } else if (candidates.length > 1) {
    const mine = await actionsActorMayChange(ctx, reply.actor, candidates);
    if (mine.length !== 1)
      return { kind: 'ask_which', actionIds: (mine.length ? mine : candidates).map(formatActionRef) };
    actionId = mine[0] ?? null;
  }
  if (actionId === null) return { kind: 'ignored' };
  if (read.status === null && read.note === null) return { kind: 'ignored' };
  try {
    const result = await recordUpdate(ctx, {
      actionRef: formatActionRef(actionId),
      status: read.status,
      note: read.note,
      actor: reply.actor,
      source: reply.platform,
      sourceRef: reply.sourceRef,
    });
    return { kind: 'recorded', result };
  } catch (error) {
    if (error instanceof AppError) return { kind: 'refused', message: error.message };
    throw error;
  }
}

async function actionsActorMayChange(ctx: AppContext, actor: Actor, ids: number[]): Promise<number[]> {
  if (actor.kind !== 'chat' || !actor.person) return [];
  const orgId = actor.person.organisationId;
  const roles = actor.person.roles;
  const out: number[] = [];
  for (const id of ids) {
    const action = await ctx.store.actions.get(id);
    if (!action || action.status === 'cancelled') continue;
    // The committee's secretariat may change any of its actions: still ambiguous for them.
    const role = roles[action.committeeId];
    if ((role && role !== 'member') || action.owners.some((o) => o.id === orgId)) out.push(id);
  }
  return out;
}
