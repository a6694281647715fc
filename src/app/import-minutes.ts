import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { type Actor, auditActor, mayAdminister } from '../domain/permissions.js';
import { decodeMinutes, type ParsedMinutes, parseMinutes } from '../minutes/index.js';
import type { ImportedAttendance, ImportSummary, MinutesRecord } from '../store/types.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { DEFAULT_TITLE } from './meetings.js';
import { refuse } from './refusals.js';

export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string | null;
  actor: Actor;
  dryRun?: boolean;
}

export interface ImportResult {
  parse: ParsedMinutes;
  /** null on a dry run */
  summary: ImportSummary | null;
}

/**
 * Reads minutes and records what they say. The same text twice changes nothing; corrected minutes
 * of the same meeting update its actions in place and keep their history.
 */
export async function importMinutes(ctx: AppContext, req: ImportRequest): Promise<ImportResult> {
  const decision = mayAdminister(req.actor);
  if (!decision.allowed) throw refuse(decision.reason, 'import minutes');
  const text = decodeMinutes(req.bytes);
  const parse = parseMinutes(text, { timezone: ctx.timezone });
  if (req.dryRun) return { parse, summary: null };
  if (!parse.meeting.date) {
    throw new AppError(
      'The minutes do not say when the meeting was held (no date found near the top); nothing was imported.',
      'invalid',
    );
  }
  if (parse.attendees.length === 0 && parse.actions.length === 0 && parse.items.length === 0) {
    throw new AppError(
      'No attendees, agenda items or actions were found: these do not look like minutes; nothing was imported.',
      'invalid',
    );
  }

  const sha256 = createHash('sha256').update(text).digest('hex');
  const seen = await ctx.store.imports.findBySha256(sha256);
  if (seen) {
    const summary = {
      meetingId: seen.meetingId,
      alreadyImported: true,
      created: [],
      updated: [],
      withdrawn: [],
      unchanged: [],
      nextMeetingId: null,
    };
    return { parse, summary };
  }
  const now = ctx.clock.now().toUTC().toISO() as string;
  const actor = auditActor(req.actor);
  const { organisations } = ctx.store;
  const resolve = async (name: string | null): Promise<number | null> =>
    name ? (await organisations.findOrCreate(name, actor, now)).id : null;
  const attendance = async (
    list: {
      organisation: string | null;
      name: string;
      role?: string | null;
      deputisingFor?: string | null;
    }[],
  ) => {
    const out: ImportedAttendance[] = [];
    for (const a of list) {
      out.push({
        organisationId: await resolve(a.organisation),
        name: a.name,
        role: a.role ?? null,
        deputisingFor: a.deputisingFor ?? null,
      });
    }
    return out;
  };
  const actions: MinutesRecord['actions'] = [];
  for (const a of parse.actions) {
    const ownerIds: number[] = [];
    for (const owner of a.owners) {
      const id = await resolve(owner);
      if (id !== null && !ownerIds.includes(id)) ownerIds.push(id);
    }
    actions.push({ ownerIds, text: a.text, item: a.item, dueDate: a.due });
  }

  const next = parse.nextMeeting;
  const record: MinutesRecord = {
    sha256,
    fileName: req.fileName,
    title: parse.meeting.title ?? DEFAULT_TITLE,
    date: parse.meeting.date,
    zone: ctx.timezone,
    attendees: await attendance(parse.attendees),
    apologies: await attendance(parse.apologies),
    items: parse.items,
    actions,
    nextMeeting: next
      ? {
          date: DateTime.fromISO(next.start, { setZone: true }).toISODate() as string,
          // "13 September 2012" with no time: the day is known, the hour is not.
          startUtc: next.start.includes('T')
            ? (DateTime.fromISO(next.start).toUTC().toISO() as string)
            : null,
          endUtc: next.end ? (DateTime.fromISO(next.end).toUTC().toISO() as string) : null,
          location: next.location,
        }
      : null,
  };
  const summary = await ctx.store.imports.apply(record, actor, now);
  return { parse, summary };
}
