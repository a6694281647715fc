/**
 * Actions are gathered as fragments (a box cut by a page break, an inline label whose sentence
 * wraps) and only turned into their final shape once the attendee list is known, because owner
 * spelling follows the attendee list.
 */

import { type FoundDate, findDates, findDaysAndMonths, findMonthsAndDays, isoDate } from './dates.js';
import { fieldBlock, fieldNamesPattern, fieldOf, ownerFieldsInTextPattern, SUPPORT_NAMES } from './fields.js';
import { joinHyphenated } from './hyphenation.js';
import {
  DUE_SEGMENT,
  endsSentence,
  INJECTED_CODE,
  isFieldLine,
  isNoAction,
  itemReferenceLine,
  matchLabel,
  stripNumbering,
  UNDATED_DUE,
} from './markers.js';
import type { OwnerDirectory } from './owners.js';
import { clean, singleSpaced } from './sanitise.js';
import type { ParsedAction } from './types.js';

export interface ActionDraft {
  parts: string[];
  item: string | null;
  /** owners given apart from the text: an Owner column, an "Action: DfE, DWP" marker */
  owners: string | null;
  /** a Due column's text */
  due: string | null;
  /** a log's "Date raised": an action raised before this meeting is the log reviewed, not a new one */
  raised?: string;
  /** a summary table's action number ("1"), which the body may cite as "(action 1)" */
  ref?: string;
  /** started under a heading over a list of actions after an item, which may gather the meeting's */
  underActionList?: ActionListKind;
  /** the item a line in the list named over it ("Item 2 – NRM data"), which gathering keeps */
  namedItem?: string;
  /** read from a table's row whose owner cell was empty, though the table has an owner column */
  ownerCellEmpty?: boolean;
}

/**
 * A heading over a list of actions after an item: "Action items" ('items'), a summary's words
 * ("Summary of action points", "Actions arising": 'summary'), or "Actions" as a heading ('heading').
 * One of a kind after the last item gathers the meeting's actions; one under each item, its own.
 */
export type ActionListKind = 'items' | 'summary' | 'heading';

/** "(Item 2)", "[item 4a]", "– Item 3", "(item 3 refers)", "(see item 2)" closing an action: the item it belongs to. */
const ITEM_REFERENCE =
  /[\s.]*(?:[([]\s*(?:(?:see|ref\.?|cf\.?)\s+)?)?(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)(?:\s+refers?)?\s*[)\]]?\.?\s*$/i;
// "(para 2.1)", "(paragraph 3.2)", "(minute 2.1)": the paragraph an action comes from, in its item.
const PARAGRAPH_REFERENCE =
  /[\s.]*[([]\s*(?:see\s+)?(?:para(?:graph)?|minute)\.?\s+(\d{1,3})\.\d{1,3}\s*[)\]]\.?\s*$/i;
// "(Item 2) NCA to share …", "Item 2: NCA to share …": the reference written before the action
// instead (without brackets, a colon or a dash after it says it is a reference, not the subject).
const ITEM_REFERENCE_BEFORE =
  /^\s*(?:[([]\s*(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\s*[)\]]\s*[:\-–—]?|(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\s*[:\-–—])\s*/i;

// "… with members [3]": an item's number in square brackets closing an action.
const BRACKETED_ITEM = /\[(\d{1,3})\]\.?$/;

/**
 * "DfE: share the evaluation with members [3]" in a list after the items: the number in square
 * brackets is the item the action belongs to, when an item has it (a footnote's mark would not).
 * Takes the mark off the draft and returns the item, or null.
 */
export function takeBracketedItem(d: ActionDraft, isItem: (n: string) => boolean): string | null {
  const last = d.parts[d.parts.length - 1] ?? '';
  const m = last.length <= 4000 ? BRACKETED_ITEM.exec(last) : null;
  if (!m || !isItem(m[1] ?? '')) return null;
  d.parts[d.parts.length - 1] = last.slice(0, m.index).trimEnd();
  return m[1] ?? null;
}

export function newDraft(text: string, item: string | null): ActionDraft {
  return { parts: [text], item, owners: null, due: null };
}

/**
 * The last fragment ends a sentence, or is a field after the action's text ("Lead: NCA", "Due: …"):
 * what follows is a new action.
 */
export function draftComplete(d: ActionDraft): boolean {
  const last = d.parts[d.parts.length - 1] ?? '';
  return endsSentence(last) || (d.parts.length > 1 && isFieldLine(last));
}

function joinParts(parts: readonly string[]): string {
  // Built as an array: testing the end of a growing string flattens it each time (quadratic).
  const out: string[] = [];
  let last = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '') continue;
    // A word broken at a hyphen at the end of a line joins without a space ("Inter-" + "Departmental"),
    // and a word the typesetter broke loses the hyphen ("guid-" + "ance").
    if (out.length > 0 && /[A-Za-z]-$/.test(last)) {
      const joined = joinHyphenated(out[out.length - 1] ?? '', p);
      out[out.length - 1] = joined;
      last = joined;
      continue;
    }
    out.push(out.length > 0 ? ` ${p}` : p);
    last = p;
  }
  return out.join('');
}

// "(Owner: MOJ)", "(Assigned to: Home Office; due …)", "[Owner: NCA, due: …]" in brackets, any owner
// field's name; in the running text only the names no sentence uses ("Lead: DfE", "Assigned to: DfE"),
// the value perhaps a person with their body in brackets ("Owner: Dan Moss (Westshire Police)").
const OWNER_FIELD = new RegExp(
  `\\s*(?:[([]\\s*(?:${fieldNamesPattern('owner')})\\s*:\\s*([^()[\\]]{1,120})[)\\]]|[-–—;]?\\s*\\b(?:${ownerFieldsInTextPattern()})\\s*:\\s*((?:[^.;()]|\\([^.;()]{1,80}\\)){1,120}?)(?=\\s*(?:[.;]|[-–—]?\\s*\\b(?:${fieldNamesPattern('due')})\\s*:|$)|\\s+By\\s*:\\s*(?=[^:;()]{0,40}\\d))|(?<=[.;]\\s{0,3})(?:owners?|lead|responsible|responsibility)\\s+[–—-]\\s+([^.;()]{1,120}?)(?=\\s*(?:[.;]|$)))`,
  'i',
);
// "(Due: 31 May)", "Deadline: 31 May", "Complete by: 31 May": any due field's name (fields.ts).
const DUE_FIELD = new RegExp(
  `\\s*(?:[([]\\s*(?:${fieldNamesPattern('due')})\\s*:?\\s*([^()[\\]]{1,80})[)\\]]|[-–—]?\\s*\\b(?:${fieldNamesPattern('due')})\\s*:\\s*([^;()]{1,80}?)(?=\\s*(?:[.;]\\s|[.;]?$|[-–—]?\\s*\\b(?:owners?|lead)\\s*:))|(?<=[.;]\\s{0,3})(?:due|deadline|target\\s+date)\\s+[–—-]\\s+([^;()]{1,80}?)(?=\\s*(?:[.;]\\s|[.;]?$)))`,
  'i',
);
const DUE_IN_OWNER_BRACKETS =
  /[;,]\s*(?:due(?:\s+date)?|deadline|by\s+when|target\s+date|by)\b\s*:?\s*(.*)$/i;
const SUPPORT_FIELD = new RegExp(
  String.raw`\s*[;,]?\s*\b(?:${SUPPORT_NAMES})\s*:\s*([^.;()]{1,120}?)(?=\s*(?:[.;]|[-–—]?\s*\b(?:due(?:\s+date)?|deadline|by\s+when|target\s+date)\s*:|$))`,
  'i',
);
const SUPPORT_LABEL = new RegExp(String.raw`\b(?:${SUPPORT_NAMES})\s*:\s*`, 'gi');
const NOTE_ASIDE = /\s*\((?:secretariat\s+|editor'?s\s+)?note\s*:[^()]{0,400}\)/gi;
// Words each field pattern needs; most actions have neither field, and this test is cheaper.
const OWNER_WORD = /owner|lead|responsib|assign|who|action\s+by/i;
const DUE_WORD = /due|deadline|when|target|complet|timescale/i;
// "By: 1 March 2024", "By: CPS" closing the task's text: a field of its own line, its name capitalised.
const BY_FIELD = /(?:^|(?<=[.;])\s+|\s+)By\s*:\s*([^;:()]{1,80}?)\s*\.?$/;
// "by Friday 13/09/2013": the cue may name the weekday before a date written in figures; "– target
// date 15 March", "before the next meeting on 4 June": a cue in other words.
const DUE_CUE =
  /\b(?:(?:by|before|due(?:\s+date)?|deadline|(?:target|completion)(?:\s+date)?|until|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|ahead\s+of|in\s+advance\s+of|prior\s+to)\s*:?\s*(?:the\s+)?(?:next\s+meeting\s+(?:on|of)\s+)?(?:end\s+of\s+(?:the\s+)?(?:day\s+(?:on\s+)?)?)?(?:(?:close\s+of\s+(?:play|business)|cop|cob)\s+(?:on\s+)?|close\s+on\s+|(?:noon|midday|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})\s+on\s+|(?:w\/e|week\s+ending)\s+)?|(?:close\s+of\s+(?:play|business)|cop|cob)\s+(?:on\s+)?|w\/c\s+|week\s+(?:commencing|beginning)\s+|\s[—–]\s*|\s-\s+)(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?$/i;

// The ends of text are trimmed from the end backwards: a regex anchored with $ but starting with
// \s* is tried at every position of the text, and action texts can be 100 kB long.
const TRAILING_MARKS = '-–—,;:';

/** Without one dash, comma, semicolon or colon at the end, nor the space before it (text is trimmed). */
function withoutTrailingMark(text: string): string {
  const last = text.slice(-1);
  return last !== '' && TRAILING_MARKS.includes(last) ? text.slice(0, -1).trimEnd() : text;
}

/** Without the spaces and full stops at the end. */
function withoutTrailingStops(text: string): string {
  // "(b) GLAA to plan joint visits; and" over "(c) …": the joint to the list's next entry goes too.
  let t = text.trimEnd().replace(LIST_JOINT, '');
  while (t.endsWith('.')) t = t.slice(0, -1).trimEnd();
  return t;
}
const LIST_JOINT = /\s*(?:[;,]\s*(?:and|or)|;)$/;

/**
 * An action is a few words to a paragraph: "Actions:Actions:…" with no space in it, or a
 * 70,000-character run after a label, is the debris of a damaged or hostile file, not a task a
 * person could be reminded of.
 */
function actionSized(text: string): boolean {
  // Nor is injected code after an action's label a task (see markers.ts's INJECTED_CODE), nor an
  // owner's "to" with no instruction after it ("Home Office to <script>…</script>", the markup gone,
  // run into the next line's "to review").
  return (
    text.length <= MAX_ACTION_CHARS &&
    /[A-Za-z]{2,}[^\S\n]+\S/.test(text) &&
    !INJECTED_CODE.test(text) &&
    !/\bto\s+to\b/i.test(text)
  );
}
const MAX_ACTION_CHARS = 2000;

const OWNERS_BEFORE = /^(?:\(([^()]{1,60})\)|\[([^[\]]{1,60})\])\s+(?=[A-Z])/;
// "By 30 April 2019 – NCA to share …", "30/04/2019: NCA to share …": the due date written first.
const DUE_FIRST =
  /^((?:by|due|before)\s+[^–—:]{3,30}?|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:\s+[-–—]|\s*:)\s+(?=\S)/i;
// One bracket of tags, or two or three side by side: "[DfE, 31/01/2014]", "[NCA] [30/06/2015]".
// A body's own bracket may stand inside: "(Department of Justice (NI))".
const BRACKET_TAG = /(?:\s*[[(](?:[^[\]()]|\([^()]{1,30}\)){1,120}[\])]){1,3}\s*\.?$/;
const TAG_INSIDE = /[[(]((?:[^[\]()]|\([^()]{1,30}\)){1,120})[\])]/g;

/**
 * Owners tagged on after the action in brackets, with or without a due date: "[DfE, 31/01/2014]",
 * "(Home Office)". Null unless what is not a date names only bodies.
 */
function bracketFields(
  text: string,
  owners: OwnerDirectory,
): { text: string; owners: string; due: string | null } | null {
  const m = BRACKET_TAG.exec(text);
  if (!m || m.index === 0) return tagBeforeDue(text, owners);
  // "[DfE, 31/01/2014]", "(Home Office – 7 February 2014)", "[NCA] [30/06/2015]".
  const inside = [...m[0].matchAll(TAG_INSIDE)].map((b) => b[1] ?? '');
  const parts = inside.flatMap((t) => t.split(/\s*[,;]\s*|\s+[–—-]\s+/));
  const dated = parts.filter((p) => findDates(p).length > 0);
  const named = parts.filter((p) => findDates(p).length === 0).join(', ');
  if (named === '' || !owners.isOrgList(named) || spellsOut(text.slice(0, m.index), named)) return null;
  return {
    text: text.slice(0, m.index).trim(),
    owners: named,
    due: dated.length > 0 ? dated.join(' ') : null,
  };
}

/**
 * "… write to the CPS (Crown Prosecution Service)", "… the Crown Prosecution Service (CPS)": a bracket
 * that spells out, or shortens, the name just before it; the name's other form, not who acts.
 */
function spellsOut(before: string, inside: string): boolean {
  const initials = (words: readonly string[]) =>
    words
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
  const words = before.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (/^[A-Z]{2,8}$/.test(last) && initials(inside.split(/\s+/)) === last) return true;
  if (!/^[A-Z]{2,8}$/.test(inside)) return false;
  // The capitalised words before the bracket, as many as the letters ("of" and "the" between them).
  const named = words.slice(-2 * inside.length).filter((w) => !/^(?:of|the|and|for|&)$/.test(w));
  return initials(named.slice(-inside.length)) === inside;
}

// "… the two councils (AS / MR) by 29 February 2024": the owners' bracket, then when it is due.
const TAG_BEFORE_DUE =
  /\s*[[(]([^[\]()]{1,120})[\])](\s+(?:by|before|no\s+later\s+than)\s+[^()[\]]{3,40}?)\s*\.?$/i;

/** The owners tagged on in brackets before the due date's words, which stay in the text as written. */
function tagBeforeDue(
  text: string,
  owners: OwnerDirectory,
): { text: string; owners: string; due: null } | null {
  const m = TAG_BEFORE_DUE.exec(text);
  if (!m || m.index === 0 || findDates(m[2] ?? '').length === 0) return null;
  const named = (m[1] ?? '').trim();
  if (!owners.isOrgList(named) || spellsOut(text.slice(0, m.index), named)) return null;
  return { text: `${text.slice(0, m.index).trim()}${m[2] ?? ''}`, owners: named, due: null };
}

/** An explicit date in a due cell or after "by", "before", "due" in the text. */
export function explicitDue(text: string, meetingDate: string | null, cued: boolean): string | null {
  // In text, only a date after a cue ("by", "before", "due") is the due date; in a due cell, any.
  const cuedAt = (d: FoundDate) => {
    const before = text.slice(Math.max(0, d.index - 30), d.index);
    // "by end of 13 September 2013" is that day; "by end of March 2014" finds no date (no day).
    return DUE_CUE.test(before);
  };
  const found = (dates: readonly FoundDate[], counts: (d: FoundDate) => boolean) => {
    for (const d of dates) {
      const iso = counts(d) ? isoDate(d, meetingDate) : null;
      if (iso) return iso;
    }
    return null;
  };
  return (
    found(findDates(text), (d) => !cued || cuedAt(d)) ??
    // "by 31/3", or a due cell of "31/03" (or "By 31/03") alone: a day and month, in the year after
    // the meeting.
    found(
      findDaysAndMonths(text),
      (d) => cuedAt(d) || (!cued && text.trim() === text.slice(d.index, d.end)),
    ) ??
    // "— Mar 22" after a meeting of 2024: March 2022 would be past before it was set, so the 22nd.
    found(findMonthsAndDays(text), (d) => (cuedAt(d) || !cued) && monthYearPast(d, meetingDate))
  );
}

/** "Mar 22" read as a month and a year (2022) falls in a year before the meeting's. */
function monthYearPast(d: FoundDate, meetingDate: string | null): boolean {
  const year = meetingDate === null ? Number.NaN : Number(meetingDate.slice(0, 4));
  return Number.isFinite(year) && 2000 + d.day < year;
}

/** The text without its numbering and labels, which can nest: "1. Action: AP3: DfE to …". */
function withoutLabels(written: string): string {
  let text = written;
  for (let n = 0; n < 3; n += 1) {
    const before = text;
    text = stripNumbering(text);
    text = matchLabel(text) ?? text;
    if (text === before) break;
  }
  return text;
}

// A line break inside a cell, marked apart from spaces while the text is cleaned (a private-use
// character no text holds), and where one sentence or line ends before another starts.
const LINE_BREAK = '\uE001';
const LINE_BREAKS = new RegExp(`\\s*${LINE_BREAK}\\s*`, 'g');
const SENTENCE_OR_LINE_END = new RegExp(`(?:[.;]\\s+|\\s*${LINE_BREAK}\\s*)(?=[A-Z])`, 'g');

/**
 * "ACTION: CPS to provide figures. NCA to check them against the NRM.": two actions in one marker,
 * each sentence naming its own owners before "to". The draft's text, split where a sentence that
 * `ownsAction` recognises follows one that does too; one draft when there is nothing to split.
 */
export function splitOwnedSentences(
  d: ActionDraft,
  ownsAction: (sentence: string) => boolean,
): ActionDraft[] {
  if (d.owners !== null || d.ref !== undefined || d.parts.length > 20) return [d];
  const joined = joinParts(d.parts);
  // A sentence's end, or a line break inside a cell ("… by 17 December<br>Salvation Army to …").
  if (joined.length > 1000 || !/(?:[.;]\s+|\n)[A-Z]/.test(joined) || fieldBlock(d.parts)) return [d];
  // The line breaks kept through the clean-up, which spaces them out, as a mark of their own.
  const text = withoutLabels(clean(joined.replace(/\s*\n\s*/g, ` ${LINE_BREAK} `)));
  if (!ownsAction(text)) return [d];
  const pieces: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_OR_LINE_END)) {
    const at = (m.index ?? 0) + m[0].length;
    if (!ownsAction(text.slice(at))) continue;
    pieces.push(text.slice(start, m.index));
    start = at;
  }
  if (pieces.length === 0) return [d];
  pieces.push(text.slice(start));
  return pieces.map((piece) => ({ ...d, parts: [piece.replace(LINE_BREAKS, ' ').trim()] }));
}

/** Field lines ("Owner: NCA", "Due: …") standing before the task's lines, moved after them. */
function fieldsAfterTask(parts: readonly string[]): readonly string[] {
  let k = 0;
  while (k < parts.length && isFieldLine((parts[k] ?? '').trim())) k += 1;
  if (k === 0 || k === parts.length) return parts;
  return [...parts.slice(k), ...parts.slice(0, k)];
}

// "– assigned to Jas Gill", "– owner: NCA": who has the task, a field after a dash at its end.
// (Its value has no full stop but an address's: "– Owner: Home Office. Due: …" is a sentence's fields.)
const ASSIGNED_SEGMENT =
  /\s[–—-]\s*(?:assigned\s+to|assignee|owner|lead)\s*:?\s+([^\s–—;]+@[^\s–—;]+|[^–—.;]{1,120}?)\s*$/i;

// "– ongoing", "– TBC" after an owner: when, in words that name no date.
const UNDATED_TAIL = new RegExp(`\\s[–—-]\\s*(?:${UNDATED_DUE})\\.?$`, 'i');

// What parts an owner from the date after them, besides a dash: a comma, a slash, "by", a bracket,
// the cell's line break.
const BEFORE_DATE = /(?:[,;/(]|\bby|\n)\s*$/;

/**
 * "Thames Valley Police, 14/03/2025", "NCA by 30 May 2025", "Home Office (31 March 2025)": an
 * owner's cell or field that says when too ("Lead / by", "Who / when"), its one date last.
 */
export function ownerThenDate(owner: string): { owner: string; due: string } | null {
  const t = owner.trim();
  const dates = findDates(t);
  const date = dates[0];
  if (date === undefined || date.year === null || dates.length > 1) return null;
  const before = t.slice(0, date.index);
  if (!/^[).]?$/.test(t.slice(date.end).trim()) || !BEFORE_DATE.test(before)) return null;
  const rest = before.replace(BEFORE_DATE, '').trim();
  return /\p{L}/u.test(rest) ? { owner: rest, due: t.slice(date.index, date.end) } : null;
}

/** The final shape, or null for a fragment that is no action ("None", an empty box). */
export function finishAction(
  d: ActionDraft,
  owners: OwnerDirectory,
  meetingDate: string | null,
): ParsedAction | null {
  // "Owner: Home Office" over "Circulate the memo …": a field written above the task is the task's;
  // "Status: Closed" under it says where it stands, which is not the action.
  const written = d.parts.filter((p) => fieldOf(p.trim())?.kind !== 'status');
  // "(Item 1)" on a line of its own under the task's fields names its item; taken off first, so the
  // field before it still ends the text.
  const lineItem = written.length > 1 ? itemReferenceLine(written[written.length - 1] ?? '') : null;
  const parts = fieldsAfterTask(lineItem === null ? written : written.slice(0, -1));
  // "Who: …", "What: …", "When: …": the fields say which part is which.
  const block = fieldBlock(parts);
  let text = withoutLabels(clean(block ? block.text : joinParts(parts)));
  // "Collect examples | Owner: City Hearts | Due: 15 November 2023": fields parted by bars on the
  // task's line, read as fields parted by semicolons are.
  // "Assigned to: … · Due: … · Status: Open": a tracker's middle dots part them as bars do.
  if (/[|·•]/.test(text) && text.length <= 4000)
    text = text.replace(BAR_BEFORE_FIELD, '; ').replace(STATUS_AFTER_FIELDS, '');
  let ownerText = d.owners ?? block?.owners ?? null;
  let dueText = d.due ?? block?.due ?? null;
  // "Review first responder training records Westshire Police" beside an empty owner cell: a tab
  // turned into one space joined the owner's cell to the task's; a body the minutes know ends it.
  if (ownerText === null && d.ownerCellEmpty) {
    const ended = owners.bodyAtEnd(text);
    if (ended) {
      ownerText = ended.owner;
      text = ended.rest;
    }
  }
  // "Salvation Army – 28 November 2025", "NCA – ongoing" under "Owner / Date": the owner's cell or
  // field says when too.
  if (ownerText !== null && ownerText.length <= 200) {
    const dated = DUE_SEGMENT.exec(ownerText);
    const when = dated ?? UNDATED_TAIL.exec(ownerText);
    const parted = when ? null : ownerThenDate(ownerText);
    if (when && when.index > 0) {
      if (dated) dueText = dueText ?? dated[1] ?? null;
      ownerText = ownerText.slice(0, when.index).trim();
    } else if (parted) {
      dueText = dueText ?? parted.due;
      ownerText = parted.owner;
    }
  }
  // "… – assigned to tom.reid@nca.gov.uk – due 28 April 2023": a notes tool's fields after the task,
  // each after a dash.
  if (ownerText === null && text.length <= 4000 && /assign|owner|lead/i.test(text)) {
    const due = DUE_SEGMENT.exec(text);
    const head = due ? text.slice(0, due.index) : text;
    const assigned = ASSIGNED_SEGMENT.exec(head);
    if (assigned) {
      ownerText = (assigned[1] ?? '').trim();
      if (due) dueText = dueText ?? due[1] ?? null;
      text = head.slice(0, assigned.index);
    }
  }
  // "(DfE) Circulate the evaluation …", "[NCA/CPS] Report …": the owners in brackets before the action.
  const lead = ownerText === null ? OWNERS_BEFORE.exec(text) : null;
  if (lead && owners.isOrgList(lead[1] ?? lead[2] ?? '')) {
    ownerText = lead[1] ?? lead[2] ?? '';
    text = text.slice(lead[0].length);
  }
  // Fields belong to action-sized text; the cap keeps hostile megabyte "actions" linear.
  const fields = text.length <= 4000;
  const dueFirst = fields && dueText === null ? DUE_FIRST.exec(text) : null;
  if (dueFirst && findDates(dueFirst[1] ?? '').length > 0) {
    dueText = dueFirst[1] ?? null;
    text = text.slice(dueFirst[0].length);
  }
  const of = fields && OWNER_WORD.test(text) ? OWNER_FIELD.exec(text) : null;
  if (of) {
    let field = (of[1] ?? of[2] ?? of[3] ?? '').trim();
    // "(Owner: MOJ; due 1 March 2013)": a due date sharing the brackets is the due date, not an owner.
    const shared = of[1] ? DUE_IN_OWNER_BRACKETS.exec(field) : null;
    if (shared) {
      dueText = dueText ?? (shared[1] ?? '').trim();
      field = field.slice(0, shared.index).trim();
    }
    ownerText = ownerText ?? field;
    text = text.slice(0, of.index) + text.slice(of.index + of[0].length);
  }
  // "Lead: DfE; Support: DH, Welsh Government": supporting departments own the action too.
  const sf = fields && /support/i.test(text) ? SUPPORT_FIELD.exec(text) : null;
  if (sf) {
    ownerText = ownerText ? `${ownerText}; ${sf[1] ?? ''}` : (sf[1] ?? '');
    text = text.slice(0, sf.index) + text.slice(sf.index + sf[0].length);
  }
  if (ownerText) ownerText = ownerText.replace(SUPPORT_LABEL, '');
  const df = fields && DUE_WORD.test(text) ? DUE_FIELD.exec(text) : null;
  if (df) {
    dueText = dueText ?? (df[1] ?? df[2] ?? df[3] ?? '').trim();
    text = text.slice(0, df.index) + text.slice(df.index + df[0].length);
  }
  // "… for the workshop. By: 1 March 2024" (a "By:" line under the task): when it is due; "By: CPS",
  // who does it, as "Action by:" says.
  const by = fields && !df && text.includes('By') ? BY_FIELD.exec(text) : null;
  if (by) {
    const said = (by[1] ?? '').trim();
    if (findDates(said).length > 0) dueText = dueText ?? said;
    else ownerText = ownerText ?? said;
    text = text.slice(0, by.index);
  }
  // "… by 13 September 2013. (Item 2)": a summary of action points names the item each belongs to,
  // as an action log's "Agenda item:" field does.
  let item = lineItem ?? block?.item ?? d.item;
  const ref =
    (fields && /item/i.test(text) ? ITEM_REFERENCE.exec(text) : null) ??
    (fields && /para|minute/i.test(text) ? PARAGRAPH_REFERENCE.exec(text) : null);
  if (ref) {
    item = String(ref[1]).replace(/^0+(?=\d)/, '');
    text = text.slice(0, ref.index);
  } else {
    const before = fields && /item/i.test(text) ? ITEM_REFERENCE_BEFORE.exec(text) : null;
    if (before) {
      item = String(before[1] ?? before[2]).replace(/^0+(?=\d)/, '');
      text = text.slice(before[0].length);
    }
  }
  // "(Secretariat note: a briefing is offered on 8 January)": the secretariat's aside, not the action.
  if (fields && /note\s*:/i.test(text)) text = text.replace(NOTE_ASIDE, '');
  // "… (Mentioned by Jo Hart)": who raised it, as a call's recap says, not who does it.
  if (fields && /\sby\s/i.test(text)) text = text.replace(ATTRIBUTION, '');
  // "Share care sector data: Raj Bains will share the data …": a recap's short title for the task
  // before the sentence that names who does it; the sentence is the action.
  const titled = fields && ownerText === null ? TASK_TITLE.exec(text) : null;
  if (
    titled &&
    !owners.isOrgList(titled[1] ?? '') &&
    owners.fromText(titled[1] ?? '').length === 0 &&
    owners.fromText(titled[2] ?? '').length > 0
  )
    text = titled[2] ?? text;
  text = withoutTrailingMark(singleSpaced(text).replace(ACTION_TAG, '').trim()).trim();
  // Fields taken out of "Publish it. Lead: X. Support: Y." leave their full stops behind.
  if (of || sf || df) text = text.replace(/\.(?:\s*[.;,])+$/, '.');
  // A full stop (or the one a removed field left behind) goes; a deliberate ellipsis stays.
  if (!text.endsWith('...')) text = withoutTrailingStops(text);
  if (text === '' || isNoAction(text) || !actionSized(text)) return null;

  // "Write to the bidders [DfE, 31/01/2014]": owners, and perhaps the due date, tagged on in brackets.
  // Only when the sentence names no owner itself: "… write to the CPS (Crown Prosecution Service)".
  if (!ownerText && fields && owners.fromText(text).length === 0) {
    const tagged = bracketFields(text, owners);
    if (tagged) {
      text = tagged.text;
      ownerText = tagged.owners;
      dueText = dueText ?? tagged.due;
    }
  }
  let ownerList = ownerText ? owners.split(ownerText) : owners.fromText(text);
  // "Survivors to be consulted … – Home Office": the subject of a passive is not who acts; the
  // owner named after it is.
  if (!ownerText && (ownerList.length === 0 || (fields && PASSIVE.test(text)))) {
    const after = owners.trailing(text);
    if (after.length > 0 || ownerList.length === 0) ownerList = after;
  }
  const due =
    (dueText ? explicitDue(dueText, meetingDate, false) : null) ?? explicitDue(text, meetingDate, true);
  const kept = ownerList.map(clean).filter((o) => o !== '');
  // "to <!here>", "to by 31 February": a task whose subject was a Slack mention or markup, gone
  // with it, and that no field names an owner for. Nobody could be reminded of it.
  if (kept.length === 0 && SUBJECT_GONE.test(text)) return null;
  return { owners: kept, text, item, due };
}

const SUBJECT_GONE = /^to\b/i;
// "(Mentioned by Jo Hart)", "(Suggested by the Chair)": who raised the task, at its end.
const ATTRIBUTION = /\s*\((?:mentioned|suggested|raised|proposed|requested)\s+by\s+[^()]{1,60}\)\s*\.?\s*$/i;
// A few words of title, a colon, then a sentence of its own ("Circulate course dates: Tom Nash will …").
const TASK_TITLE = /^([A-Z][^:.;()]{2,60}?):\s+([A-Z].*)$/;
// "…; Status: Open" last among the fields: where the action stands, no part of it.
const STATUS_AFTER_FIELDS = new RegExp(`;\\s*(?:${fieldNamesPattern('status')})\\s*:[^;.]{0,40}$`, 'i');
// A bar (or a tracker's middle dot) before a field's name: the fields after a task on its line.
const BAR_BEFORE_FIELD = new RegExp(
  `\\s*[|·•]\\s*(?=(?:${fieldNamesPattern('owner')}|${fieldNamesPattern('due')}|${fieldNamesPattern('status')})\\s*:)`,
  'gi',
);
// "NCA to share the figures (action).": a tag saying the sentence is an action, not part of it.
const ACTION_TAG = /\s*[([]\s*actions?\s*[)\]]\s*\.?\s*$/i;
// "Survivors to be consulted", "The guidance to be published": a passive's subject, near the start.
const PASSIVE = /^[^.]{1,80}?\bto\s+be\s+[a-z]+(?:ed|en|wn|ght)\b/i;
