import { DateTime } from 'luxon';
import type { ChatView } from '../chat/views.js';
import { groupByOwner } from '../chat/views.js';
import {
  type Action,
  chasedForMeeting,
  dueByMeeting,
  onUpdatePaper,
  parseActionRef,
} from '../domain/action.js';
import { type Committee, committeeLabel } from '../domain/committee.js';
import { meetingStart } from '../domain/meeting.js';
import { dueStep, type ReminderPolicy, sendTime } from '../domain/reminder-policy.js';
import { roleOwnerOf } from '../domain/roles.js';
import type { HolidayCalendar } from '../domain/working-days.js';
import { wallClockMillis } from '../domain/zone-offset.js';
import type { Meeting, NewOutboxMessage, Organisation, Person } from '../store/types.js';
import { listActions } from './actions.js';
import { listCommittees } from './committees.js';
import type { AppContext } from './context.js';
import type { Delivery, FlushResult } from './delivery.js';
import { type Recipient, reachEach } from './recipients.js';
import { nextTurn, turnEvery } from './turns.js';
import { meetingView } from './views.js';

export interface PlannedMessage extends NewOutboxMessage {
  /** who it is for, for `idmg reminders --dry-run` */
  to: string;
  step: number | 'digest';
  /** the committee it is for */
  committee: string;
}

export interface Plan {
  messages: PlannedMessage[];
  /** organisations with open actions due and nobody reachable */
  unreachable: string[];
  /** per committee planned: what its plan was made from (see PlanMemo) */
  stamps: Map<string, string>;
}

/**
 * What the scheduler remembers between its minute ticks: per committee, what its last recorded plan
 * was made from (the steps due, today's date, and the record's change stamp) and when. From the
 * first reminder of a meeting until it starts every tick finds a step due, and a plan reads every
 * open action only to find each message recorded already; with nothing changed it is skipped. A
 * change that the stamp could miss (a transaction committed out of id order on PostgreSQL) waits
 * at most REPLAN_MS.
 */
export type PlanMemo = Map<string, { stamp: string; atMs: number }>;
const REPLAN_MS = 10 * 60_000;

const day = (iso: string) => DateTime.fromISO(iso).toFormat('cccc d LLLL yyyy');

function orgChannels(org: Organisation): Recipient[] {
  return [
    ...(org.slackChannel
      ? [{ platform: 'slack' as const, recipient: org.slackChannel, to: `${org.name} channel (Slack)` }]
      : []),
    ...(org.teamsChannel
      ? [{ platform: 'teams' as const, recipient: org.teamsChannel, to: `${org.name} channel (Teams)` }]
      : []),
  ];
}

interface Occasion {
  key: string;
  date: string;
  /** when the occasion begins (epoch ms): its reminders expire then */
  startsMs: number;
  title: string;
  actions: Action[];
  carriedOver: Record<string, string>;
  meeting: Meeting | null;
}

/**
 * What is due at `now`: for the next meeting, and for each explicit due date, the latest reminder
 * step whose time has come — one message per person listing all of their organisation's open
 * actions — and, on the working day before the meeting, the digest for the chair and secretariat.
 * Pure of side effects: it reads the store and returns messages; runDue records and sends them.
 */
export async function planReminders(
  ctx: AppContext,
  now: DateTime,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
  memo?: PlanMemo,
): Promise<Plan> {
  const messages: PlannedMessage[] = [];
  const unreachable: string[] = [];
  const stamps = new Map<string, string>();
  const changes = memo ? await ctx.store.changes() : '';
  // Each committee on its own: its actions before its own next meeting, to its own members.
  const committees = await listCommittees(ctx);
  for (const committee of committees) {
    const plan = await planCommittee(ctx, committee, now, policy, holidays, committees.length > 1, {
      memo,
      changes,
    });
    messages.push(...plan.messages);
    for (const org of plan.unreachable) if (!unreachable.includes(org)) unreachable.push(org);
    for (const [id, stamp] of plan.stamps) stamps.set(id, stamp);
  }
  return { messages, unreachable, stamps };
}

async function planCommittee(
  ctx: AppContext,
  committee: Committee,
  now: DateTime,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
  multiple: boolean,
  remembered: { memo: PlanMemo | undefined; changes: string },
): Promise<Plan> {
  const label = committeeLabel(committee);
  const meetings = await ctx.store.meetings.list(committee.id);
  const next = meetings
    .filter((m) => m.status === 'scheduled' && meetingStart(m) > now)
    .sort((a, b) => meetingStart(a).toMillis() - meetingStart(b).toMillis())[0];
  const today = now.setZone(policy.zone).toISODate() as string;
  // Most ticks nothing is due: that is settled from dates alone, before any action is read.
  const due = await stepsDue(ctx, committee.id, next, now, today, policy, holidays);
  if (due.labels.length === 0) return { messages: [], unreachable: [], stamps: new Map() };
  const stamp = `${today}|${due.labels.join(',')}|${remembered.changes}`;
  const last = remembered.memo?.get(committee.id);
  if (last && last.stamp === stamp && now.toMillis() - last.atMs < REPLAN_MS)
    return { messages: [], unreachable: [], stamps: new Map() };
  const stamps = new Map([[committee.id, stamp]]);
  await nextTurn();
  // Only what is outstanding: done and cancelled work is never reminded (the digest reads its own).
  // A reminder shows each action's latest update, and the digest asks only whether an owner has
  // reported since the reminders began, which the latest update answers: the rest of the history
  // is not read (nor copied into every reminder's recorded view). Unless the meeting's reminders
  // are due, only the actions whose own due dates are: most days a few, not every open action.
  const open = await listActions(ctx, {
    status: 'open',
    committees: [committee.id],
    history: 'latest',
    ...(due.meeting ? {} : { dueDates: due.dueDates }),
  });
  await nextTurn();
  const held = meetings
    .filter((m) => m.status !== 'cancelled' && meetingStart(m) <= now)
    .map((m) => m.date)
    .sort();

  const occasions: Occasion[] = [];
  if (next && due.meeting) {
    const forMeeting = open.filter((a) => chasedForMeeting(a, next.date, today));
    // Still open after a later meeting has been held: carried over to this one.
    const carriedOver: Record<string, string> = {};
    for (const a of forMeeting) {
      // The first meeting held after the one that gave the action (held is in date order).
      const agreed = a.meeting;
      const missed = agreed === null ? undefined : held.find((d) => d > agreed && d < next.date);
      if (missed) carriedOver[a.id] = missed;
    }
    occasions.push({
      key: `meeting:${next.id}`,
      date: next.date,
      startsMs: meetingStart(next).toMillis(),
      title: `the ${label} meeting on ${day(next.date)}`,
      actions: forMeeting,
      carriedOver,
      meeting: next,
    });
  }
  // Actions by their own due date, in one pass (a filter per date costs dates × actions).
  const byDue = new Map<string, Action[]>();
  for (const a of open) {
    if (a.due === null || a.due <= today) continue;
    const list = byDue.get(a.due);
    if (list) list.push(a);
    else byDue.set(a.due, [a]);
  }
  for (const [due, actions] of byDue) {
    occasions.push({
      key: `due:${committee.id}:${due}`,
      date: due,
      startsMs: wallClockMillis(due, 0, 0, policy.zone),
      title: multiple ? `the due date, ${day(due)} (${label})` : `the due date, ${day(due)}`,
      actions,
      carriedOver: {},
      meeting: null,
    });
  }

  // The committee's own members: a department's people on another body hear nothing of this one.
  const people = await ctx.store.people.list(committee.id);
  const orgsByName = new Map((await ctx.store.organisations.list()).map((o) => [o.name, o]));
  const messages: PlannedMessage[] = [];
  const unreachable = new Set<string>();
  // An organisation's people and channels, found once for every occasion that reminds it.
  const peopleByOrg = new Map<number, Person[]>();
  for (const p of people) {
    if (p.organisationId === null) continue;
    const list = peopleByOrg.get(p.organisationId);
    if (list) list.push(p);
    else peopleByOrg.set(p.organisationId, [p]);
  }
  const reach = await reachEach(ctx, people);
  // An owner named by its role ("Secretariat") reaches the people who hold it, each under a key of
  // its own: the same person's reminder for their department's actions is another message.
  const recipientsOf = (org: Organisation): { r: Recipient; key: string }[] => {
    const role = roleOwnerOf(org.name);
    const holders = role === null ? [] : people.filter((p) => p.role === role);
    return [
      ...(peopleByOrg.get(org.id) ?? []).flatMap((p) => reach.get(p.id) ?? []).map((r) => ({ r, key: '' })),
      ...orgChannels(org).map((r) => ({ r, key: '' })),
      ...holders.flatMap((p) => reach.get(p.id) ?? []).map((r) => ({ r, key: `:as:${role}` })),
    ];
  };
  const turn = turnEvery(50);
  for (const occasion of occasions) {
    const due = dueStep(occasion.date, occasion.startsMs, now, policy, holidays);
    if (!due || occasion.actions.length === 0) continue;
    const expiresAtUtc = new Date(occasion.startsMs).toISOString();
    for (const group of groupByOwner(occasion.actions)) {
      await turn();
      const org = orgsByName.get(group.owner);
      if (!org) continue;
      const recipients = recipientsOf(org);
      if (recipients.length === 0) unreachable.add(org.name);
      const workingDays = due.step === 1 ? '1 working day' : `${due.step} working days`;
      const view: ChatView = {
        kind: 'action_list',
        heading: `Reminder: ${workingDays} to ${occasion.title}`,
        intro: `${org.name} has ${group.actions.length} open ${group.actions.length === 1 ? 'action' : 'actions'}. Reply in this ${'thread'} with "done", "in progress" or "blocked" and a note (or "A3 done …"), or use the buttons.`,
        groups: [group],
        empty: null,
        filter: org.name,
        carriedOver: occasion.carriedOver,
        today,
      };
      const actionIds = group.actions.map((a) => parseActionRef(a.id) ?? 0);
      for (const { r, key } of recipients) {
        messages.push({
          dedupeKey: `reminder:${occasion.key}:${due.step}:${r.platform}:${r.recipient}${key}`,
          platform: r.platform,
          recipient: r.recipient,
          threadRef: null,
          kind: 'reminder',
          view,
          actionIds,
          expiresAtUtc,
          occasion: occasion.key,
          to: r.to,
          step: due.step,
          committee: committee.id,
        });
      }
    }
  }

  const meetingOccasion = occasions.find((o) => o.meeting);
  if (meetingOccasion?.meeting) {
    const m = meetingOccasion.meeting;
    const digestAt = sendTime(m.date, 1, policy, holidays);
    if (now >= digestAt && now.toMillis() < meetingOccasion.startsMs) {
      messages.push(
        ...(await digestMessages(
          ctx,
          m,
          meetingOccasion,
          [...unreachable],
          people,
          reach,
          sendTime(m.date, Math.max(...policy.days), policy, holidays),
          open,
          held.filter((d) => d < m.date).at(-1) ?? null,
          today,
        )),
      );
    }
  }
  return { messages, unreachable: [...unreachable], stamps };
}

interface StepsDue {
  /** each step or digest due, e.g. meeting:12:5, digest:12, due:2012-10-01:1 */
  labels: string[];
  /** the next meeting's reminder step or its digest is due */
  meeting: boolean;
  /** the due dates whose reminder step is due */
  dueDates: string[];
}

/**
 * The reminder steps and digest that fall at `now` (the next meeting's, and those of open actions'
 * own due dates), read from dates alone: none on most ticks.
 */
async function stepsDue(
  ctx: AppContext,
  committeeId: string,
  next: Meeting | undefined,
  now: DateTime,
  today: string,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
): Promise<StepsDue> {
  const labels: string[] = [];
  const dueDates: string[] = [];
  if (next) {
    const start = meetingStart(next);
    const step = dueStep(next.date, start, now, policy, holidays);
    if (step) labels.push(`meeting:${next.id}:${step.step}`);
    if (now >= sendTime(next.date, 1, policy, holidays) && now < start) labels.push(`digest:${next.id}`);
  }
  const meeting = labels.length > 0;
  for (const date of await ctx.store.actions.openDueDates(committeeId)) {
    if (date <= today) continue;
    const step = dueStep(date, wallClockMillis(date, 0, 0, policy.zone), now, policy, holidays);
    if (!step) continue;
    labels.push(`due:${date}:${step.step}`);
    dueDates.push(date);
  }
  return { labels, meeting, dueDates };
}

async function digestMessages(
  ctx: AppContext,
  m: Meeting,
  occasion: Occasion,
  unreachable: string[],
  people: Person[],
  reach: Map<number, Recipient[]>,
  remindersBegan: DateTime,
  open: Action[],
  previousMeeting: string | null,
  today: string,
): Promise<PlannedMessage[]> {
  // Where every action due by this meeting stands: the outstanding ones, and those completed since
  // the meeting before it (older completed work is in the export, as on the update paper).
  const done = await listActions(ctx, {
    status: 'done',
    committees: [m.committeeId],
    ...(previousMeeting
      ? {
          updatedSinceUtc: DateTime.fromISO(previousMeeting, { zone: ctx.timezone })
            .toUTC()
            .toISO() as string,
        }
      : {}),
  });
  const all = [...open, ...done.filter((a) => onUpdatePaper(a, m.date, previousMeeting))]
    .filter((a) => dueByMeeting(a, m.date))
    // By number: each id parsed once, not twice a comparison (9,000 actions make 120,000 of them).
    .map((a) => ({ a, n: parseActionRef(a.id) ?? 0 }))
    .sort((x, y) => x.n - y.n)
    .map(({ a }) => a);
  const since = remindersBegan.toUTC().toMillis();
  const silent = groupByOwner(occasion.actions)
    .filter((g) => g.actions.every((a) => !a.updates.some((u) => Date.parse(u.at) >= since)))
    .map((g) => g.owner);
  const failed = (await ctx.store.outbox.byOccasion(occasion.key)).filter(
    (o) => o.status === 'failed' && o.kind === 'reminder',
  );
  const failures = failed.map((f) => `${f.platform} ${f.recipient}: ${f.error ?? 'failed'}`);
  const view: ChatView = {
    kind: 'digest',
    heading: `Before ${occasion.title}: where every action stands`,
    meeting: meetingView(m),
    actions: all,
    silentOwners: silent,
    unreachable,
    failures,
    today,
  };
  const out: PlannedMessage[] = [];
  for (const p of people.filter((x) => x.role === 'chair' || x.role === 'secretariat')) {
    for (const r of reach.get(p.id) ?? []) {
      out.push({
        dedupeKey: `digest:${occasion.key}:${r.platform}:${r.recipient}`,
        platform: r.platform,
        recipient: r.recipient,
        threadRef: null,
        kind: 'digest',
        view,
        actionIds: all.map((a) => parseActionRef(a.id) ?? 0),
        expiresAtUtc: new Date(occasion.startsMs).toISOString(),
        occasion: occasion.key,
        to: r.to,
        step: 'digest',
        committee: m.committeeId,
      });
    }
  }
  return out;
}

export interface RunResult {
  /** messages planned at `now` that had not been recorded before */
  recorded: PlannedMessage[];
  /** planned but already recorded by an earlier run (or another process) */
  alreadyRecorded: number;
  unreachable: string[];
  flushed: FlushResult;
}

/**
 * The scheduler's one entry point, also `idmg reminders --now T`: plan, record each message in the
 * outbox (its dedupe key makes a second run, a second process or a restart a no-op), send, and
 * retry whatever earlier sends left pending.
 */
export async function runDue(
  ctx: AppContext,
  delivery: Delivery,
  now: DateTime,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
  opts: { dryRun?: boolean; memo?: PlanMemo } = {},
): Promise<RunResult> {
  const plan = await planReminders(ctx, now, policy, holidays, opts.dryRun ? undefined : opts.memo);
  const existing = await ctx.store.outbox.existingKeys(plan.messages.map((m) => m.dedupeKey));
  const fresh = plan.messages.filter((m) => !existing.has(m.dedupeKey));
  if (opts.dryRun)
    return {
      recorded: fresh,
      alreadyRecorded: existing.size,
      unreachable: plan.unreachable,
      flushed: { sent: 0, retrying: 0, failed: 0 },
    };
  const turn = turnEvery(50);
  for (const { to: _to, step: _step, committee: _committee, ...message } of fresh) {
    await delivery.record(message);
    await turn();
  }
  // Remembered once recorded: a run that failed before this plans again at the next tick.
  for (const [committee, stamp] of plan.stamps) opts.memo?.set(committee, { stamp, atMs: now.toMillis() });
  const flushed = await delivery.flushDue();
  return { recorded: fresh, alreadyRecorded: existing.size, unreachable: plan.unreachable, flushed };
}
