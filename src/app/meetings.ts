import { DateTime } from 'luxon';
import { utcNow } from '../clock.js';
import { type Actor, auditActor, mayAdminister } from '../domain/permissions.js';
import { getCommittee } from './committees.js';
import { type AppContext, defaultCommitteeId } from './context.js';
import { AppError } from './errors.js';
import { refuse } from './refusals.js';
import { type MeetingView, meetingView } from './views.js';

/** DESIGN.md: the committee's earliest scheduled meeting starting at or after now (default: IDMG_COMMITTEE's). */
export async function nextMeeting(ctx: AppContext, committee?: string | null): Promise<MeetingView | null> {
  const now = ctx.clock.now().setZone(ctx.timezone);
  const id = committee ? (await getCommittee(ctx, committee)).id : defaultCommitteeId(ctx);
  const meeting = await ctx.store.meetings.next(id, now.toUTC().toISO() as string, now.toISODate() as string);
  return meeting ? meetingView(meeting) : null;
}

/** Every committee's meetings, or one committee's. */
export async function listMeetings(ctx: AppContext, committee?: string | null): Promise<MeetingView[]> {
  const id = committee ? (await getCommittee(ctx, committee)).id : undefined;
  return (await ctx.store.meetings.list(id)).map(meetingView);
}

export interface MeetingFields {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm local, or null for a date-only meeting */
  start: string | null;
  end: string | null;
  location?: string | null | undefined;
  title?: string | undefined;
  /** the committee's id or alias; absent: the default committee */
  committee?: string | null | undefined;
}

function instants(ctx: AppContext, f: MeetingFields): { startUtc: string | null; endUtc: string | null } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date) || !DateTime.fromISO(f.date).isValid) {
    throw new AppError(`"${f.date}" is not a date like 2012-09-13.`, 'invalid');
  }
  const at = (hhmm: string | null, what: string) => {
    if (hhmm === null) return null;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm))
      throw new AppError(`The ${what} time "${hhmm}" is not like 10:30.`, 'invalid');
    return DateTime.fromISO(`${f.date}T${hhmm}`, { zone: ctx.timezone }).toUTC().toISO() as string;
  };
  const startUtc = at(f.start, 'start');
  const endUtc = at(f.end, 'end');
  if (endUtc && !startUtc) throw new AppError('An end time needs a start time.', 'invalid');
  if (startUtc && endUtc && endUtc <= startUtc)
    throw new AppError('The meeting must end after it starts.', 'invalid');
  return { startUtc, endUtc };
}

function guard(actor: Actor, committeeId: string, what: string): void {
  const decision = mayAdminister(actor, committeeId);
  if (!decision.allowed) throw refuse(decision.reason, what);
}

/** A meeting by id, or by date within the committee (the default one when none is named). */
async function findMeeting(ctx: AppContext, ref: string, committee: string | null | undefined) {
  const committeeId = committee ? (await getCommittee(ctx, committee)).id : defaultCommitteeId(ctx);
  const meeting = /^\d+$/.test(ref)
    ? await ctx.store.meetings.get(Number(ref))
    : await ctx.store.meetings.findByDate(committeeId, ref);
  if (!meeting)
    throw new AppError(`No meeting ${ref} (give its date, e.g. 2012-09-13, or its id).`, 'not_found');
  return meeting;
}

export async function addMeeting(ctx: AppContext, f: MeetingFields, actor: Actor): Promise<MeetingView> {
  const committee = await getCommittee(ctx, f.committee ?? defaultCommitteeId(ctx));
  guard(actor, committee.id, 'add meetings');
  const { startUtc, endUtc } = instants(ctx, f);
  const m = await ctx.store.meetings.add(
    {
      committeeId: committee.id,
      title: f.title ?? committee.name,
      date: f.date,
      startUtc,
      endUtc,
      zone: ctx.timezone,
      location: f.location ?? null,
    },
    auditActor(actor),
    utcNow(ctx.clock),
  );
  return meetingView(m);
}

/**
 * Moves a meeting. Its reminders re-plan by themselves (they are computed from the meeting's date
 * on every run); reminders recorded for the old date and not yet sent are given up.
 */
export async function moveMeeting(
  ctx: AppContext,
  ref: string,
  f: MeetingFields,
  actor: Actor,
): Promise<MeetingView> {
  const meeting = await findMeeting(ctx, ref, f.committee);
  guard(actor, meeting.committeeId, 'move meetings');
  const { startUtc, endUtc } = instants(ctx, f);
  const now = utcNow(ctx.clock);
  await ctx.store.outbox.expireOccasion(`meeting:${meeting.id}`, 'meeting moved', now);
  const moved = await ctx.store.meetings.move(
    meeting.id,
    { date: f.date, startUtc, endUtc, ...(f.location !== undefined ? { location: f.location } : {}) },
    auditActor(actor),
    now,
  );
  return meetingView(moved);
}

export async function cancelMeeting(
  ctx: AppContext,
  ref: string,
  actor: Actor,
  committee?: string | null,
): Promise<MeetingView> {
  const meeting = await findMeeting(ctx, ref, committee);
  guard(actor, meeting.committeeId, 'cancel meetings');
  const now = utcNow(ctx.clock);
  await ctx.store.outbox.expireOccasion(`meeting:${meeting.id}`, 'meeting cancelled', now);
  return meetingView(await ctx.store.meetings.setStatus(meeting.id, 'cancelled', auditActor(actor), now));
}
