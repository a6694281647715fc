import { DateTime } from 'luxon';
import { roundTitle } from '../chat/format.js';
import type { ChatView } from '../chat/views.js';
import { utcNow } from '../clock.js';
import type { Committee } from '../domain/committee.js';
import { type Actor, auditActor, mayAdminister } from '../domain/permissions.js';
import {
  parsePeriod,
  type Quarter,
  type QuarterScheme,
  quarterOf,
  roundSchedule,
} from '../domain/quarters.js';
import type { HolidayCalendar } from '../domain/working-days.js';
import type { NewOutboxMessage, Person, Round } from '../store/types.js';
import { getCommittee, labelled, listCommittees } from './committees.js';
import { type AppContext, defaultCommitteeId } from './context.js';
import type { Delivery } from './delivery.js';
import { AppError } from './errors.js';
import { reachPeople } from './recipients.js';
import { refuse } from './refusals.js';
import { buildReport, type RoundReport, reportHtml, reportMarkdown } from './round-report.js';

export interface RoundSettings {
  scheme: QuarterScheme;
  chaseDays: number;
  /** local time rounds open and chases go out */
  time: string;
  marking: string;
  /** where the committee talks: the Slack channel id and the Teams channel conversation id */
  slackChannel?: string | undefined;
  teamsChannel?: string | undefined;
}

export interface RoundStatus {
  committee: string;
  period: string;
  status: 'open' | 'closed';
  deadline: string;
  submitted: string[];
  missing: string[];
  /** replies held because the sender is mapped to no organisation */
  unassigned: number;
}

const local = (utc: string, zone: string) =>
  DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone).toISO({ suppressMilliseconds: true }) as string;

function quarterFor(ctx: AppContext, settings: RoundSettings, period: string | null | undefined): Quarter {
  if (period) {
    const q = parsePeriod(period, settings.scheme);
    if (!q) {
      throw new AppError(
        `"${period}" is not a period: use ${settings.scheme === 'calendar' ? '2012-Q3 (calendar quarters)' : 'FY2012-Q1 (financial quarters)'}.`,
        'invalid',
      );
    }
    return q;
  }
  return quarterOf(ctx.clock.now().setZone(ctx.timezone).toISODate() as string, settings.scheme);
}

/** The departments a round expects: the secretariat's list, or every organisation with a mapped person. */
async function expectedOrganisations(
  ctx: AppContext,
  round: Pick<Round, 'expected' | 'committeeId'>,
): Promise<{ id: number; name: string }[]> {
  const orgs = await ctx.store.organisations.list();
  if (round.expected) return orgs.filter((o) => round.expected?.includes(o.id));
  // The committee's own member organisations: the Board's round expects the Board's departments.
  const people = await ctx.store.people.list(round.committeeId);
  return orgs.filter((o) => people.some((p) => p.organisationId === o.id));
}

async function mustGetRound(
  ctx: AppContext,
  settings: RoundSettings,
  period: string | null | undefined,
  committeeId: string,
): Promise<Round> {
  const q = quarterFor(ctx, settings, period);
  const round = await ctx.store.rounds.get(committeeId, q.period);
  if (!round)
    throw new AppError(
      `No round for ${q.period} yet. The secretariat can open it with "round open ${q.period}".`,
      'not_found',
    );
  return round;
}

/** Where a committee talks: its channels (the default committee's from the environment when unset). */
function channels(
  committee: Committee,
  settings: RoundSettings,
  isDefault: boolean,
): { platform: 'slack' | 'teams'; recipient: string }[] {
  const slack = committee.slackChannel ?? (isDefault ? settings.slackChannel : undefined);
  const teams = committee.teamsChannel ?? (isDefault ? settings.teamsChannel : undefined);
  return [
    ...(slack ? [{ platform: 'slack' as const, recipient: slack }] : []),
    ...(teams ? [{ platform: 'teams' as const, recipient: teams }] : []),
  ];
}

const occasionOf = (round: Pick<Round, 'committeeId' | 'period'>) =>
  `round:${round.committeeId}:${round.period}`;

/** The round a thread's parent message belongs to (its occasion), or null. */
export function roundOfOccasion(occasion: string | null): { committeeId: string; period: string } | null {
  const m = /^round:([a-z0-9-]+):(.+)$/.exec(occasion ?? '');
  return m?.[1] && m[2] ? { committeeId: m[1], period: m[2] } : null;
}

const committeeFor = (ctx: AppContext, ref: string | null | undefined) =>
  getCommittee(ctx, ref ?? defaultCommitteeId(ctx));

/**
 * Opens the period's round and posts its one parent message in the committee's channels. Opening
 * twice finds the same round and the same messages (their dedupe keys), so nothing posts twice.
 */
export async function openRound(
  ctx: AppContext,
  delivery: Delivery,
  settings: RoundSettings,
  holidays: HolidayCalendar,
  req: { period?: string | null; expect?: string[]; actor: Actor; committee?: string | null },
): Promise<RoundStatus> {
  const committee = await committeeFor(ctx, req.committee);
  const decision = mayAdminister(req.actor, committee.id);
  if (!decision.allowed) throw refuse(decision.reason, 'open a round');
  const q = quarterFor(ctx, settings, req.period);
  const schedule = roundSchedule(q, ctx.timezone, settings.time, settings.chaseDays, holidays);
  let expected: number[] | null = null;
  if (req.expect?.length) {
    expected = [];
    for (const name of req.expect) {
      const org = await ctx.store.organisations.find(name);
      if (!org) throw new AppError(`Unknown organisation "${name}".`, 'not_found');
      expected.push(org.id);
    }
  }
  const now = utcNow(ctx.clock);
  const { round } = await ctx.store.rounds.open(
    committee.id,
    q.period,
    schedule.deadline.toUTC().toISO() as string,
    expected,
    auditActor(req.actor),
    now,
  );
  const orgs = await expectedOrganisations(ctx, round);
  const people = await ctx.store.people.list(committee.id);
  const view: ChatView = {
    kind: 'round_open',
    ...(await labelled(ctx, committee.id)),
    period: round.period,
    deadline: local(round.deadlineUtc, ctx.timezone),
    expected: orgs.map((o) => o.name),
    slackMentions: mentionsFor(
      people,
      orgs.map((o) => o.id),
    ),
  };
  for (const c of channels(committee, settings, committee.id === defaultCommitteeId(ctx))) {
    await delivery.post({
      dedupeKey: `round-open:${committee.id}:${round.period}:${c.platform}:${c.recipient}`,
      platform: c.platform,
      recipient: c.recipient,
      threadRef: null,
      kind: 'round',
      view,
      actionIds: [],
      occasion: occasionOf(round),
    });
  }
  return roundStatus(ctx, settings, round.period, committee.id);
}

function mentionsFor(people: Person[], orgIds: number[]): string[] {
  return people
    .filter((p) => p.slackUserId && p.organisationId !== null && orgIds.includes(p.organisationId))
    .map((p) => p.slackUserId as string);
}

export async function roundStatus(
  ctx: AppContext,
  settings: RoundSettings,
  period?: string | null,
  committeeRef?: string | null,
): Promise<RoundStatus> {
  const committee = await committeeFor(ctx, committeeRef);
  const round = await mustGetRound(ctx, settings, period, committee.id);
  const subs = await ctx.store.rounds.submissions(round.id);
  const expected = (await expectedOrganisations(ctx, round)).map((o) => o.name);
  const submitted = [
    ...new Set(subs.filter((s) => s.organisation).map((s) => s.organisation as string)),
  ].sort((a, b) => a.localeCompare(b));
  return {
    committee: round.committeeId,
    period: round.period,
    status: round.status,
    deadline: local(round.deadlineUtc, ctx.timezone),
    submitted,
    missing: expected.filter((o) => !submitted.includes(o)).sort((a, b) => a.localeCompare(b)),
    unassigned: subs.filter((s) => s.organisation === null).length,
  };
}

export interface SubmissionRequest {
  committeeId: string;
  period: string;
  actor: Actor;
  platform: 'slack' | 'teams';
  /** the reply's identity: an edit of the same message updates its submission */
  messageRef: string;
  text: string;
}

export type SubmissionOutcome = { created: boolean; organisation: string | null; late: boolean };

/** A reply in a round's thread: a submission from the replier's organisation (held if unmapped). */
export async function submitToRound(ctx: AppContext, req: SubmissionRequest): Promise<SubmissionOutcome> {
  const round = await ctx.store.rounds.get(req.committeeId, req.period);
  if (!round) throw new AppError(`No round ${req.period}.`, 'not_found');
  const person = req.actor.kind === 'chat' ? req.actor.person : null;
  const organisation = person?.organisationId
    ? ((await ctx.store.people.get(person.id))?.organisation ?? null)
    : null;
  const now = ctx.clock.now().toUTC();
  const late = round.status === 'closed' || (now.toISO() as string) > round.deadlineUtc;
  const { submission, created } = await ctx.store.rounds.upsertSubmission({
    roundId: round.id,
    organisationId: person?.organisationId ?? null,
    personId: person?.id ?? null,
    by: req.actor.kind === 'chat' ? req.actor.chatId : req.actor.name,
    platform: req.platform,
    messageRef: req.messageRef,
    text: req.text.trim(),
    atUtc: now.toISO() as string,
    late,
  });
  return { created, organisation, late: submission.late };
}

/** An edited reply updates its submission; nothing happens for a message that was not one. */
export async function editSubmission(
  ctx: AppContext,
  messageRef: string,
  text: string,
  actor: Actor,
): Promise<boolean> {
  const round = await roundOfMessage(ctx, messageRef);
  if (!round) return false;
  await submitToRound(ctx, {
    committeeId: round.committeeId,
    period: round.period,
    actor,
    platform: actor.kind === 'chat' ? actor.platform : 'slack',
    messageRef,
    text,
  });
  return true;
}

export async function withdrawSubmission(ctx: AppContext, messageRef: string): Promise<boolean> {
  return (await ctx.store.rounds.withdraw(messageRef, utcNow(ctx.clock))) !== null;
}

async function roundOfMessage(ctx: AppContext, messageRef: string): Promise<Round | null> {
  // The latest round of each committee: an edit is of a reply to a round still in people's view.
  const latest = await Promise.all(
    (await ctx.store.committees.list()).map((c) => ctx.store.rounds.latest(c.id)),
  );
  for (const r of latest.filter((x): x is Round => x !== null)) {
    const subs = await ctx.store.rounds.submissions(r.id, { withdrawn: true });
    if (subs.some((s) => s.messageRef === messageRef)) return r;
  }
  return null;
}

export async function compileReport(
  ctx: AppContext,
  settings: RoundSettings,
  period?: string | null,
  committeeRef?: string | null,
): Promise<RoundReport> {
  const committee = await committeeFor(ctx, committeeRef);
  const round = await mustGetRound(ctx, settings, period, committee.id);
  const subs = await ctx.store.rounds.submissions(round.id);
  const people = await ctx.store.people.list();
  const nameOf = (label: string) => {
    const p = people.find((x) => x.slackUserId === label || x.teamsAadId === label);
    return p?.name ?? label;
  };
  return {
    ...buildReport(
      round,
      subs,
      (await expectedOrganisations(ctx, round)).map((o) => o.name),
      ctx.timezone,
      nameOf,
    ),
    ...(await labelled(ctx, committee.id)),
  };
}

export async function renderReport(
  ctx: AppContext,
  settings: RoundSettings,
  period: string | null,
  format: 'md' | 'html',
  committee?: string | null,
): Promise<string> {
  const report = await compileReport(ctx, settings, period, committee);
  return format === 'html' ? reportHtml(report, settings.marking) : reportMarkdown(report, settings.marking);
}

/**
 * Closes the round and sends the compiled report: in the round's thread, and to every member.
 * `compilation` numbers a re-compilation (after a late reply), so it is sent again, once.
 */
export async function closeRound(
  ctx: AppContext,
  delivery: Delivery,
  settings: RoundSettings,
  req: { period?: string | null; actor: Actor; compilation?: number; committee?: string | null },
): Promise<RoundStatus> {
  const committee = await committeeFor(ctx, req.committee);
  const decision = mayAdminister(req.actor, committee.id);
  if (!decision.allowed) throw refuse(decision.reason, 'close a round');
  const round = await mustGetRound(ctx, settings, req.period, committee.id);
  await ctx.store.rounds.close(committee.id, round.period, auditActor(req.actor), utcNow(ctx.clock));
  const report = await compileReport(ctx, settings, round.period, committee.id);
  const markdown = reportMarkdown(report, settings.marking);
  const view: ChatView = {
    kind: 'document',
    title: roundTitle(round.period, report.committeeLabel),
    fileName: report.committeeLabel
      ? `strategy-board-${round.period}-${committee.id}.md`
      : `strategy-board-${round.period}.md`,
    markdown,
    summary: `${report.sections.length} ${report.sections.length === 1 ? 'department' : 'departments'} replied${report.missing.length ? `; nothing from ${report.missing.join(', ')}` : ''}.`,
  };
  const n = req.compilation ?? 1;
  const parents = (await ctx.store.outbox.byOccasion(occasionOf(round))).filter(
    (m) => m.kind === 'round' && m.status === 'sent',
  );
  const messages: NewOutboxMessage[] = [
    ...parents.map((p) => ({
      dedupeKey: `round-report:${committee.id}:${round.period}:${n}:${p.platform}:thread:${p.conversation}`,
      platform: p.platform,
      recipient: p.conversation ?? p.recipient,
      threadRef: p.messageRef,
      kind: 'round_report',
      view,
      actionIds: [],
      occasion: occasionOf(round),
    })),
    ...(await reachPeople(ctx, await ctx.store.people.list(committee.id))).map((r) => ({
      dedupeKey: `round-report:${committee.id}:${round.period}:${n}:${r.platform}:${r.recipient}`,
      platform: r.platform,
      recipient: r.recipient,
      threadRef: null,
      kind: 'round_report',
      view,
      actionIds: [],
      occasion: occasionOf(round),
    })),
  ];
  for (const m of messages) await delivery.record(m);
  await delivery.flushDue();
  return roundStatus(ctx, settings, round.period, committee.id);
}

/** Chases the departments still missing: in the round's thread and by direct message, once. */
export async function chaseRound(
  ctx: AppContext,
  delivery: Delivery,
  settings: RoundSettings,
  period: string,
  committeeId: string = defaultCommitteeId(ctx),
): Promise<string[]> {
  const status = await roundStatus(ctx, settings, period, committeeId);
  if (status.missing.length === 0) return [];
  const orgs = (await ctx.store.organisations.list()).filter((o) => status.missing.includes(o.name));
  const people = await ctx.store.people.list(committeeId);
  const occasion = occasionOf({ committeeId, period });
  const view: ChatView = {
    kind: 'round_chase',
    ...(await labelled(ctx, committeeId)),
    period,
    deadline: status.deadline,
    missing: status.missing,
    slackMentions: mentionsFor(
      people,
      orgs.map((o) => o.id),
    ),
  };
  const parents = (await ctx.store.outbox.byOccasion(occasion)).filter(
    (m) => m.kind === 'round' && m.status === 'sent',
  );
  for (const p of parents) {
    await delivery.record({
      dedupeKey: `round-chase:${committeeId}:${period}:${p.platform}:thread:${p.conversation}`,
      platform: p.platform,
      recipient: p.conversation ?? p.recipient,
      threadRef: p.messageRef,
      kind: 'round_chase',
      view,
      actionIds: [],
      occasion,
    });
  }
  const missingPeople = people.filter(
    (p) => p.organisationId !== null && orgs.some((o) => o.id === p.organisationId),
  );
  for (const r of await reachPeople(ctx, missingPeople)) {
    await delivery.record({
      dedupeKey: `round-chase:${committeeId}:${period}:${r.platform}:${r.recipient}`,
      platform: r.platform,
      recipient: r.recipient,
      threadRef: null,
      kind: 'round_chase',
      view,
      actionIds: [],
      occasion,
    });
  }
  await delivery.flushDue();
  return status.missing;
}

/**
 * The scheduler's rounds: open the current quarter's round on its day, chase before the deadline,
 * close and report at the deadline. Each step is idempotent, so a restart repeats nothing.
 */
export async function runRounds(
  ctx: AppContext,
  delivery: Delivery,
  settings: RoundSettings,
  holidays: HolidayCalendar,
  now: DateTime,
): Promise<void> {
  for (const committee of await listCommittees(ctx)) {
    // Rounds are switched on per committee: adding a committee never opens an unwanted round.
    if (!committee.rounds) continue;
    if (channels(committee, settings, committee.id === defaultCommitteeId(ctx)).length === 0) continue;
    await runCommitteeRounds(ctx, delivery, settings, holidays, now, committee.id);
  }
}

async function runCommitteeRounds(
  ctx: AppContext,
  delivery: Delivery,
  settings: RoundSettings,
  holidays: HolidayCalendar,
  now: DateTime,
  committee: string,
): Promise<void> {
  const system: Actor = { kind: 'system', name: 'scheduler' };
  const q = quarterOf(now.setZone(ctx.timezone).toISODate() as string, settings.scheme);
  const schedule = roundSchedule(q, ctx.timezone, settings.time, settings.chaseDays, holidays);
  if (
    now >= schedule.opensAt &&
    now < schedule.deadline &&
    !(await ctx.store.rounds.get(committee, q.period))
  ) {
    await openRound(ctx, delivery, settings, holidays, { period: q.period, actor: system, committee });
  }
  // The current quarter's round, or an earlier one still open because the bot was down at its deadline.
  const latest = await ctx.store.rounds.latest(committee);
  const round = latest?.status === 'open' ? latest : await ctx.store.rounds.get(committee, q.period);
  if (round?.status !== 'open') return;
  if (now >= DateTime.fromISO(round.deadlineUtc)) {
    await closeRound(ctx, delivery, settings, { period: round.period, actor: system, committee });
  } else if (now >= schedule.chaseAt) {
    await chaseRound(ctx, delivery, settings, round.period, committee);
  }
}
