import type { ChatView } from '../chat/views.js';
import { heldBefore } from '../domain/meeting.js';
import type { OutboxMessage } from '../store/types.js';
import { listActions } from './actions.js';
import type { AppContext } from './context.js';
import { meetingView } from './views.js';

/**
 * What a reminder records in place of its list: the words around it and which actions it is about
 * (the message's own `actionIds`). A run before a meeting writes thousands of messages, each
 * listing its organisation's actions; recording a reference keeps planning to a read of ids per
 * owner, and the list is read when the message is sent, showing each action as it stands then.
 */
export interface ReminderViewRef {
  kind: 'reminder_ref';
  heading: string;
  intro: string;
  /** the organisation reminded: the list's one group and its filter */
  organisation: string;
  /** the meeting reminded of: actions agreed before a meeting held since are "carried over" */
  meetingId: number | null;
  /** when it was planned (UTC ISO): the meetings held by then are the ones carried over from */
  plannedAtUtc: string;
  today: string;
}

/** The digest for the chair and secretariat, recorded the same way: its actions are the message's. */
export interface DigestViewRef {
  kind: 'digest_ref';
  heading: string;
  meetingId: number;
  silentOwners: string[];
  unreachable: string[];
  /** the reminders' occasion: those that failed by the time the digest is sent are listed */
  occasion: string;
  today: string;
}

export type ViewRef = ReminderViewRef | DigestViewRef;

function isRef(view: unknown): view is ViewRef {
  const kind = (view as { kind?: unknown } | null)?.kind;
  return kind === 'reminder_ref' || kind === 'digest_ref';
}

/** A cache key for messages that show the same view (one organisation's people, one occasion). */
export function refKey(message: OutboxMessage): string | null {
  return isRef(message.view) ? `${JSON.stringify(message.view)}|${message.actionIds.join(',')}` : null;
}

/**
 * The view a message shows: a recorded view as it is, a reference read from the store now. An
 * action removed since (a corrected import) is left out; one completed since shows as done.
 */
export async function resolveView(ctx: AppContext, message: OutboxMessage): Promise<unknown> {
  const ref = message.view;
  if (!isRef(ref)) return ref;
  const actions = await listActions(ctx, {
    ids: message.actionIds,
    status: 'all',
    // Every view shows an action's latest update only.
    history: 'latest',
  });
  if (ref.kind === 'digest_ref') {
    const meeting = await ctx.store.meetings.get(ref.meetingId);
    const failures = (await ctx.store.outbox.byOccasion(ref.occasion))
      .filter((o) => o.status === 'failed' && o.kind === 'reminder')
      .map((f) => `${f.platform} ${f.recipient}: ${f.error ?? 'failed'}`);
    if (!meeting) return { kind: 'notice', text: ref.heading, tone: 'info' } satisfies ChatView;
    return {
      kind: 'digest',
      heading: ref.heading,
      meeting: meetingView(meeting),
      actions,
      silentOwners: ref.silentOwners,
      unreachable: ref.unreachable,
      failures,
      today: ref.today,
    } satisfies ChatView;
  }
  return {
    kind: 'action_list',
    heading: ref.heading,
    intro: ref.intro,
    groups: [{ owner: ref.organisation, actions }],
    empty: null,
    filter: ref.organisation,
    carriedOver: await carriedOver(ctx, ref, actions),
    today: ref.today,
  } satisfies ChatView;
}

/**
 * Actions still open after a later meeting was held are carried over to this one: each with the
 * first meeting held after the one that gave it.
 */
async function carriedOver(
  ctx: AppContext,
  ref: ReminderViewRef,
  actions: { id: string; meeting: string | null }[],
): Promise<Record<string, string>> {
  if (ref.meetingId === null) return {};
  const next = await ctx.store.meetings.get(ref.meetingId);
  if (!next) return {};
  const held = heldBefore(
    await ctx.store.meetings.list(next.committeeId),
    next.date,
    Date.parse(ref.plannedAtUtc),
  );
  const out: Record<string, string> = {};
  for (const a of actions) {
    const agreed = a.meeting;
    const missed = agreed === null ? undefined : held.find((d) => d > agreed);
    if (missed) out[a.id] = missed;
  }
  return out;
}
