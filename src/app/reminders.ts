import { DateTime } from 'luxon';
import { dueByMeeting, onUpdatePaper, parseActionRef } from '../domain/action.js';
import { type Committee, committeeLabel } from '../domain/committee.js';
import { sortedIds } from '../domain/ids.js';
import { heldBefore, meetingStart } from '../domain/meeting.js';
import { dueStep, type ReminderPolicy, sendTime } from '../domain/reminder-policy.js';
import { roleOwnerOf } from '../domain/roles.js';
import type { HolidayCalendar } from '../domain/working-days.js';
import { wallClockMillis } from '../domain/zone-offset.js';
import type { Meeting, Member, NewOutboxMessage, Organisation, OwnedActionIds } from '../store/types.js';
import { listActions } from './actions.js';
import { listCommittees } from './committees.js';
import type { AppContext } from './context.js';
import type { Delivery, FlushResult } from './delivery.js';
import { type Recipient, reachEach } from './recipients.js';
import type { DigestViewRef, ReminderViewRef } from './reminder-views.js';
import { nextTurn, turnEvery } from './turns.js';

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
  /** its outstanding actions' ids, by owner */
  owned: OwnedActionIds[];
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
  // Only what is outstanding, and of it only ids by owner: a reminder records which actions it is
  // about and reads them when it is sent (reminder-views.ts), so planning never reads the actions.
  const occasions: Occasion[] = [];
  if (next && due.meeting) {
    occasions.push({
      key: `meeting:${next.id}`,
      date: next.date,
      startsMs: meetingStart(next).toMillis(),
      title: `the ${label} meeting on ${day(next.date)}`,
      // chasedForMeeting: agreed before it, and not due later on a date of its own.
      owned: await ctx.store.actions.openIdsByOwner({
        committeeId: committee.id,
        agreedBefore: next.date,
        dueBy: today,
      }),
      meeting: next,
    });
  }
  // Actions by their own due date, those whose reminder step is due: a date at a time, each read
  // through the index of open actions by due date.
  for (const date of [...due.dueDates].sort()) {
    occasions.push({
      key: `due:${committee.id}:${date}`,
      date,
      startsMs: wallClockMillis(date, 0, 0, policy.zone),
      title: multiple ? `the due date, ${day(date)} (${label})` : `the due date, ${day(date)}`,
      owned: await ctx.store.actions.openIdsByOwner({ committeeId: committee.id, dueOn: date }),
      meeting: null,
    });
  }

  // The committee's own members: a department's people on another body hear nothing of this one.
  const people = await ctx.store.people.members(committee.id);
  const orgsById = new Map((await ctx.store.organisations.list()).map((o) => [o.id, o]));
  const messages: PlannedMessage[] = [];
  const unreachable = new Set<string>();
  // An organisation's people and channels, found once for every occasion that reminds it.
  const peopleByOrg = new Map<number, Member[]>();
  for (const p of people) {
    if (p.organisationId === null) continue;
    const list = peopleByOrg.get(p.organisationId);
    if (list) list.push(p);
    else peopleByOrg.set(p.organisationId, [p]);
  }
  const reach = await reachEach(ctx, people);
  // An owner named by its role ("Secretariat") reaches the people who hold it, each under a key of
  // its own: the same person's reminder for their department's actions is another message.
  // Each organisation's recipients worked out once, for every occasion that reminds it; `tail` ends
  // each one's dedupe key.
  const recipients = new Map<number, { r: Recipient; tail: string }[]>();
  const recipientsOf = (org: Organisation): { r: Recipient; tail: string }[] => {
    const known = recipients.get(org.id);
    if (known) return known;
    const role = roleOwnerOf(org.name);
    const holders = role === null ? [] : people.filter((p) => p.role === role);
    const tail = (r: Recipient, key: string) => ({ r, tail: `${r.platform}:${r.recipient}${key}` });
    const found = [
      ...(peopleByOrg.get(org.id) ?? []).flatMap((p) => reach.get(p.id) ?? []).map((r) => tail(r, '')),
      ...orgChannels(org).map((r) => tail(r, '')),
      ...holders.flatMap((p) => reach.get(p.id) ?? []).map((r) => tail(r, `:as:${role}`)),
    ];
    recipients.set(org.id, found);
    return found;
  };
  const plannedAtUtc = now.toUTC().toISO() as string;
  for (const occasion of occasions) {
    const due = dueStep(occasion.date, occasion.startsMs, now, policy, holidays);
    if (!due) continue;
    const expiresAtUtc = new Date(occasion.startsMs).toISOString();
    const workingDays = due.step === 1 ? '1 working day' : `${due.step} working days`;
    // Each key is this and a recipient's tail: one string joined a message, not five.
    const keyPrefix = `reminder:${occasion.key}:${due.step}:`;
    for (const { org, actionIds } of byOrganisation(occasion.owned, orgsById)) {
      const reached = recipientsOf(org);
      if (reached.length === 0) unreachable.add(org.name);
      const view: ReminderViewRef = {
        kind: 'reminder_ref',
        heading: `Reminder: ${workingDays} to ${occasion.title}`,
        intro: `${org.name} has ${actionIds.length} open ${actionIds.length === 1 ? 'action' : 'actions'}. Reply in this ${'thread'} with "done", "in progress" or "blocked" and a note (or "A3 done …"), or use the buttons.`,
        organisation: org.name,
        meetingId: occasion.meeting?.id ?? null,
        plannedAtUtc,
        today,
      };
      for (const { r, tail } of reached) {
        messages.push({
          dedupeKey: keyPrefix + tail,
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
      const held = heldBefore(meetings, m.date, now.toMillis());
      messages.push(
        ...(await digestMessages(ctx, m, meetingOccasion, {
          unreachable: [...unreachable],
          people,
          reach,
          remindersBegan: sendTime(m.date, Math.max(...policy.days), policy, holidays),
          orgsById,
          previousMeeting: held.at(-1) ?? null,
          today,
        })),
      );
    }
  }
  return { messages, unreachable: [...unreachable], stamps };
}

/** An occasion's owners that are organisations, in name order, with their actions' ids. */
function byOrganisation(
  owned: OwnedActionIds[],
  orgsById: Map<number, Organisation>,
): { org: Organisation; actionIds: number[] }[] {
  return owned
    .flatMap((o) => {
      const org = o.organisationId === null ? undefined : orgsById.get(o.organisationId);
      return org ? [{ org, actionIds: o.actionIds }] : [];
    })
    .sort((a, b) => a.org.name.localeCompare(b.org.name));
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
  o: {
    unreachable: string[];
    people: Member[];
    reach: Map<number, Recipient[]>;
    remindersBegan: DateTime;
    orgsById: Map<number, Organisation>;
    previousMeeting: string | null;
    today: string;
  },
): Promise<PlannedMessage[]> {
  // Where every action due by this meeting stands: the outstanding ones, and those completed since
  // the meeting before it (older completed work is in the export, as on the update paper).
  // The reminders' own (no due date, or due by today) and those due between today and the meeting:
  // the second a read of the due-date index, not of every open action again.
  const later = await ctx.store.actions.openIdsByOwner({
    committeeId: m.committeeId,
    agreedBefore: m.date,
    dueAfter: o.today,
    dueBy: m.date,
  });
  const done = await listActions(ctx, {
    status: 'done',
    committees: [m.committeeId],
    ...(o.previousMeeting
      ? {
          updatedSinceUtc: DateTime.fromISO(o.previousMeeting, { zone: ctx.timezone })
            .toUTC()
            .toISO() as string,
        }
      : {}),
  });
  const completed = done
    .filter((a) => onUpdatePaper(a, m.date, o.previousMeeting) && dueByMeeting(a, m.date))
    .map((a) => parseActionRef(a.id) ?? 0);
  const actionIds = distinctIds([...occasion.owned, ...later].map((g) => g.actionIds).concat([completed]));
  // Owners none of whose actions has had an update since the reminders began.
  const updated = await ctx.store.actions.updatedSince(o.remindersBegan.toUTC().toISO() as string);
  const silent = occasion.owned
    .filter((g) => g.actionIds.every((id) => !updated.has(id)))
    .map(
      (g) => (g.organisationId === null ? undefined : o.orgsById.get(g.organisationId)?.name) ?? '(no owner)',
    )
    .sort((a, b) => a.localeCompare(b));
  const view: DigestViewRef = {
    kind: 'digest_ref',
    heading: `Before ${occasion.title}: where every action stands`,
    meetingId: m.id,
    silentOwners: silent,
    unreachable: o.unreachable,
    occasion: occasion.key,
    today: o.today,
  };
  const out: PlannedMessage[] = [];
  for (const p of o.people.filter((x) => x.role === 'chair' || x.role === 'secretariat')) {
    for (const r of o.reach.get(p.id) ?? []) {
      out.push({
        dedupeKey: `digest:${occasion.key}:${r.platform}:${r.recipient}`,
        platform: r.platform,
        recipient: r.recipient,
        threadRef: null,
        kind: 'digest',
        view,
        actionIds,
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

/** Every id of these lists once, in number order: an action with two owners is in two lists. */
function distinctIds(lists: number[][]): number[] {
  const all = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) for (const id of list) all[at++] = id;
  return sortedIds(all, { distinct: true });
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
