/**
 * The top of the document, before the attendance list: the group's name and the meeting date.
 */
import { type FoundDate, findDates, isoDate } from './dates.js';
import { isRule, pipeCells } from './tables.js';

const NOT_TITLE =
  /^(?:(?:draft\s+|final\s+|agreed\s+)?minutes|agenda|date|time|venue|location|chair|dear\b|hi\b|hello\b|please\b|attached|minutes\s+attached)\b/i;
// "NOTE FOR THE RECORD", "Record of meeting", "Summary of conclusions", "ACTION SHEET": what kind of paper it is,
// alone on its line, never the meeting's name.
const DOCUMENT_KIND =
  /^(?:note\s+for\s+(?:the\s+)?record|(?:note|notes|record|minutes)\s+of\s+(?:the\s+)?meeting|summary\s+of\s+conclusions|summary\s+record|record\s+of\s+(?:decisions|actions)|action\s+(?:sheet|notes?))$/i;
// "Minutes", "Draft notes": a paper's kind alone, which a "Title:" property often holds.
const KIND_ONLY =
  /^(?:(?:draft|final|agreed|approved)\s+)?(?:minutes|agenda|notes?|meeting\s+notes?|action\s+notes?)\.?$/i;
// A meeting's details given as fields, and a notes app's page properties ("Type: Working group",
// "Created by: …", a converted file's "Author: …"): what the meeting is or who wrote it down, never its name.
const FIELD =
  /^(?:date|time|venue|location|where|when|place|type|tags?|status|category|created(?:\s+(?:by|on|time))?|last\s+edited(?:\s+(?:by|time))?|organi[sz]er|host|author)\s*:/i;
/** The words a committee's name ends in: "… Group", "… Board", "… Network", a resilience forum's "… Cell". */
export const COMMITTEE =
  /\b(?:(?:sub-?)?group|(?:sub-?)?committee|board|forum|panel|partnership|network|task\s?force|commission|alliance|working\s+party|cell|idmg)\b/i;
// A document-control field: when the record was circulated, issued, approved or last saved, or
// (a system's report) run. It leads its line, or stands to the right of a page header's other text
// ("WESTSHIRE POLICE      RUN DATE: 19-MAR-2025").
const DOCUMENT_DATE =
  /(?:^|\t|\s{2})(?:(?:date\s+)?(?:circulated|issued|approved|created|printed|published|posted)|(?:last\s+)?(?:edited|updated|modified|saved)|version(?:\s+date)?|date\s+of\s+(?:issue|circulation|approval)|(?:review|run|print|report)\s+date)(?:\s+on)?\s*:/i;
// "Kingsmere District Council" names a body too, but on a letterhead above the committee's own name.
const WEAK_COMMITTEE = /\bcouncil\b/i;
// "Llywodraeth Cymru / Welsh Government": a department's name at the top of its paper.
const LETTERHEAD = /^[^/]{2,40}\s\/\s(?:[A-Z][a-z]+\s){0,2}(?:Government|Office|Executive|Assembly)$/;

// "Strategy Board – note of meeting", "Strategy Board: minutes", "IDMG officials – summary of action
// points", "… – notes and actions": a title line's end saying what the paper is, after the name.
const RECORD_OF =
  /(?:\s+[-–—|]|\s*:)\s*(?:draft\s+)?(?:(?:summary\s+of\s+)?action\s+points|(?:minutes|notes?|record|(?:transcript\s+)?summary|transcript|(?:meeting\s+)?recap|call|teleconference)(?:\s+(?:and|&)\s+actions|\s+of(?:\s+the)?(?:\s+(?:meeting|discussion))?(?:\s+(?:of|on|held\s+on))?)?)$/i;

// "Version 1.1 - approved by the Chair on 2 April 2024", "Minutes agreed by the Board on …": when the
// record was approved or sent, the words just before its date.
const RECORD_DATED =
  /\b(?:approved|circulated|issued|signed(?:\s+off)?|published|updated|revised|amended|agreed\s+as\s+a\s+(?:true|correct|accurate)\s+record)(?:\s+by\s+[^,.;:]{1,60}?)?(?:\s+on)?\s*:?\s*$/i;
// "Meeting of the Westshire Partnership, 9 May 2024", "Minutes of the meeting held on …": a line
// naming the meeting and its date.
const MEETING_OF = /^(?:(?:minutes|notes?|record)\s+of\s+(?:the\s+)?)?meeting\s+(?:of|held|on)\b/i;

/** Removes "Minutes of the meeting of" (a Scottish "Minute of meeting of") and a trailing date from a title line. */
function titleFrom(line: string, date: FoundDate | undefined): string {
  let t = line;
  if (date) {
    // "Strategy Board meeting, 3/3/2016, 2 Marsham Street": the place after the date is no title.
    const before = line.slice(0, date.index);
    const after = line.slice(date.end).replace(/^[\s,;:)\]–—-]+/, '');
    t =
      after !== '' && COMMITTEE.test(before) && !COMMITTEE.test(after)
        ? before
        : `${before}${line.slice(date.end)}`;
    // "3 March 2016 – Strategy Board": the dash after a date that led the line.
    t = t.trim().replace(/^[,;:–—-]+\s*/, '');
  }
  t = t
    .replace(
      /^(?:subject:\s*(?:(?:re|fw|fwd):\s*)*)?(?:draft\s+|final\s+|agreed\s+)?(?:meeting\s+(?:summary|notes|minutes|recap)\s+(?:for|of|from)\s+(?:the\s+)?|minute\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?|(?:minutes|notes?|record|summary)\s*(?:(?:of|from)\s+(?:the\s+)?(?:(?:a\s+)?(?:meeting|call|conference\s+call|teleconference|discussion)\s*(?:of\s+(?:the\s+)?|[:\-–—]\s*))?)|(?:minutes|notes)\s*[:\-–—]\s*)?/i,
      '',
    )
    // "Actions from today's NRM Ops call", "Notes from this morning's call": what the record is and
    // when, before the meeting's name.
    .replace(
      /^(?:(?:(?:agreed\s+)?actions?(?:\s+points?)?|notes?|summary)\s+(?:from|of)\s+(?:today['’]s|yesterday['’]s|this\s+(?:morning|afternoon)['’]s|the)|today['’]s|yesterday['’]s|this\s+(?:morning|afternoon)['’]s)\s+(?=\S)/i,
      '',
    )
    // "Note of meeting with the Department for Work and Pensions on …": a meeting named by whom it
    // was with, its word in capitals once "Note of" has gone.
    .replace(
      /^(meeting|call|discussion|visit|teleconference)(?=\s+(?:with|between)\s)/,
      (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`,
    )
    // "Meeting of the Modern Slavery Partnership", "Extraordinary meeting of the Board": the body's
    // name follows, in capitals ("Meeting of minds" is a name).
    .replace(
      /^(?:(?:[Aa]n?\s+)?(?:[Ee]xtraordinary|[Ss]pecial|[Oo]rdinary|[Qq]uarterly|[Aa]nnual|[Ii]naugural)\s+)?[Mm]eeting\s+of\s+(?:the\s+)?(?=[A-Z])/,
      '',
    )
    // "… Board held on", "… Board held at 2 Marsham Street on", a Scottish minute's "… held within
    // Fife House, Glenrothes, on": where and when, after the body's name.
    .replace(
      /\s*(?:[-–—:,(]|\b(?:meeting\s+)?held\s+(?:on|(?:at|in|via|within)\s.{0,80}?)|\bmeeting\s+on|\bon)\s*\)?\s*$/i,
      '',
    )
    // "Strategy Board – note of meeting – 11 March 2015", "Strategy Board: minutes", "Strategy
    // Board: minutes of 12 February 2013", "Working Group — notes of the meeting of 4 April 2018",
    // "Network – minutes of the meeting held on …" (its "meeting held on" gone above), "IDMG
    // officials – summary of action points", "… – notes and actions": what the document is, after
    // the body's name.
    .replace(RECORD_OF, '')
    // "IDMG meeting" is the IDMG's; "Partners' Meeting" is the meeting's own name. "Board - minutes".
    // "Regional Leads Meeting", like "Partners' Meeting", is a meeting's own name: a plural before it.
    .replace(
      /(?<!['’])(?:\s+[-–—:|]\s*(?:meeting|minutes)|(?<![a-rt-z]s)(?<!['’]s)\s+meeting|\s+minutes)$/i,
      (suffix, at: number, whole: string) =>
        // "Regional Anti-Trafficking Coordination Meeting": with no body named before it, "Meeting" is
        // the meeting's own name too; so it is after a dash that ends the body's name ("Modern
        // Slavery Network – Coordination Meeting").
        // "Cheshire Anti-Slavery Network — Partnership Meeting": a body's kind alone before it, after
        // the dash that ends a body's name, is the kind of meeting, not another body.
        /^\s+Meeting$/.test(suffix) && meetingsOwnName(whole.slice(0, at)) ? suffix : '',
    )
    .trim();
  return t;
}

/** "Public Question Time on Modern Slavery", not "Meeting 19/03": words that name a meeting. */
function namesAMeeting(title: string): boolean {
  return (title.replace(/\bmeeting\b/gi, '').match(/[A-Za-z]{3,}/g) ?? []).length >= 2;
}

/** Whether "Meeting" after these words is part of the meeting's name (see titleFrom). */
function meetingsOwnName(before: string): boolean {
  const parts = before.split(/\s[-–—|:]\s/);
  const last = parts.pop() ?? '';
  if (!COMMITTEE.test(last)) return true;
  return parts.length > 0 && COMMITTEE.test(parts.join(' ')) && /^[A-Z][a-z-]+$/.test(last.trim());
}

const TITLE_FIELD =
  /^(?:meeting|meeting\s+name|name\s+of\s+(?:the\s+)?(?:meeting|group|committee|board)|committee|group|board|forum|title)\s*:\s*(\S.{1,150})$/i;

/** "| Meeting | Anti-Trafficking Board |", a row of a field table at the top, as "Meeting: …". */
function fieldOfRow(text: string): string {
  if (!text.includes('|')) return text;
  const cells = pipeCells(text).filter((c) => !isRule(c));
  if (cells.length === 2) return `${cells[0]}: ${cells[1]}`;
  return cells.join(' ');
}

// "Steering Group", "the Board", "Management Committee", "Board of Trustees (meeting)": a body named by its kind
// alone, no name of its own.
const GENERIC_BODY =
  /^(?:the\s+)?(?:(?:(?:steering|management|executive|main|advisory|operational|programme|project|core|trustees['’]?)\s+)?(?:group|board|committee|forum|panel)|board\s+of\s+(?:trustees|directors|governors|management))(?:\s+meeting)?$/i;

// "Inter-Departmental Ministerial Group on" over "Modern Slavery": a title centred on two lines.
const RUNS_ON = /\s(?:on|of|for|and|to|in|the|&)$/i;

/** Two lines of a title are in the same lettering: both in capitals, or neither. */
const inCapitals = (t: string) => t === t.toUpperCase();

/** Narrowest width a mail client or a text export wraps lines at. */
const WRAP_WIDTH = 70;

/**
 * "… Modern Slavery Steering" over "Group": a long title line that the first word of the short line
 * under it would have taken past the width text is wrapped at, in the same lettering, is one line.
 */
function wrappedAtWidth(line: string, next: string): boolean {
  const words = next.split(/\s+/);
  return (
    line.length + 1 + (words[0] ?? '').length > WRAP_WIDTH &&
    words.length <= 4 &&
    next.length <= 40 &&
    inCapitals(line) === inCapitals(next) &&
    // (A colon ends a label, "Present:", but not a long title's part: "… STRATEGY:" over
    // "IMPLEMENTATION GROUP".)
    !/[.,;!?]$/.test(line) &&
    (!line.endsWith(':') || line.length > 40) &&
    !/[.:;!?]$/.test(next) &&
    !NOT_TITLE.test(next)
  );
}

/** The header's lines with a title line that ends mid-phrase joined to the line under it. */
function joinedTitleLines(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const line = (pieces[i] ?? '').trim();
    const next = (pieces[i + 1] ?? '').trim();
    if (
      line.length <= 120 &&
      (RUNS_ON.test(line) || wrappedAtWidth(line, next)) &&
      /^[A-Z]/.test(next) &&
      next.length <= 80 &&
      !FIELD.test(next) &&
      !findDates(next).some((d) => d.year !== null)
    ) {
      out.push(`${line} ${next}`);
      i += 1;
    } else out.push(pieces[i] ?? '');
  }
  return out;
}

/**
 * "HUMAN TRAFFICKING AND EXPLOITATION STRATEGY" over "IMPLEMENTATION GROUP": a title that names no
 * body, straight above a short line that does in the same lettering, is one title wrapped in two.
 * A department's or council's name above a committee's is a letterhead, not the title's first half.
 */
function wrappedTitle(title: string, titleAt: number, line: string, at: number): string | null {
  if (titleAt !== at - 1 || title === line || COMMITTEE.test(title) || WEAK_COMMITTEE.test(title))
    return null;
  if (line.split(/\s+/).length > 3 || /\b(?:office|government|department|ministry|executive)\b/i.test(title))
    return null;
  return inCapitals(title) === inCapitals(line) ? `${title} ${line}` : null;
}

// "… a short note of Tuesday's meeting of the Inter-Departmental Ministerial Group on Human
// Trafficking, held on 29 April 2014.": the covering note names the meeting and its day. The body
// starts with a capital and names a body ("Group", "Board"); the date is what follows "held on".
const COVERING_MEETING =
  /\b(?:minutes|notes?|record|summary)\s+of\s+(?:the\s+|a\s+|(?:[A-Z][a-z]+day|last\s+week|yesterday)['’]s\s+)?(?:(?:meeting|call)\s+of\s+(?:the\s+)?)?([A-Z][^,.;:()]{3,150}?\b(?:Group|Board|Committee|Forum|Panel|Partnership|Network|Taskforce|Commission|IDMG)(?:\s+(?:on|for)\s+[A-Z][^,.;:()]{2,80}?)?)(?:\s+meeting)?,?\s+(?:which\s+was\s+)?held\s+on\s+([^.;]{6,60})/;

/**
 * The meeting a covering sentence names: "Please find below a note of the meeting of the … Group,
 * held on 29 April 2014." gives the body and what follows "held on". Null when it names none.
 */
export function meetingNamedIn(sentence: string): { title: string; when: string } | null {
  if (sentence.length > 5000) return null;
  const m = COVERING_MEETING.exec(sentence);
  return m ? { title: (m[1] ?? '').trim(), when: (m[2] ?? '').trim() } : null;
}

export interface HeaderReading {
  title: string | null;
  date: string | null;
}

/** Reads the title and date from the first lines. Each piece is one line of the header area. */
export function readHeader(pieces: readonly string[]): HeaderReading {
  let title: string | null = null;
  // A title naming a body ("… Group on Human Trafficking") beats an earlier line that does not: a
  // letterhead, or the Welsh half of a bilingual heading.
  let named: string | null = null;
  let weak: string | null = null;
  let covered: string | null = null;
  let date: string | null = null;
  // The date of a document-control field ("Circulated: …"), for want of the meeting's own.
  let recorded: string | null = null;
  // The line the named title came from, when a line (not a field) gave it.
  let namedAt = -2;
  // The named title came from a line that also held a date between dashes: a running header.
  let namedFromDated = false;
  // The line the first title-like line came from.
  let titleAt = -2;
  // The date came from a line holding nothing else.
  let loneDate = false;
  const lines = joinedTitleLines(pieces);
  for (let at = 0; at < lines.length; at += 1) {
    const t = fieldOfRow((lines[at] ?? '').trim());
    if (t === '' || t.length > 200) continue;
    // "Meeting: Anti-Trafficking Coordination Board": the title given as a field.
    const titled = TITLE_FIELD.exec(t);
    if (titled && named === null) {
      const value = (titled[1] ?? '').trim();
      // "Title: Minutes", a converter's copy of the file's properties: the paper's kind, not its name.
      if (!KIND_ONLY.test(value) && !DOCUMENT_KIND.test(value)) named = value || null;
      continue;
    }
    const found = findDates(t).find((d) => d.year !== null);
    // "Circulated: 12 January 2024", "Version date: …": when the record was written or sent, which
    // stands for the meeting's date only when no other line gives one.
    if (found && (DOCUMENT_DATE.test(t) || RECORD_DATED.test(t.slice(0, found.index))))
      recorded ??= isoDate(found, null);
    else if (found && (date === null || (loneDate && MEETING_OF.test(t)))) {
      // "14 May 2024" alone over "Meeting of the Westshire Partnership, 9 May 2024": a letter's
      // date, then the meeting it reports on, whose date it is.
      date = isoDate(found, null);
      loneDate = titleFrom(t, found) === '';
    }
    // "Please find below a note of the meeting of the … Group, held on …": a covering sentence left
    // above the minutes names their meeting, used only when no line of theirs does (it may call the
    // meeting for short).
    if (covered === null && NOT_TITLE.test(t)) covered = meetingNamedIn(t)?.title ?? null;
    // "Westshire Safeguarding Adults Board" over "Modern Slavery Task and Finish Group": the body
    // named on the line straight under another is the one meeting, the first its parent. And a
    // running header's "IDMG on Modern Slavery – 7 November 2017 – Minutes" gives way to the
    // committee's name standing on its own below it.
    const under = namedAt === at - 1 || (namedFromDated && !found);
    if ((named !== null && !under) || FIELD.test(t)) continue;
    const withoutDate = titleFrom(t, found);
    const minutesOf =
      /^(?:subject:\s*(?:(?:re|fw|fwd):\s*)*)?(?:draft\s+|final\s+)?(?:(?:minutes|notes?|record)\s+(?:of|from)\b|(?:minutes|notes)\s*[:\-–—]\s*\S)/i.test(
        t,
      );
    if (withoutDate === '' || (!minutesOf && NOT_TITLE.test(t)) || DOCUMENT_KIND.test(withoutDate)) continue;
    if (/[.,:;!?]$/.test(withoutDate) || !/^[A-Z0-9"']/.test(withoutDate)) continue;
    if (withoutDate.split(/\s+/).length < 2 || withoutDate.length > 150) continue;
    if (LETTERHEAD.test(withoutDate)) continue;
    if (named !== null) {
      // "LINCOLNSHIRE POLICE AND CRIME PANEL" over "PUBLIC QUESTION TIME ON MODERN SLAVERY – NOTE":
      // the line under the body's name saying what it is the record of names the meeting.
      if (COMMITTEE.test(withoutDate) || (RECORD_OF.test(t) && namesAMeeting(withoutDate))) {
        // "WESTSHIRE SURVIVOR SUPPORT NETWORK" over "Minutes of the Steering Group meeting …": a
        // body named only by its kind is the parent's, and keeps the parent's name before it.
        named = GENERIC_BODY.test(withoutDate) && !namedFromDated ? `${named} ${withoutDate}` : withoutDate;
        namedFromDated = false;
      }
      namedAt = -2;
      continue;
    }
    if (title === null) {
      title = withoutDate;
      titleAt = at;
    }
    if (COMMITTEE.test(withoutDate)) {
      // "HOPE HOUSE TRUST" over "Minutes of the Board of Trustees meeting …": a body named only by
      // its kind, under the name of what it governs, keeps that name before it.
      const parent = title !== withoutDate && GENERIC_BODY.test(withoutDate) ? title : null;
      named =
        wrappedTitle(title, titleAt, withoutDate, at) ?? (parent ? `${parent} ${withoutDate}` : withoutDate);
      namedAt = at;
      namedFromDated = found !== undefined && /[-–—|]/.test(t);
    } else if (WEAK_COMMITTEE.test(withoutDate)) weak ??= withoutDate;
  }
  return { title: named ?? weak ?? title ?? covered, date: date ?? recorded };
}
