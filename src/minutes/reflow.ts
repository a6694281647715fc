/**
 * Text reflowed by a PDF-to-text tool: an item's heading, its Actions box and the start of its
 * discussion run together on one line ("4. Assessment of trends Actions: UKHTC to provide … .
 * Official from the Home Office …"). Such a line is put back as the page had it: the heading, the
 * box, the discussion. Pure: lines in, lines out.
 */
import { isNoAction, LABEL_WORDS, SENTENCE_OPENERS } from './markers.js';
import { assignsTask, isClause, REPORTING_VERBS } from './verbs.js';

// "ACTION 2:": an action label may number its action.
const LABEL_NUMBER = String.raw`(?:\s+\d{1,3}[a-z]?)?`;
// "N. Title … Actions: …": a top-level number, a title with no full stop, then an action label. The
// title may hold a colon ("EU Directive: transposition"); then it must read as a title (see below).
// Reflowed text runs on with a space or two; a tab or a wide gap before the label is a column (the
// label heads a box beside the title), which the reader takes apart.
const REFLOWED = new RegExp(
  String.raw`^(\d{1,2}[.)]\s+)([^.;!?\t]{3,150}?) {1,2}((?:agreed\s+)?(?:${LABEL_WORDS})${LABEL_NUMBER}\s*(?::|[-–—](?= )))\s*(\S.*)$`,
  'i',
);
// "6. AGREED ACTION: DWP to …": a numbered paragraph that is an action, its label first; no title.
const NUMBERED_LABEL = new RegExp(
  String.raw`^\d{1,2}[.)]\s+(?:agreed\s+)?(?:${LABEL_WORDS})${LABEL_NUMBER}\s*[:\-–—]`,
  'i',
);
// A box's label anywhere in a line ("… Action points: MOJ to …"): the cheap test before REFLOWED.
const BOX_LABEL = new RegExp(String.raw`(?:${LABEL_WORDS})${LABEL_NUMBER}\s*[:\-–—]`, 'i');
// A box's label ending the line ("1. Minutes of the last meeting Actions:").
const BOX_LABEL_AT_END = new RegExp(String.raw`\s(?:${LABEL_WORDS})\s*:\s*$`, 'i');
// A line that starts a part of its own: numbered, a bullet, or a box's label.
const OWN_START = new RegExp(
  String.raw`^(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s|[-*•]\s|(?:${LABEL_WORDS})${LABEL_NUMBER}\s*[:\-–—])`,
  'i',
);

// "1. NRM review The Board discussed …": the first sentence's subject and reporting verb end the title.
const SENTENCE_START = new RegExp(
  // The subject: a name ("The Board", "UKHTC") or "The"/"This" and a few plain words ("The next meeting").
  `\\s(?=(?:(?:The|This)(?:\\s+[a-z]+){1,3}|(?:The|This|Members|It|There|All|[A-Z][A-Za-z]+)(?:\\s+[A-Z][A-Za-z]+){0,3})\\s+(?:${REPORTING_VERBS.join('|')}|will\\s+(?:be|take|meet)|is|was|were|are|had|has)\\b)`,
);
// A report's first words inside a box's text: a name ("UKHTC", "Officials from DfE", "Officials from
// the Department for Education") and a reporting verb.
const BODY_WORDS = '[A-Z][A-Za-z]+(?:\\s+(?:(?:for|of|and)\\s+(?:the\\s+)?)?[A-Z][A-Za-z]+){0,5}';
const REPORT_STARTS = new RegExp(
  `\\s(?=(?:The\\s+)?[A-Z][A-Za-z]+(?:\\s+(?:from|of)\\s+(?:the\\s+)?${BODY_WORDS}|(?:\\s+[A-Z][A-Za-z]+){0,3})\\s+(?:${REPORTING_VERBS.join('|')})\\b)`,
);
// A numbered paragraph's first words inside a box's text ("2.1 Members welcomed …").
// Or a lettered one ("(a) Members agreed …", "b) The Chair …"), as councils number paragraphs.
const LETTERED_PARAGRAPH = String.raw`\(?[a-h]\)\s+[A-Z]`;
const NUMBERED_PARAGRAPH_STARTS = new RegExp(
  String.raw`\s(?=\d{1,2}\.\d{1,2}\s+[A-Z]|${LETTERED_PARAGRAPH})`,
);
const REFLOWED_TITLE = /^(\d{1,2}[.)]\s+)(.+)$/;
// "4. Overseas No actions. DFID described …": the box said there were none.
const NO_ACTIONS_AFTER_TITLE =
  /^(\d{1,2}[.)]\s+)([^.:;!?]{3,150}?)\.?\s+no\s+actions?(?:\s+(?:agreed|arising))?\.?(?:\s+(\S.*))?$/i;
// "5. Next meeting 17 June 2015, 14:00–15:30, …": the heading of the next meeting, then its details,
// or a field that gives them ("3. Next meeting Date of next meeting: 9 June 2015, Home Office").
const NEXT_MEETING_TITLE =
  /^(\d{1,2}[.)]\s+)((?:date\s+of\s+(?:the\s+)?)?next\s+meeting)\s+(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:date|time|venue|when)\b[^:]{0,30}:)(.+)$/i;
// "… 2 December 2014 Present: A; B. Apologies: C." in one reflowed header line.
// One space before the label, as text run together has it: after a tab or a run of spaces the label
// heads a column beside another ("Present:      Apologies:"), read as side-by-side lists.
const HEADER_LABEL = /(?<=\S) (?=(?:Present|Attendees|Attendance|In attendance|Apologies)\s*:)/;

// A subject's first word that could go on a name begun before it: capitalised, not in capitals (an
// acronym names a body of its own), not a word that opens a sentence.
const NAME_GOES_ON = new RegExp(`^(?!(?:${SENTENCE_OPENERS})\\b)\\p{Lu}\\p{Ll}`, 'u');

/** A numbered line whose title runs on into its first sentence: the title, then the sentence. */
function splitTitle(line: string): string[] | null {
  const t = line.trim();
  if (t.length < 30 || t.length > 20_000) return null;
  // Reflowed text runs on with single spaces; a wide gap or a tab is a column ("2. Operations   Westshire
  // Police described …" in a table laid out with spaces or tabs), which the table readers take apart.
  if (/\S {3,}\S/.test(t) || t.includes('\t')) return null;
  const m = REFLOWED_TITLE.exec(t);
  if (!m) return null;
  const body = m[2] ?? '';
  // "4. AOB 4.1 The next meeting …": the item's first numbered paragraph starts after its title.
  const number = /\d+/.exec(m[1] ?? '')?.[0] ?? '';
  const paragraph = new RegExp(`\\s(?=${number}\\.\\d{1,2}\\s+\\S)`).exec(body.slice(0, 120));
  const sentence = SENTENCE_START.exec(body.slice(0, 120));
  const at = paragraph && (!sentence || paragraph.index <= sentence.index) ? paragraph : sentence;
  if (!at) return null;
  const title = body.slice(0, at.index).trim();
  const words = title.split(/\s+/);
  if (words.length < 1 || words.length > 10 || /[.,;:!?]$/.test(title)) return null;
  // A title does not end in an article or a preposition ("3. The Group discussed …" is a sentence).
  if (
    /^(?:the|a|an|of|and|to|in|on|for|with|by|this|it|there|members|all)$/i.test(
      words[words.length - 1] ?? '',
    )
  )
    return null;
  // A sentence of its own ("UKHTC reported that the …") is a numbered paragraph, not a title.
  if (isClause(words)) return null;
  // "3. Durham Constabulary reported …", "5. Home Office said …": a paragraph numbered straight
  // through a note, its subject a name of capitalised words. A split inside the name would leave
  // "Durham" for a title: a title of capitalised words only, running into a subject that is one more
  // (not "The Board", nor "UKHTC"), is the name's first half.
  const subject = body.slice(at.index).trim();
  if (words.every((w) => /^\p{Lu}/u.test(w)) && NAME_GOES_ON.test(subject)) return null;
  return [`${m[1] ?? ''}${title}`, subject];
}

export function splitReflowedHeadings(lines: readonly string[]): string[] {
  const out: string[] = [];
  let sawItem = false;
  // The number of the item the lines are under, once one has been headed.
  let item: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    let raw = lines[i] ?? '';
    // The same run-on line wrapped at a width ("2. Title Actions: MOJ to" over "circulate … 2013.
    // MOJ reported …"): its paragraph is one line again before it is taken apart.
    if (wrapsOn(raw, lines[i + 1])) {
      // Then the whole paragraph: its lines up to a blank, a numbered paragraph or a label.
      do {
        raw = `${raw.trimEnd()} ${(lines[i + 1] ?? '').trim()}`;
        i += 1;
      } while (goesOnWith(lines[i + 1]) && raw.length <= 20_000);
    }
    // Before the first item, a header run together: the title, "Present:", "Apologies:" apart.
    const parts =
      !sawItem && raw.length <= 20_000 && HEADER_LABEL.test(raw) ? raw.split(HEADER_LABEL) : [raw];
    for (const line of parts) {
      const heading = /^\s*(\d{1,2})[.)]\s/.exec(line);
      if (heading) {
        sawItem = true;
        item = heading[1] ?? null;
      }
      for (const piece of splitLine(line)) out.push(...atParagraphNumbers(piece, item));
    }
  }
  return out;
}

// "… with officials. (b) Members agreed …": a lettered paragraph after a sentence.
const LETTERED_AFTER_SENTENCE = new RegExp(String.raw`(?<=[.!?]["')\]]?)\s+(?=${LETTERED_PARAGRAPH})`, 'g');

/**
 * "… with officials. 2.1 Members welcomed …": a reflowed line runs the item's next numbered (or
 * lettered) paragraph on after a sentence (after a box's actions, too); it starts a line of its own.
 */
function atParagraphNumbers(line: string, item: string | null): string[] {
  if (item === null || line.length > 20_000) return [line];
  if (line.includes(` ${item}.`)) {
    const at = new RegExp(`(?<=[.!?]["')\\]]?)\\s+(?=${item}\\.\\d{1,2}\\s+[A-Z])`, 'g');
    return line.split(at);
  }
  return line.includes(') ') ? line.split(LETTERED_AFTER_SENTENCE) : [line];
}

/**
 * A reflowed heading with its box ("2. Title Actions: MOJ to") breaks off mid-sentence and the next
 * line goes on with it: not blank, not numbered, not a label of its own.
 */
function wrapsOn(line: string, next: string | undefined): boolean {
  // Most lines fail the first, anchored test.
  if (!/^\d{1,2}[.)]\s/.test(line) || next === undefined || !/^\S/.test(next)) return false;
  if (/[.!?]\s*$/.test(line) || !BOX_LABEL.test(line)) return false;
  // A wide gap or an indent is a column of a page laid out in columns, not wrapped prose.
  if (/\S {3,}\S/.test(line)) return false;
  // "1. Minutes of the last meeting Actions:" over "None The minutes were agreed …": the box's
  // text is on the next line.
  if (/:\s*$/.test(line))
    return BOX_LABEL_AT_END.test(line) && REFLOWED.test(`${line.trim()} ${next.trim()}`);
  if (!goesOnWith(next)) return false;
  return REFLOWED.test(line.trim());
}

/** A line that carries on the paragraph above: not blank, indented, numbered, a bullet or a label. */
function goesOnWith(next: string | undefined): boolean {
  return next !== undefined && /^\S/.test(next) && !OWN_START.test(next) && !next.includes('\t');
}

function splitLine(line: string): string[] {
  const out: string[] = [];
  {
    const m =
      line.length <= 20_000 && BOX_LABEL.test(line) && !NUMBERED_LABEL.test(line.trim())
        ? REFLOWED.exec(line.trim())
        : null;
    if (!m) {
      const none = line.length <= 20_000 ? NO_ACTIONS_AFTER_TITLE.exec(line.trim()) : null;
      if (none) {
        out.push(`${none[1]}${none[2]}`, 'Actions: None');
        if (none[3]) out.push('', none[3]);
        return out;
      }
      const next = line.length <= 2000 ? NEXT_MEETING_TITLE.exec(line.trim()) : null;
      if (next) {
        out.push(`${next[1]}${next[2]}`, next[3] ?? '');
        return out;
      }
      const titled = splitTitle(line);
      if (titled) out.push(titled[0] ?? '', titled[1] ?? '');
      else out.push(line);
      return out;
    }
    const [, number = '', title = '', label = '', rest = ''] = m;
    // "1. Welcome: the Chair noted that the actions: …" is a sentence, not a title with a colon.
    if ((title.includes(':') && isClause(title.split(/\s+/))) || / {3}/.test(title)) {
      out.push(line);
      return out;
    }
    out.push(`${number}${title}`);
    // The box's text: "None" (then the discussion), or its first sentence.
    const none = /^(none|nil|n\/a)\b\.?\s*/i.exec(rest);
    if (none && isNoAction((none[1] ?? '').trim())) {
      out.push(`${label} ${none[1]}`);
      const after = rest.slice(none[0].length).trim();
      if (after !== '') out.push('', after);
      return out;
    }
    const box: string[] = [];
    let cut = 0;
    // The box's first sentence, then each next one that assigns a task as the first did ("Home
    // Office to convene …"), the gap a tool leaves between a box's actions or after them
    // notwithstanding: the discussion after the box reports ("Home Office summarised …").
    for (;;) {
      const end = SENTENCE_END.exec(rest.slice(cut));
      const next = end ? cut + end.index + 1 : rest.length;
      const sentence = rest.slice(cut, next).trim();
      if (box.length > 0 && !assignsTask(sentence)) break;
      // "DfE to circulate the guidance by 26 October 2012 Officials from DfE described …": the box's
      // action had no full stop, and the discussion's first sentence runs on from it.
      // "… by 28 September 2012 2.1 Members welcomed …": or a numbered paragraph starts the report.
      const report = NUMBERED_PARAGRAPH_STARTS.exec(sentence) ?? REPORT_STARTS.exec(sentence);
      if (report && assignsTask(sentence.slice(0, report.index))) {
        box.push(sentence.slice(0, report.index).trim());
        cut = rest.indexOf(sentence, cut) + report.index;
        break;
      }
      box.push(sentence);
      cut = next;
      if (!end || box.length >= 20) break;
    }
    for (const sentence of box) out.push(`${label} ${sentence}`);
    const after = rest.slice(cut).trim();
    if (after !== '') out.push('', after);
  }
  return out;
}

// A sentence ends before two spaces, a capital, the line's end, or a paragraph's number ("…
// programme. 5.1 DH noted …": the discussion's numbered paragraphs run on after the box too).
const SENTENCE_END = /[.!?](?=\s{2,}|\s+[A-Z]|\s+\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-Z]|$)/;

// "Agenda Item 1" alone on its line, its title on the next: one heading, "Agenda Item 1: Title".
const BARE_ITEM = /^\s*(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*[:.\-–—]?\s*$/i;
// "2." alone on its line, as a PDF extractor leaves a numbered heading: the title is the next block.
const BARE_NUMBER = /^\s*(\d{1,2})[.)]?\s*$/;

/**
 * An item's number on one line and its title on the next (or after a blank line or two, as a PDF
 * extractor writes each text block), put back on one line. A bare number is an item's only when the
 * numbers count up (2, 3, 4 …) and a title follows, so a page number or a stray figure stays as is.
 */
export function joinItemTitles(lines: readonly string[]): string[] {
  const out: string[] = [];
  let lastNumber: number | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.length > 40) {
      out.push(line);
      continue;
    }
    // The title on the next line, or after one or two blank lines (extractors differ in how many).
    let gap = 1;
    while (gap <= 2 && (lines[i + gap] ?? '').trim() === '') gap += 1;
    // "Item 1" over "## Welcome": a heading underlined in the text is a Markdown one by now.
    const next = (lines[i + gap] ?? '').trim().replace(/^#{1,6}\s+/, '');
    const titled = next !== '' && next.length <= 120 && !/[.:;]$/.test(next);
    // "… by Friday 18 July 2014 –" over "Item 3": the action's reference, wrapped after its dash, is
    // the end of the line above, not an item heading over a title.
    const above = out[out.length - 1] ?? '';
    if (/\s[–—-]$/.test(above) && BARE_ITEM.test(line)) {
      out[out.length - 1] = `${above} ${line.trim()}`;
      continue;
    }
    if (titled && BARE_ITEM.test(line) && /^[A-Z0-9"'(]/.test(next)) {
      out.push(`${line.trim().replace(/[:.\-–—]$/, '')}: ${next}`);
      i += gap;
      continue;
    }
    const bare = BARE_NUMBER.exec(line);
    const n = Number(bare?.[1]);
    if (bare && titled && /^[A-Z"'(]/.test(next) && (lastNumber === null ? n <= 3 : n === lastNumber + 1)) {
      out.push(`${n}. ${next}`);
      lastNumber = n;
      i += gap;
      continue;
    }
    out.push(line);
  }
  return out;
}

// "… were agreed. ACTION: Secretariat" at a line's end: a label whose text is only its owners so far.
const LABEL_AT_END = new RegExp(
  String.raw`\b(?:${LABEL_WORDS})\s*(?::|\s[-–—])\s*[A-Z][^.:;!?]{0,120}$`,
  'i',
);
// "Action – Westshire Police and Trading Standards to" over "agree a checklist …": broken after "to".
const LABEL_TO_AT_END = new RegExp(
  String.raw`\b(?:${LABEL_WORDS})\s*(?::|\s[-–—])\s*[A-Z][^.:;!?]{0,120}\sto$`,
  'i',
);

// "… remind local authorities of the duty. Action:" at a line's end, a sentence before the label.
const BARE_LABEL_AT_END = new RegExp(String.raw`[.!?]["')\]]?\s+(?:${LABEL_WORDS})\s*:$`, 'i');
// "Rebecca Hughes", "Home Office and NCA": a line of owners alone, a few words in capitals, no task.
const OWNERS_LINE = /^\s*[A-Z][\w'’&.-]*(?:[ ,]+(?:and\s+)?[A-Z][\w'’&.-]*){0,5}\.?\s*$/;

/**
 * Hard-wrapped text that breaks an action straight after its owners ("ACTION: Secretariat" over "to
 * publish the agreed minutes."): the line under it is joined on, so the label reads as one action
 * and not as owners named for the sentence before it. So is a trailing label's owner wrapped under it.
 */
export function joinWrappedLabels(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    const joins =
      line.length <= 2000 &&
      ((/^\s*to\s+[a-z]/.test(next) && LABEL_AT_END.test(line)) ||
        (/^\s*[a-z]/.test(next) && LABEL_TO_AT_END.test(line.trimEnd())) ||
        // "… of the duty. Action:" over "Rebecca Hughes": the owners of the sentence wrapped on.
        // (Not when the task goes on under them, "Secretariat" over "to publish …": the label's own.)
        (next.length <= 60 &&
          OWNERS_LINE.test(next) &&
          BARE_LABEL_AT_END.test(line.trimEnd()) &&
          !/^\s*to\s+[a-z]/.test(lines[i + 2] ?? '')));
    if (joins) {
      out.push(`${line.trimEnd()} ${next.trim()}`);
      i += 1;
      continue;
    }
    out.push(line);
  }
  return out;
}

// "10:10  Item 2 – NRM statistics", "10.40–11.20 3. Prosecutions": an agenda's time before an item.
const AGENDA_TIME =
  /^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[ \t]+(?=(?:agenda\s+)?item\s+\d|\d{1,2}\.?\s+[A-Z])/i;

/**
 * Items headed with the time the agenda gave them ("10:10  Item 2 – NRM statistics"): the heading
 * without its time, so it reads as an item. Only before "Item N" or a numbered title. Pure.
 */
export function withoutAgendaTimes(lines: readonly string[]): string[] {
  return lines.map((l) =>
    l.length <= 200 && l.charCodeAt(0) <= 57 && AGENDA_TIME.test(l) ? l.replace(AGENDA_TIME, '') : l,
  );
}
