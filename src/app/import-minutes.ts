import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { utcNow } from '../clock.js';
import { type Committee, committeeLabel, committeeOfMinutes } from '../domain/committee.js';
import { type Actor, administersAny, auditActor, mayAdminister } from '../domain/permissions.js';
import {
  decodeMinutes,
  detectMinutesKind,
  documentHeaderLines,
  openMinutesFile,
  type ParsedMinutes,
  parseMinutesDocument,
  parseMinutesText,
} from '../minutes/index.js';
import type { ImportedAttendance, ImportSummary, MinutesRecord } from '../store/types.js';
import { getCommittee, listCommittees } from './committees.js';
import { type AppContext, defaultCommitteeId } from './context.js';
import { AppError } from './errors.js';
import { refuse } from './refusals.js';

export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string | null;
  actor: Actor;
  dryRun?: boolean;
  /** the committee chosen (--committee, the chat preview); absent: the one the minutes name */
  committee?: string | null | undefined;
  /** the parse as the secretariat corrected it in the preview: stored instead of reading the file again */
  parse?: ParsedMinutes | null | undefined;
}

interface ReadMinutes {
  parse: ParsedMinutes;
  /** the lines a committee may be named in (the header) */
  header: string[];
  /** what makes the same minutes the same import: the text of a text file, the bytes of a document */
  sha256: string;
}

/** Reads the file (text, an email, Word or PDF, by its bytes) unless a corrected parse is given. */
async function readMinutes(ctx: AppContext, req: ImportRequest): Promise<ReadMinutes> {
  const corrected = req.parse ?? null;
  // Minutes read as text, from a text file or from an email's message, the same way.
  const fromText = async (text: string, sha256: string): Promise<ReadMinutes> => ({
    parse: corrected ?? (await parseMinutesText(text, { timezone: ctx.timezone })),
    header: headerLines(text),
    sha256,
  });
  // A text file is the same import whatever its encoding: its text is hashed, not its bytes.
  if (detectMinutesKind(req.bytes) === 'text') {
    const text = decodeMinutes(req.bytes);
    return fromText(text, createHash('sha256').update(text).digest('hex'));
  }
  const sha256 = createHash('sha256').update(req.bytes).digest('hex');
  if (corrected) return { parse: corrected, header: [], sha256 };
  const opened = await openMinutesFile(req.bytes, { timezone: ctx.timezone });
  if (opened.kind === 'text') return fromText(opened.text, sha256);
  return {
    parse: await parseMinutesDocument(opened.document, { timezone: ctx.timezone }),
    header: documentHeaderLines(opened.document),
    sha256,
  };
}

export interface ImportResult {
  parse: ParsedMinutes;
  /** the committee the minutes go to; null when they name none of two or more (refused unless chosen) */
  committee: string | null;
  /** the minutes' title, as the refusal names it */
  title: string | null;
  /** null on a dry run */
  summary: ImportSummary | null;
}

/** The lines a committee may also be named in when the title does not: the header, an email's subject. */
function headerLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/<[^>]*>/g, ' ').trim();
    if (trimmed) out.push(trimmed.slice(0, 300));
    if (out.length >= 12) break;
  }
  return out;
}

/** Which committee minutes go to: the chosen one, else the one their title (or header) names. */
export async function committeeForMinutes(
  ctx: AppContext,
  parse: ParsedMinutes,
  header: string[],
  chosen: string | null | undefined,
): Promise<Committee | null> {
  if (chosen) return getCommittee(ctx, chosen);
  return committeeOfMinutes(parse.meeting.title, header, await listCommittees(ctx));
}

export function unmatchedTitle(title: string | null): AppError {
  return new AppError(
    `The minutes' title "${title ?? '(none)'}" names no committee: import with --committee ID, or add the committee first (idmg committees add ID --name NAME --alias "${title ?? 'TITLE'}").`,
    'invalid',
  );
}

/**
 * Reads minutes and records what they say. The same text twice changes nothing; corrected minutes
 * of the same meeting update its actions in place and keep their history.
 */
export async function importMinutes(ctx: AppContext, req: ImportRequest): Promise<ImportResult> {
  if (!administersAny(req.actor)) {
    const decision = mayAdminister(req.actor, defaultCommitteeId(ctx));
    if (!decision.allowed) throw refuse(decision.reason, 'import minutes');
  }
  const { parse, header, sha256 } = await readMinutes(ctx, req);
  const committee = await committeeForMinutes(ctx, parse, header, req.committee);
  const title = parse.meeting.title;
  // A dry run stores nothing: the preview may show another committee's minutes to a secretariat,
  // who can then choose their own committee or leave them; storing them needs that committee's role.
  if (committee && !req.dryRun) {
    const decision = mayAdminister(req.actor, committee.id);
    if (!decision.allowed) throw refuse(decision.reason, `import ${committeeLabel(committee)} minutes`);
  }
  if (req.dryRun) return { parse, committee: committee?.id ?? null, title, summary: null };
  if (!committee) throw unmatchedTitle(title);
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
    return { parse, committee: committee.id, title, summary };
  }
  const now = utcNow(ctx.clock);
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
    committeeId: committee.id,
    sha256,
    fileName: req.fileName,
    title: parse.meeting.title ?? committee.name,
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
  return { parse, committee: committee.id, title, summary };
}
