/**
 * Text hard-wrapped at a fixed width, as mail clients and "save as plain text" write it: a sentence
 * runs on over the next line ("Also" / "present were …", "Apologies" / "were received from …"),
 * so a reader that takes a line at a time sees half of it. Where the document is wrapped, a full
 * line that breaks off mid-sentence is joined with the line that finishes it. A line laid out in
 * columns, indented, bulleted, numbered or labelled is never joined onto the line above it (but for
 * a list line's tail under a hanging indent, see hangingTail), and nothing else is joined in a
 * document whose prose is not wrapped. Pure: lines in, lines out.
 */
import { joinHyphenated } from './hyphenation.js';
import {
  CHECKBOX,
  hasNumbering,
  isBulleted,
  matchItemHeading,
  matchLabel,
  matchSection,
  stripMarkdown,
  WRAPPED_LINE,
} from './markers.js';

// Lines with layout: tabs, pipes, a gap of three spaces, an indent, markup, a quoted reply, a "*"
// bullet (a "*" against the word is emphasis: "*Action (DfE):* share the …" wraps as prose does).
const LAID_OUT_MARKS = /\t|\||\S {3,}\S|^\s{2}|^[<>#=]|^\*(?:\s|\*\*)/;
// A Word list's number and the tab after it ("a)⇥Inspector Ng reported …") are no columns.
const LIST_TAB = /^(?:\(?[0-9a-zA-Z]{1,3}[.)]|[•·▪+-])\t/;
const laidOut = (line: string): boolean =>
  LAID_OUT_MARKS.test(LIST_TAB.test(line) ? line.replace(LIST_TAB, '') : line);
// "Present:", "Apologies for absence:", "Date: …": a field or heading label starts a line of its own.
const FIELD = /^[A-Z][A-Za-z’' ]{0,30}:(?:\s|$)/;
// A mark in brackets after a sentence's full stop: "… with the Home Office. (Action)" (not a list's
// letter, "(a)").
const MARK_AFTER = String.raw`[.!?]["'’”)\]]?\s+[([][A-Za-z][^()[\]]{1,39}[)\]]`;
// A sentence ends here: a full stop, colon or semicolon, perhaps inside a closing bracket or quote,
// or with a mark after it.
const ENDS = new RegExp(String.raw`(?:[.!?:;]["'’”)\]]?|${MARK_AFTER})$`);
// A dash and a word in lower case: a role or a note going on from the entry above (no list's bullet).
const ROLE_AFTER_DASH = /^[–—]\s+[a-z]/;
// "… – for David", "… deputising for Ms": a deputy's entry the wrap cut inside the name they stand in for.
const DEPUTY_CUT = /\b(?:for|on\s+behalf\s+of)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*$/;
// The rest of that name, and nothing after it: "Lyle MLA", "Carrow MP)".
const NAME_REST = /^(?:[A-Z][\w'’.-]*\s?){1,3}\)?[.,;]?$/;
const deputyCut = (end: string, next: string): boolean =>
  next.length <= 40 && NAME_REST.test(next) && DEPUTY_CUT.test(end.slice(-60));
// A line that opens with a dash (a dash, not a hyphen's bullet): an owner or a note after the task above.
const DASH_START = /^[–—]\s+\S/;
// A spaced dash ends no line but one the wrap broke: "… (Home Office) -" over "Secretariat".
const DASH_END = /\s[-–—]$/;
// The rest of a person's name and their body in brackets, and nothing after: "Moss (Hope for Justice)".
const NAME_REST_AND_BODY = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*\([^()]{1,60}\)[.,;]?$/;
// One capitalised word alone on its line: no entry of a list, nor a sentence, on its own.
const LONE_WORD = /^[A-Z][a-z'’-]+[.,;)]*$/;
// A sentence (not a label's "Present:" over a list) ends here.
const SENTENCE_ENDS = new RegExp(String.raw`(?:[.!?]["'’”)\]]?|${MARK_AFTER})$`);
// A line that breaks off after a comma or a word that cannot end a sentence: "… the", "… and".
export const RUNS_ON =
  /(?:,|\s(?:and|or|of|the|a|an|to|for|from|with|on|in|at|by|as|that|which|who|were|was|is|are|be|will|would|has|have|had|its|their|our|this|these|between|including|into|under|over|about|after|before|than|&))\s*$/i;

// "… in Room 7.12, 2" over "Marsham Street.": an address cut after its number, which ends no title.
const HOUSE_NUMBER_CUT = /,\s*\d{1,4}[a-z]?\s*$/;

const MONTHS = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;
const DATE_CUT = new RegExp(
  String.raw`(?:\b\d{1,2}(?:st|nd|rd|th)?\n${MONTHS}\b|\b${MONTHS}\n\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS}\n\d{4}\b)`,
  'i',
);

const MAX_PARAGRAPH = 3000;
const MIN_WIDTH = 50;
const MAX_WIDTH = 100;
// A word longer than this rarely moves to the next line, so a full line is within it of the width.
const SLACK = 18;

/** The width a document is wrapped at, or null when its prose is not hard-wrapped. */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths: number[] = [];
  for (const line of lines) {
    if (line.length < 20) continue;
    // A line longer than any wrap width says the prose is not wrapped, whatever its layout.
    if (line.length > MAX_WIDTH + SLACK) lengths.push(line.length);
    else if (!laidOut(line)) lengths.push(line.trimEnd().length);
  }
  if (lengths.length < 3) return null;
  lengths.sort((a, b) => a - b);
  // A short note: wrapped when its longest lines come within a word of each other.
  if (lengths.length < 8) {
    const longest = lengths[lengths.length - 1] ?? 0;
    const near = lengths.filter((n) => n >= longest - 8).length;
    return longest >= MIN_WIDTH && longest <= MAX_WIDTH && near >= 3 ? longest : null;
  }
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  // Wrapped prose fills most lines to near the width; a document of short lines is not wrapped.
  const full = lengths.filter((n) => n >= width - SLACK).length;
  return full >= lengths.length * 0.4 ? width : null;
}

const MAIL_HEADER = /^(?:from|sent|to|cc|subject|date):/i;

/**
 * Lines inside a paragraph of wrapped prose: three or more lines, every one of them full but its
 * last, which ends the paragraph at a blank line or a sentence's end (single-spaced minutes leave
 * no blank line between paragraphs; a label's colon is no end: "Present:" heads a list). A list's
 * entries are of every length, so a list is no such paragraph.
 */
function proseBlocks(
  lines: readonly string[],
  isFull: (line: string) => boolean,
  isHeading: (line: string) => boolean,
): boolean[] {
  const inProse: boolean[] = new Array(lines.length).fill(false);
  const mark = (from: number, to: number) => {
    // lines[from … to] is a paragraph; an item's heading at its top ("1. Welcome and apologies"
    // over the paragraph, no blank line between) is no line of it.
    const first = to - from >= 2 && isHeading(lines[from] ?? '') ? from + 1 : from;
    if (to - first < 2) return;
    for (let j = first; j < to; j += 1) if (!isFull(lines[j] ?? '')) return;
    for (let j = first + 1; j <= to; j += 1) inProse[j] = true;
  };
  let start = 0;
  for (let i = 0; i <= lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (i === lines.length || line.trim() === '') {
      if (i > start) mark(start, i - 1);
      start = i + 1;
    } else if (SENTENCE_ENDS.test(line.trimEnd()) && !isFull(line)) {
      mark(start, i);
      start = i + 1;
    }
  }
  return inProse;
}

// The rest of a bracket the wrap broke, and nothing after it: "3)", "MLA).", "Borough Council, Clerk)".
// ("Council]": a square bracket's too, the owner in brackets a list of actions ends with.)
const BRACKET_CLOSE = /^[^()[\]]{1,40}[)\]][.,;]?$/;

function unclosedBracket(line: string): boolean {
  const open = line.lastIndexOf('(');
  const square = line.lastIndexOf('[');
  return (open >= 0 && line.indexOf(')', open) < 0) || (square >= 0 && line.indexOf(']', square) < 0);
}

function opensLine(line: string): boolean {
  // "*Apologies:* Joanna Pike (CPS)": a label in emphasis opens its line as a plain one does.
  const t = /^\s*[*_]/.test(line) ? stripMarkdown(line) : line.trimStart();
  return (
    hasNumbering(t) ||
    matchLabel(t) !== null ||
    matchItemHeading(t) !== null ||
    FIELD.test(t) ||
    MAIL_HEADER.test(t) ||
    // "[ ] Circulate the briefing – Anna Kowalska": a checklist's entry.
    CHECKBOX.test(t) ||
    // "Attendees (online): …": a list's label with a qualifier in brackets, as "Apologies:" is.
    (t.length <= 2000 && matchSection(t) !== null)
  );
}

/**
 * "… at the next meeting (Item" over "3)": the rest of a bracket alone on the line under it is the
 * bracket's close, wherever the text was wrapped, not a list's number "3)". The joined line, or null.
 */
function bracketClosed(above: string, line: string): string | null {
  // (Short lines only: the close's rest is a few characters; most lines are tested no further.)
  if (line.length > 50 || !BRACKET_CLOSE.test(line.trim()) || !unclosedBracket(above.slice(-40))) return null;
  return `${above.trimEnd()} ${line.trim()}`;
}

/**
 * The lines with each line `join` takes onto the one above it (as joined so far) replaced by the
 * join; a copy of the lines when there is none. The runs between joins are copied whole: most text
 * has a few joins in tens of thousands of lines.
 */
function joinedWhere(
  lines: readonly string[],
  join: (above: string, line: string) => string | null,
): string[] {
  const parts: (readonly string[])[] = [];
  let from = 0;
  let above = lines[0] ?? '';
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const joined = join(above, line);
    if (joined === null) {
      above = line;
      continue;
    }
    // lines[from … i-2] as they are, then the line above as joined so far (it may take more).
    if (i - 1 > from) parts.push(lines.slice(from, i - 1));
    from = i + 1;
    above = joined;
    parts.push([joined]);
    // The joined line stands in for lines[i-1] and lines[i]; a further join replaces it again.
    while (i + 1 < lines.length) {
      const more = join(above, lines[i + 1] ?? '');
      if (more === null) break;
      above = more;
      parts[parts.length - 1] = [more];
      i += 1;
      from = i + 1;
    }
  }
  if (parts.length === 0) return lines.slice();
  parts.push(lines.slice(from));
  // (concat copies the runs in bulk; flat() goes element by element, ten times slower here.)
  return ([] as string[]).concat(...parts);
}

/**
 * Text whose lines are mostly short (a list of attendees, one-line actions) has no width to find,
 * yet its few long lines may still have been wrapped: "[NCA] Collate the returns … by 3 May" over
 * "2019.", "… debrief with the" over "other leads.". A long line that breaks off mid-sentence is
 * joined with the line under it when that line plainly goes on: in lower case, or finishing a date.
 */
function joinBrokenSentences(lines: readonly string[]): string[] {
  // Whether a line breaks off is asked of the line as written above, not of the join so far.
  let written = lines[0] ?? '';
  return joinedWhere(lines, (above, line) => {
    const closed = bracketClosed(above, line);
    const breaks = closed === null && breaksOff(written, line);
    written = line;
    if (closed !== null || !breaks || above.length > MAX_PARAGRAPH) return closed;
    const joined = above.trimEnd();
    const next = line.trim();
    return /[A-Za-z]-$/.test(joined) ? joinHyphenated(joined, next) : `${joined} ${next}`;
  });
}

// What a line that goes on with the one above starts with: a word in lower case, a bracket, a dash,
// or a date's rest (a month, a year). The cheap test, before the full ones.
const GOES_ON_START = /^\s*(?:[a-z([–—]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}\b)/;
// A bracket alone on its line, a role or a note: "(*Observer*)", "(Chair)", "(Item 3)", "[29/03/2019]".
const WHOLE_BRACKET = /^(?:\([^()]{1,40}\)|\[[^[\]]{1,40}\])[.,;]?$/;

// "…; Owners: Westshire Police," over "Police Scotland": an owners' field cut after a comma goes
// on with the rest of its names.
const OWNERS_FIELD_CUT = /\b(?:owners?|leads?|action\s+by)\s*:[^:;]{0,80},$/i;
const ownersCut = (end: string, next: string): boolean =>
  next.length <= 60 && /^[A-Z]/.test(next) && OWNERS_FIELD_CUT.test(end.slice(-90));
// "…; Owner: Westshire Police;" over "Target date: 31 May 2019.": a task's fields parted by
// semicolons go on over the break, though the next field's label would open a line of its own.
const OWNER_THEN_SEMICOLON = /\b(?:owners?|leads?)\s*:[^:;]{1,80};$/i;
const DUE_FIELD_START = /^(?:due(?:\s+date)?|deadline|target\s+date|by\s+when)\s*:/i;
const fieldsCut = (end: string, next: string): boolean =>
  next.length <= 60 && DUE_FIELD_START.test(next) && OWNER_THEN_SEMICOLON.test(end.slice(-90));

/** The long line `above` breaks off mid-sentence and `line` plainly goes on with it. */
function breaksOff(above: string, line: string): boolean {
  if (above.length < WRAPPED_LINE || above.length > MAX_PARAGRAPH) return false;
  const next = line.trim();
  const end = above.trimEnd();
  if (fieldsCut(end, next)) return !laidOut(above) && !laidOut(line);
  // (The cheap test first: a name or an owner cut is asked about only of a line in capitals.)
  const goesOn = GOES_ON_START.test(line);
  const nameCut = !goesOn && (deputyCut(end, next) || ownersCut(end, next));
  if (!goesOn && !nameCut) return false;
  return (
    end.length >= WRAPPED_LINE &&
    !ENDS.test(end) &&
    (/^[a-z]/.test(next) ||
      WHOLE_BRACKET.test(next) ||
      ROLE_AFTER_DASH.test(next) ||
      nameCut ||
      DATE_CUT.test(`${end.slice(-20)}\n${next.slice(0, 20)}`)) &&
    !laidOut(above) &&
    !laidOut(line) &&
    matchItemHeading(end.trim()) === null &&
    !MAIL_HEADER.test(end.trim()) &&
    !opensLine(next)
  );
}

// A wrapped line's tail under a hanging indent: a few spaces in, then text.
const HANGING = /^ {2,8}\S/;

/**
 * "Home Office: Sarah Whitcombe (Chair), Daniel Osei (Secretariat), Priya" over "  Natarajan": a
 * line of a list that breaks off after a comma-separated run, its tail indented under it (the line
 * itself is not), goes on there. The joined line, or null.
 */
function hangingTail(above: string, line: string): string | null {
  // (The indent is tested first: most lines have none.)
  if (
    !HANGING.test(line) ||
    above.length < WRAPPED_LINE ||
    above.length > MAX_PARAGRAPH ||
    !/^\S/.test(above)
  )
    return null;
  const end = above.trimEnd();
  const next = line.trim();
  if (
    next.length > 80 ||
    !end.includes(',') ||
    ENDS.test(end) ||
    laidOut(above) ||
    laidOut(next) ||
    isBulleted(next) ||
    opensLine(next)
  )
    return null;
  return `${end} ${next}`;
}

export function unwrapLines(written: readonly string[]): string[] {
  if (written.length > 200_000) return [...written];
  // The width as the text was wrapped, before a bracket's close or a hanging tail rejoins (and
  // lengthens) a line.
  const width = wrapWidth(written);
  const tails = joinedWhere(written, hangingTail);
  if (width === null) return joinBrokenSentences(tails);
  const lines = joinedWhere(tails, bracketClosed);
  const isFull = (line: string) =>
    line.trimEnd().length >= width - SLACK &&
    !laidOut(line) &&
    matchItemHeading(line.trim()) === null &&
    !MAIL_HEADER.test(line.trim());
  const prose = proseBlocks(lines, isFull, (line) => matchItemHeading(line.trim()) !== null);
  // A numbered line filling the width, with the line under it going on in lower case (or after a
  // word no title ends with: "… before Parliament by" over "18 October 2012. …") to the end of the
  // sentence or filling the width too: a paragraph's first line, not an item's title.
  const numberedSentence = (line: string, next: string) =>
    line.trimEnd().length >= width - SLACK &&
    !laidOut(line) &&
    !ENDS.test(line.trimEnd()) &&
    matchItemHeading(line.trim()) !== null &&
    !laidOut(next) &&
    (((/^[a-z]/.test(next) || RUNS_ON.test(line.slice(-20)) || HOUSE_NUMBER_CUT.test(line.slice(-20))) &&
      (/[.!?]["'’”)\]]?$/.test(next.trimEnd()) || next.trimEnd().length >= width - SLACK)) ||
      // "1. Produce a problem profile … (by 30/06/2017)" over "– **West Yorkshire Police**".
      (DASH_START.test(next) && next.length <= 60));
  const out: string[] = [];
  let open: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (open !== null) {
      const next = line.trim();
      // The end of the line so far is all the tests below read (the line may have grown long).
      const end: string = open.slice(-80).trimEnd();
      const dashEnd = DASH_END.test(end) && next.length <= 40 && !next.includes(':');
      // "… in the region (by 30/06/2017)" over "– **West Yorkshire Police**": an owner after a dash
      // (a dash, not a hyphen: no list's bullet) ending the sentence the line left open.
      const dashOwner = DASH_START.test(next) && next.length <= 60 && !ENDS.test(end);
      const joins =
        next !== '' &&
        !laidOut(line) &&
        // ("Also" over "present: Insp Ng …": a label's word in lower case, after a line that breaks
        // off mid-sentence, is the sentence going on.)
        !(
          opensLine(next) &&
          !(
            ((/^[a-z]/.test(next) && !hasNumbering(next)) || ROLE_AFTER_DASH.test(next)) &&
            !ENDS.test(end)
          ) &&
          // "… (Home Office) -" over "Secretariat": after a dash the role goes on, though alone
          // on its line it would head a list; and an owner after a dash, though a dash can be a bullet.
          !dashEnd &&
          !dashOwner
        ) &&
        // The sentence plainly goes on: in lower case or a bracket, or after a comma or a word no
        // sentence ends with, or inside a paragraph of full lines. Otherwise a line in capitals
        // after a full one may be the next entry of a list.
        (/^[a-z(]/.test(next) ||
          // "… to members [GLAA]" over "[29/03/2019]": a tag in brackets alone on its line.
          WHOLE_BRACKET.test(next) ||
          // "… Kim Ross (Home Office)" over "– secretariat": a role or a note after a dash.
          ROLE_AFTER_DASH.test(next) ||
          dashEnd ||
          dashOwner ||
          // "…, Tom Bell (Secretariat), Daniel" over "Osei": the rest of a list's last name (not a
          // heading's word under a list whose last entry is whole: "… (Welsh Government)" over "Summary").
          (LONE_WORD.test(next) && /[,;]\s*[A-Z][\w'’-]*$/.test(end)) ||
          // "…; Jane Pryce (Derbyshire County Council); Luke" over "Moss (Hope for Justice)": the
          // rest of that name with its body in brackets, as the list's other entries have theirs.
          (NAME_REST_AND_BODY.test(next) && /\)[,;]\s*[A-Z][\w'’-]*$/.test(end)) ||
          // "… Official (for David Lyle" over "MLA)": a bracket left open goes on.
          unclosedBracket(open) ||
          // "… – for David" over "Lyle MLA": the rest of the name a deputy stands in for.
          deputyCut(end, next) ||
          // "… held on 14" over "March 2019": a date the break cut.
          DATE_CUT.test(`${end.slice(-20)}\n${next.slice(0, 20)}`) ||
          (!ENDS.test(end) && (RUNS_ON.test(end) || prose[i] === true)));
      if (joins) {
        // "guid-" + "ance": a word the line broke joins as one (joinHyphenated tells which).
        open = /[A-Za-z]-$/.test(end) ? joinHyphenated(open.trimEnd(), next) : `${open.trimEnd()} ${next}`;
        // The joined line goes on being full only while the line just added is; a paragraph is
        // never joined past a few thousand characters (hostile text wrapped for megabytes).
        if (line.trimEnd().length < width - SLACK || open.length > MAX_PARAGRAPH) {
          out.push(open);
          open = null;
        }
        continue;
      }
      out.push(open);
      open = null;
    }
    // A heading or a mail header is a line of its own however long; a numbered paragraph wrapped
    // at the width is not ("3. The Home Office presented the timetable for the … Report" over "on
    // Modern Slavery, which will be published in October.").
    if (isFull(line) || numberedSentence(line, lines[i + 1] ?? '')) open = line;
    else out.push(line);
  }
  if (open !== null) out.push(open);
  // "… (deputising" over "for" over "Kevin Hyland)": the line that ended the join was short, yet
  // the bracket it left open closes on the line after.
  return joinedWhere(out, bracketClosed);
}
