/**
 * Minutes often arrive pasted into an email. The headers, the covering note and the signature are
 * not minutes; when the minutes are quoted ("> "), the quoted part is the document.
 */

import { namedPerson } from './attendance.js';
import { findDates } from './dates.js';
import type { Block } from './document/model.js';
import { COMMITTEE, meetingNamedIn } from './header.js';
import { listsAttendees, matchSection } from './markers.js';
import { mentionIndex } from './next-meeting.js';

/** A mail header's name before its colon ("From:", "Sent:", "Subject:"). */
export const HEADER =
  /^(?:from|to|cc|bcc|subject|date|sent|reply-to|importance|attachments?|message-id|mime-version|content-type|content-transfer-encoding)\s*:/i;
/** The line a mail client writes above a message or an invitation it forwards or quotes. */
export const FORWARD_MARKER =
  /^-{2,}\s*(?:original message|original appointment|forwarded message)\s*-{2,}$|^begin forwarded message:?$/i;
const QUOTED = /^\s*>/;
// "On 28 April 2015, at 17:02, Daniel Osei wrote:": a mail app's line over the message a reply
// quotes or forwards, its headers in one line (the date in it is the mail's, not the meeting's).
const ATTRIBUTION = /^on\s.{6,160}\swrote:$/i;
const isAttribution = (line: string): boolean => line.length <= 200 && ATTRIBUTION.test(line.trim());
const SIGN_OFF =
  /^(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes|thanks)[,.!]?$|^thanks?(?: you)?[,.!]?$|^yours (?:sincerely|faithfully)[,.]?$|^cheers[,.!]?$/i;
// A mail's disclaimer ("This email and any files transmitted with it are private …", "This e-mail
// may contain OFFICIAL information"): under the minutes, with no sign-off above it, it ends them.
const DISCLAIMER =
  /^(?:this\s+e-?mail\s+(?:and\s+any\s+(?:files?|attachments?)|(?:is|may\s+contain|and\s+its\s+attachments?)\b)|the\s+information\s+(?:in|contained\s+in)\s+this\s+e-?mail\b|communications\s+via\s+the\s+gsi\b)/i;
const MINUTES_SIGNAL = /\b(?:attendees|present|apologies|actions?|minutes|agenda|next meeting)\b/i;
/**
 * A line that starts the minutes themselves (a heading or the title's "Minutes of …"), not the
 * covering note's "Please find below the minutes …" or "Apologies for the delay": only after one
 * does a sign-off end the email.
 */
const MINUTES_START =
  /^(?:[-•*]\s*)?(?:attendees|attendance|present|members present|in attendance|apologies(?=\s*(?::|$|for\s+absence|(?:were\s+)?received))|agenda|minutes of|note of|record of|actions?(?: agreed| arising)?|summary of actions?|\d{1,2}[.)]\s+\S)\b.{0,80}$/i;
/**
 * Whether the line starts the minutes. "Minutes of last week's meeting are below." is the covering
 * note's sentence about them, not their title: a title ends without a full stop.
 */
function startsMinutes(line: string): boolean {
  // "actions grouped by item at the end." in lower case: a sentence wrapped onto this line.
  if (/^[a-z]/.test(line)) return false;
  // "Attending:", "Those present:", "Absent:": an attendance list's heading in any of the words
  // the attendance reader knows (markers.ts), not only this stage's few.
  if (!MINUTES_START.test(line)) return line.length <= 300 && attendanceHeading(line);
  if (/^(?:minutes|note|record)\s+of\b/i.test(line)) return !readsAsSentence(line);
  // "Actions are listed at the end.": the covering note's sentence about them (an attendance
  // sentence, "Apologies were received from …", is the minutes' own).
  return !(
    /^actions?\b/i.test(line) &&
    /[.!?]$/.test(line) &&
    /\b(?:are|is|were|was|will|have|has)\b/i.test(line)
  );
}

/** A heading of those there or sent apologies, with or without their names after it. */
function attendanceHeading(line: string): boolean {
  const kind = matchSection(line)?.kind;
  return listsAttendees(kind) || kind === 'apologies';
}

/**
 * "Minutes of the IDMG on 24 March are below. Comments to me by 21 April," wrapped by the mail
 * client before its full stop: a sentence all the same, for the one it ends or the one after it.
 */
function readsAsSentence(line: string): boolean {
  return (
    /[.!?]$/.test(line) ||
    /[.!?]\s+[A-Z]/.test(line) ||
    // "… meeting below; please send any corrections by" (the rest wrapped to the next line): a note's
    // words, which a minutes' title never uses.
    /\b(?:below|attached|enclosed|please)\b/i.test(line)
  );
}
/** A rule a mail client draws between the covering note and what was pasted below it. */
const SEPARATOR = /^(?:_{8,}|-{8,}|={8,})$/;

/**
 * Where a forwarded message's headers start below a short reply: a "From:" line with another
 * header under it, within the first lines, after no line that starts minutes. -1 when there is none.
 */
function headersBelowReply(lines: readonly string[], first: number): number {
  for (let i = first; i < Math.min(lines.length, first + 15); i += 1) {
    const line = lines[i] ?? '';
    if (/^from\s*:/i.test(line) && HEADER.test(lines[i + 1] ?? '')) return i;
    if (isAttribution(line)) return i;
    if (startsMinutes(line.trim()) || line.length > 300) return -1;
  }
  return -1;
}

function dropHeaderBlock(lines: string[], start: number): number {
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    // Folded header lines continue with leading whitespace.
    if (HEADER.test(line) || (i > start && /^[ \t]+\S/.test(line) && HEADER.test(lines[start] ?? ''))) i += 1;
    else break;
  }
  return i;
}

/**
 * Minutes quoted in a reply ("> " before every line, under the reply and its headers): the quoted
 * lines without their quoting, headers and covering note, as the author wrote them. The first line
 * stage, so every later one sees the lines' own starts (a bullet, a margin, a column's position).
 * Other text is left as it is. Pure: lines in, lines out.
 */
export function unquotedMinutes(lines: readonly string[]): string[] {
  return quotedMinutes(lines) ?? [...lines];
}

/** The quoted minutes without their quoting, headers and covering note; null when none are quoted. */
function quotedMinutes(lines: readonly string[]): string[] | null {
  const quoted: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (QUOTED.test(line)) {
      quoted.push(line);
      continue;
    }
    // "> ACTION 1: Home Office to share the plan" over "with Board members (Item 2)" over "> …": a
    // quoted line the mail client wrapped again, its tail left without the quote mark. The quote's
    // last line too, when it broke off mid-sentence ("> … on Tuesday 10th March 2015," over
    // "10:30-12:00, at …"): a reply under the quote starts after a finished one.
    const before = lines[i - 1] ?? '';
    const quotedBefore = before.replace(/^(?:\s*>)+/, '').trim();
    const last = quoted.length - 1;
    if (
      last >= 0 &&
      line.trim() !== '' &&
      QUOTED.test(before) &&
      quotedBefore !== '' &&
      // (A reviewer's comment between two quoted paragraphs, "[SR] Thanks – this is right", follows a
      // finished sentence: a tail goes on with one that broke off, or starts in lower case.)
      (!/[.!?:)]$/.test(quotedBefore) || (QUOTED.test(lines[i + 1] ?? '') && /^[a-z]/.test(line.trim())))
    )
      quoted[last] = `${(quoted[last] ?? '').trimEnd()} ${line.trim()}`;
  }
  if (
    quoted.length < 5 ||
    quoted.length * 3 < lines.filter((l) => l.trim() !== '').length ||
    !quoted.some((l) => MINUTES_SIGNAL.test(l)) ||
    quotesInsideMinutes(lines)
  )
    return null;
  // Every level of quoting goes: minutes forwarded twice are still the minutes.
  const unquoted = quoted.map((l) => l.replace(/^(?:\s*>)+ ?/, ''));
  return withoutCoveringNote(dropHeaders(unquoted));
}

// "## Attendees", "2. AOB": a Markdown heading or a numbered item's heading.
const OWN_HEADING = /^(?:#{1,6}\s+\S|\d{1,2}[.)]\s+[A-Z])/;

/**
 * Quoting the minutes use themselves, not a reply's: a note's callouts ("> [!todo] Actions") or
 * boxed actions between the minutes' own headings and items. The lines outside the quotes start
 * minutes twice or more ("## Attendees", "## 1. Enforcement data") and no mail's header or "On …
 * wrote:" line stands above the quotes.
 */
function quotesInsideMinutes(lines: readonly string[]): boolean {
  let starts = 0;
  for (const [i, line] of lines.entries()) {
    if (QUOTED.test(line)) continue;
    const t = line.trim();
    // A mail's headers come two or more together ("From:" over "Sent:"); a note's "date: …" alone.
    const headers = HEADER.test(t) && HEADER.test((lines[i + 1] ?? '').trim());
    if (headers || isAttribution(t) || FORWARD_MARKER.test(t)) return false;
    if (OWN_HEADING.test(t) || startsMinutes(t.replace(/\*\*/g, ''))) starts += 1;
  }
  return starts >= 2;
}

const HEADER_START = /^[fFtTcCbBsSdDrR][^:]{1,11}:/;
/** The headers a mail client wraps when pasted: address lists, a long sender, the subject. */
const FOLDED_HEADER = /^(?:from|to|cc|bcc|sent|date|subject|reply-to)\s*:/i;

/**
 * "From: Strategy Board Secretariat" over "<sb.secretariat@…>" over "Sent: …": a header wrapped at
 * the width the mail was pasted at, with none of the leading space that folds a header in the mail
 * itself. Up to three lines between two headers go on the first one's line. Pure: lines in, lines out.
 */
export function unfoldedHeaders(lines: readonly string[]): readonly string[] {
  // Copied only from the first header that folds: most text has none.
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    out?.push(line);
    // A header's word starts the line and its colon comes within a dozen characters: most lines
    // are tested no further.
    if (!HEADER_START.test(line) || !FOLDED_HEADER.test(line)) continue;
    let k = i + 1;
    while (k < lines.length && k <= i + 3 && isContinuation(lines[k] ?? '')) k += 1;
    // The last header of the block ("Subject: … - notes" over "and action log", then a blank line)
    // goes on in words in lower case: a greeting or the minutes' first line under it starts a capital.
    const lastWrapped =
      (lines[k] ?? '').trim() === '' &&
      HEADER.test(lines[i - 1] ?? '') &&
      lines.slice(i + 1, k).every((l) => /^\s*[a-z0-9]/.test(l));
    if (k === i + 1 || !(HEADER.test(lines[k] ?? '') || lastWrapped)) continue;
    out ??= lines.slice(0, i + 1);
    out[out.length - 1] = [line, ...lines.slice(i + 1, k)].map((l) => l.trim()).join(' ');
    i = k - 1;
  }
  return out ?? lines;
}

const isContinuation = (line: string) => line.trim() !== '' && line.length <= 200 && !HEADER.test(line);

/**
 * Returns the lines that hold the minutes, without email wrapping. `lines` are the `written` lines
 * with wrapped headers unfolded; text that is no email comes back as written.
 */
export function unwrapEmail(written: readonly string[], lines = unfoldedHeaders(written)): string[] {
  const quoted = quotedMinutes(lines);
  if (quoted) return quoted;
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first += 1;
  const isEmail =
    (HEADER.test(lines[first] ?? '') && HEADER.test(lines[first + 1] ?? '')) ||
    // Forwarded: the marker comes before the headers.
    (FORWARD_MARKER.test((lines[first] ?? '').trim()) && HEADER.test(lines[first + 1] ?? ''));

  // A reply above the forwarded minutes ("Thanks – minutes below. / Kate", then "From: … Sent: …"):
  // the reply goes with the headers; the message it forwards is the document.
  const replyAbove = isEmail ? -1 : headersBelowReply(lines, first);
  if (!isEmail && replyAbove < 0) return [...written];

  let message = dropHeaders(lines.slice(Math.max(0, replyAbove)));
  // A reply over an earlier message of the thread, its headers under the reply ("Apologies, the date
  // was wrong. / Ben", then "From: … Sent: …" with no "Original Message" line): the earliest holds
  // the minutes. A thread is a few messages deep; the bound keeps hostile text from looping.
  for (let depth = 0; depth < 10; depth += 1) {
    let top = 0;
    while (top < message.length && (message[top] ?? '').trim() === '') top += 1;
    const earlier = headersBelowReply(message, top);
    if (earlier < 0) break;
    message = dropHeaders(message.slice(earlier));
  }
  const body = withoutCoveringNote(message);
  // The sign-off ends the email once the minutes have started; before that it is the covering note.
  const out: string[] = [];
  let sawMinutes = false;
  for (const [i, line] of body.entries()) {
    const t = line.trim();
    if (sawMinutes && (t === '--' || line === '-- ')) break;
    if (sawMinutes && (SIGN_OFF.test(t) || DISCLAIMER.test(t) || signsOff(body, i))) break;
    if (startsMinutes(t)) sawMinutes = true;
    out.push(line);
  }
  return out;
}

/**
 * The email text stage: as unwrapEmail, and a memo's subject kept as the minutes' title when the
 * headers went with the wrapping (see subjectTitle).
 */
export function unwrapEmailText(written: readonly string[]): string[] {
  const lines = unfoldedHeaders(written);
  const out = unwrapEmail(written, lines);
  if (out.length === written.length) return out;
  const removed = lines.slice(0, lines.length - out.length);
  const title = subjectTitle(removed, out) ?? coveringTitle(removed, out);
  const dated = memoDate(removed);
  return [...(title ? [title] : []), ...(dated ? [dated] : []), ...(title || dated ? [''] : []), ...out];
}

// "Date: 22 May 2024", a memo's (or a mail client's) own header; not "Sent:", when a mail was sent.
const DATE_HEADER = /^date\s*:\s*(.{6,80})$/i;

/**
 * The date a memo's "Date:" header gives, as a line the header reader takes for the record's date
 * when the minutes give none of their own ("Issued: 22 May 2024"); null when there is none.
 */
function memoDate(removed: readonly string[]): string | null {
  const value = removed.map((l) => DATE_HEADER.exec(l.trim())?.[1]).find((v) => v !== undefined);
  return value && findDates(value).some((d) => d.year !== null) ? `Issued: ${value.trim()}` : null;
}

/**
 * Minutes pasted under a covering note that names their meeting ("Please find below a short note
 * of the meeting of the … Group, held on 29 April 2014.") and never name it themselves: the
 * note's words are their title and date. Null when the minutes name their meeting above their
 * first item.
 */
function coveringTitle(removed: readonly string[], body: readonly string[]): string | null {
  // The covering note's sentences, whatever the mail client's wrapping did to them.
  const note = removed
    .filter((l) => !HEADER.test(l.trim()))
    .join(' ')
    .replace(/\s+/g, ' ');
  const named = meetingNamedIn(note);
  if (!named || namesItsMeeting(body)) return null;
  return `${named.title} – ${named.when}`;
}

/** Whether the minutes name their meeting above their first numbered item. */
function namesItsMeeting(body: readonly string[]): boolean {
  for (const line of body) {
    const t = line.trim();
    if (/^\d{1,2}[.)]\s+\S/.test(t)) break;
    // "The next officials' meeting will be on …", or a covering sentence's wrapped tail ("meeting on
    // Tuesday 25 November. Full minutes will follow."): sentences, which a title is not.
    if (MEETING_NAMED.test(t) && !/^[a-z]/.test(t) && mentionIndex(t) < 0) return true;
  }
  return false;
}

const SUBJECT = /^subject\s*:\s*(?:(?:re|fw|fwd)\s*:\s*)*(.{5,200})$/i;
const MEETING_NAMED = /\b(?:minutes|note|record|notes)\s+of\b|\bmeeting\b|\bminutes\b/i;
// A subject naming the meeting: as above, a record of its actions ("… – summary of action points",
// "… – notes and action log"), or the record's kind before the meeting's name ("Notes – Regional
// Network – 10 April 2025").
const NAMES_MEETING = new RegExp(
  `${MEETING_NAMED.source}|\\baction\\s+(?:points|log)\\b|^\\s*(?:notes|summary)\\s*[-–—:]\\s*\\S`,
  'i',
);

/**
 * "Subject: Note of the IDMG officials' meeting, 3 May 2016" over minutes that never say what
 * meeting they record (a memo's note: "Those present: …", then the items): the subject is their
 * title and date. Null when the minutes name their meeting above their first item, or the subject
 * names none.
 */
function subjectTitle(headerLines: readonly string[], body: readonly string[]): string | null {
  const subject = headerLines.map((l) => SUBJECT.exec(l.trim())?.[1]).find((v) => v !== undefined);
  if (!subject || !NAMES_MEETING.test(subject) || namesItsMeeting(body)) return null;
  const to = headerLines.map((l) => ADDRESSED_TO_BODY.exec(l.trim())?.[1]).find((v) => v !== undefined);
  return to ? inFull(subject.trim(), to.trim()) : subject.trim();
}

// "To: Members of the Modern Slavery Delivery Group": a memo addressed to a body's members.
const ADDRESSED_TO_BODY =
  /^[Tt]o\s*:\s*(?:(?:[Aa]ll\s+)?[Mm]embers\s+of\s+)?(?:[Tt]he\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|on|of|for|and|&)){1,12})\s*$/;

/**
 * The subject with the body it names by a shorter form ("the Delivery Group meeting") written as the
 * memo's To line names it in full ("Modern Slavery Delivery Group"); as it was when it names the body
 * in full already, or names another.
 */
function inFull(subject: string, body: string): string {
  if (!COMMITTEE.test(body) || subject.includes(body)) return subject;
  const words = body.split(/\s+/);
  // The longest tail of the body's name, of two words or more, the subject names as a whole.
  for (let k = 1; k <= words.length - 2; k += 1) {
    const tail = words.slice(k).join(' ');
    // (The name's words are letters, apostrophes, "&" and "-", none of them special in a pattern.)
    const at = subject.search(new RegExp(`\\b${tail}\\b`));
    if (at >= 0) return `${subject.slice(0, at)}${body}${subject.slice(at + tail.length)}`;
  }
  return subject;
}

/**
 * The email's body without the covering note above the minutes: the note and its signature above a
 * rule the mail client drew, with the minutes pasted below it; or, with no rule, the note signed off
 * above the minutes ("Best wishes, / IDMG Secretariat", then the minutes' title) with its sign-off
 * and the name under it, which would otherwise be read as the minutes' title.
 */
function withoutCoveringNote(lines: string[]): string[] {
  // The mail's rule stands apart, a blank line above it: one straight under a line of text underlines
  // a heading ("Board" over "====="). Outlook's rule of underscores underlines nothing: it needs none.
  const rule = lines.findIndex(
    (l, i) =>
      i < 60 &&
      SEPARATOR.test(l.trim()) &&
      (i === 0 || (lines[i - 1] ?? '').trim() === '' || l.trim().startsWith('_')),
  );
  // A rule under the minutes' first lines is theirs (a heading's underline, a table's), not the mail's.
  const ruleAboveMinutes = rule >= 0 && !lines.slice(0, rule).some((l) => startsMinutes(l.trim()));
  const body =
    ruleAboveMinutes && lines.slice(rule + 1).some((l) => startsMinutes(l.trim()))
      ? lines.slice(rule + 1)
      : lines;
  const signOff = body.findIndex((l) => SIGN_OFF.test(l.trim()));
  const start = body.findIndex((l) => startsMinutes(l.trim()));
  if (signOff < 0 || start <= signOff) return withoutUnsignedNote(body, start);
  let i = signOff + 1;
  while (i < start && (body[i] ?? '').trim() === '') i += 1;
  // The name under the sign-off, up to a blank line; with none (a note pasted single-spaced), up to
  // the minutes' title ("MODERN SLAVERY … GROUP" under "IDMG Secretariat").
  while (i < start && (body[i] ?? '').trim() !== '' && !namesCommittee(body[i] ?? '')) i += 1;
  // "Anna" under "Kind regards", then her full signature in a block of its own: skipped too.
  for (let depth = 0; depth < 3; depth += 1) {
    let from = i;
    while (from < start && (body[from] ?? '').trim() === '') from += 1;
    let end = from;
    while (end < start && (body[end] ?? '').trim() !== '') end += 1;
    if (end === from || !isSignatureBlock(body.slice(from, end).map((l) => l.trim()))) break;
    i = end;
  }
  return body.slice(i);
}

// What only a signature holds: a post's team, a phone number, an address's postcode, a mail address,
// or parts set apart by bars ("Strategy Board Secretariat | Modern Slavery Unit | Home Office").
const SIGNATURE_MARK =
  /\||@|\b(?:secretariat|team|unit|directorate|division)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|(?:^|:\s*)\+?[\d() ]{9,20}$/i;

/** A block of a few short lines, no sentence, naming no committee first, and marked as a signature. */
function isSignatureBlock(block: readonly string[]): boolean {
  return (
    block.length <= 6 &&
    !namesCommittee(block[0] ?? '') &&
    block.every((l) => l.length <= 120 && !/[.!?]$/.test(l)) &&
    block.some((l) => SIGNATURE_MARK.test(l))
  );
}

/**
 * "Tom Aldred" over "Modern Slavery Unit | Home Office", an address and a phone number, with nothing
 * after them but the mail's disclaimer: the sender's signature under the minutes, ended with no
 * sign-off and no blank line (pasted single-spaced), which is no part of the last entry above it.
 */
function signsOff(body: readonly string[], at: number): boolean {
  const first = (body[at] ?? '').trim();
  // "Tom Aldred": the sender's name, a line of its own over their post and address.
  if (first.length > 40 || first.includes('\t') || !namedPerson(first) || BODY_NAME.test(first)) return false;
  let end = at + 1;
  while (end < body.length && end - at < 7) {
    const t = (body[end] ?? '').trim();
    if (t === '' || DISCLAIMER.test(t)) break;
    end += 1;
  }
  // Nothing after the block but blank lines and the disclaimer.
  const rest = body.slice(end);
  const after = rest.findIndex((l) => l.trim() !== '');
  if (after >= 0 && !DISCLAIMER.test((rest[after] ?? '').trim())) return false;
  const block = body.slice(at, end).map((l) => l.trim());
  return (
    block.length >= 2 &&
    isSignatureBlock(block) &&
    block.slice(1).some((l) => SIGNATURE_MARK.test(l)) &&
    // A table's row (its cells parted by tabs), a bullet (a task under its owner's name) or an item's
    // heading is the minutes going on.
    !block.some(
      (l) => l.includes('\t') || /^(?:[-•*–]|\d{1,2}(?:\.\d{1,2})*[.)])\s/.test(l) || startsMinutes(l),
    )
  );
}

/** A line naming a committee, perhaps with its date, and no address, post or team: the minutes' title. */
function titlesMinutes(line: string): boolean {
  return (
    line.length <= 150 && BODY_NAME.test(line) && !/[|@]|\b(?:secretariat|team|unit|office)\b/i.test(line)
  );
}

/**
 * A line naming a committee and nothing else, not the writer's post or team: the minutes' title
 * under a signature (a number there is a phone's or a room's; a date is the meeting's, "Human
 * Trafficking Strategy Board – 10 June 2014").
 */
function namesCommittee(line: string): boolean {
  const t = line.trim();
  if (t.length > 120 || !titlesMinutes(t)) return false;
  if (!/\d/.test(t)) return true;
  let undated = t;
  for (const d of findDates(t).reverse()) undated = undated.slice(0, d.index) + undated.slice(d.end);
  return !/\d/.test(undated);
}

/** "Colleagues,", "Dear all,", "Hi Tom,": the greeting that opens a covering note. */
const SALUTATION =
  /^(?:dear\s+[^.]{1,40}[,!]?|(?:(?:hi|hello)(?:\s+[^.]{1,30})?|all|colleagues|everyone|team)\s*[,!])$/i;
/** A signature's line is short and no sentence, or an address or number ("T: 020 7035 4848"). */
const SIGNATURE_LINE = /^(?:[^.?!:]{1,60}|[^@\d]{0,20}:?\s*(?:\S+@\S+|\+?[\d() ]{6,20}))$/;
// A committee's name (header.ts's words for one), a council's, or the minutes' own words.
const BODY_NAME = new RegExp(`${COMMITTEE.source}|\\b(?:council|minutes|meeting)\\b`, 'i');

/**
 * A covering note with no sign-off ("Colleagues, / Draft minutes are below. / Tom Ashby / Strategy
 * Board Secretariat", then the minutes): after the greeting and the note's sentences, the first
 * block of short lines is the signature (or, naming a committee, the minutes' title); with none,
 * the minutes start in the block of their first line.
 */
function withoutUnsignedNote(body: string[], start: number): string[] {
  let i = 0;
  while (i < body.length && (body[i] ?? '').trim() === '') i += 1;
  if (start < 0 || i >= start || !SALUTATION.test((body[i] ?? '').trim())) return body;
  // The block the minutes start in begins after the last blank line above their first line.
  let minutesBlock = start;
  while (minutesBlock > 0 && (body[minutesBlock - 1] ?? '').trim() !== '') minutesBlock -= 1;
  // Pasted with no blank lines, the note, its signature and the minutes are one block: the minutes
  // start at their title ("Modern Slavery Strategy Board – note of meeting, 8 December 2015"), the
  // first line after the greeting that names a committee and is no sentence of the note.
  if (minutesBlock <= i) {
    for (let k = i + 1; k < start; k += 1) {
      const line = (body[k] ?? '').trim();
      if (!/[.!?]$/.test(line) && titlesMinutes(line)) return body.slice(k);
    }
    // With no title ("Hi all," over "Notes from Tuesday's meeting below." over "Present: …"), the
    // note is the greeting and its sentences, and the minutes start at their first line.
    if (body.slice(i + 1, start).every((l) => /[.!?]$/.test(l.trim()))) return body.slice(start);
  }
  for (i += 1; i < minutesBlock; ) {
    while (i < minutesBlock && (body[i] ?? '').trim() === '') i += 1;
    let end = i;
    while (end < minutesBlock && (body[end] ?? '').trim() !== '') end += 1;
    const block = body.slice(i, end).map((l) => l.trim());
    if (block.length > 0 && block.length <= 6 && block.every((l) => SIGNATURE_LINE.test(l))) {
      // A committee's name is the minutes' title, above them: the note had no signature.
      return BODY_NAME.test(block[0] ?? '') ? body.slice(i) : body.slice(end);
    }
    // "Minister's meeting on the National Referral Mechanism" over its date and time: the minutes'
    // title, no sentence of the note, above a first line that starts them.
    if (!/[.!?]$/.test(block[block.length - 1] ?? '') && namesCommittee(block[0] ?? '')) return body.slice(i);
    i = end;
  }
  // The note's sentences only, straight above the minutes.
  return body.slice(minutesBlock);
}

function dropHeaders(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let atTop = true;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (FORWARD_MARKER.test(line.trim())) {
      i = dropHeaderBlock(lines, i + 1);
      continue;
    }
    if (atTop && line.trim() === '') {
      out.push(line);
      i += 1;
      continue;
    }
    if (atTop && HEADER.test(line) && HEADER.test(lines[i + 1] ?? '')) {
      i = dropHeaderBlock(lines, i);
      atTop = false;
      continue;
    }
    if (atTop && isAttribution(line)) {
      i += 1;
      atTop = false;
      continue;
    }
    atTop = false;
    out.push(line);
    i += 1;
  }
  return out;
}

/** A block's lines as an email's text has them: bold marks gone, a table one line that is no header. */
function blockLines(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
    case 'heading':
    case 'list-item':
      return b.text.split('\n');
    case 'aside':
      return [...b.lines];
    case 'table':
      return ['\u0001'];
    case 'blank':
      return [];
  }
}

/**
 * Minutes in an email saved as HTML (or a file): the blocks' lines go through unwrapEmail, as the
 * text's would, and the blocks whose lines it kept are the document; a paragraph it cut into keeps
 * the lines it kept. Minutes quoted line by line ("> ") are left as they are.
 */
export function unwrapEmailBlocks(blocks: readonly Block[]): readonly Block[] {
  const lines: string[] = [];
  const from: { block: number; line: number }[] = [];
  const texts = blocks.map((b) => blockLines(b).map((l) => l.replace(/\*\*/g, '')));
  // "From: …", "Sent: …" as paragraphs of their own (an email saved from Outlook as a document or
  // printed to PDF): the header block is one block of lines, as the mail has it, with no blank line
  // between them, whatever blank blocks the file put there.
  const joined = new Set<number>();
  let lastHeader = -1;
  texts.forEach((own, i) => {
    if (own.length === 0) return;
    if (lastHeader >= 0 && HEADER.test(own[0] ?? '')) for (let k = lastHeader; k < i; k += 1) joined.add(k);
    lastHeader = HEADER.test(own[own.length - 1] ?? '') ? i : -1;
  });
  blocks.forEach((_b, i) => {
    const own = texts[i] ?? [];
    own.forEach((l, k) => {
      lines.push(l);
      from.push({ block: i, line: k });
    });
    if (joined.has(i)) return;
    lines.push('');
    from.push({ block: i, line: -1 });
  });
  // Only a document with an email's headers near its top is looked at further, or a reply's line
  // over the message it quotes ("On 15 May 2024, Ann Bell wrote:", a web mail's HTML reply).
  if (!lines.slice(0, 80).some((l) => HEADER.test(l) || FORWARD_MARKER.test(l.trim()) || isAttribution(l)))
    return blocks;
  const kept = unwrapEmail(lines);
  if (kept.length === lines.length || kept.length === 0) return blocks;
  let start = -1;
  // What unwrapEmail keeps is a run of the lines: found by its first lines (a few are enough to
  // tell where, and checking every line at every start would be quadratic).
  const probe = kept.slice(0, 50);
  for (let a = 0; a + kept.length <= lines.length && start < 0; a += 1)
    if (lines[a] === kept[0] && probe.every((l, k) => lines[a + k] === l)) start = a;
  if (start < 0) return blocks;
  const end = start + kept.length;
  // The lines of each block that were kept (its blank after it counts for a block with no lines).
  const keptLines = new Map<number, number[]>();
  for (let k = start; k < end; k += 1) {
    const f = from[k];
    if (!f) continue;
    const list = keptLines.get(f.block) ?? [];
    if (f.line >= 0) list.push(f.line);
    keptLines.set(f.block, list);
  }
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    const inside = keptLines.get(i);
    if (inside === undefined) return;
    const all = blockLines(b).length;
    if (all > 0 && inside.length === 0) return;
    if (inside.length < all && b.kind === 'paragraph') {
      const texts = b.text.split('\n');
      out.push({ kind: 'paragraph', text: inside.map((k) => texts[k] ?? '').join('\n') });
    } else out.push(b);
  });
  return out;
}
