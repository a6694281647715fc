import { findDates, findDaysAndMonths, MONTH_WORD } from './dates.js';
import { fieldOf } from './fields.js';
import { startsWithActionVerb } from './verbs.js';

/**
 * The small vocabulary minutes are written in: list numbering, action labels, agenda item
 * headings, section headings. All patterns are anchored and bounded.
 */

// "1.", "1)", "(1)", "3.1", "a)", "(a)", "b.", "(ii)", "iv)", bullets, and action numbers "AP3:", "A3:",
// or "A3" before a capital (a code in a column of its own: "A3⇥NCA to …"), and a log's codes with
// slashes before a capital or a dash ("MSP/16/11   Salvation Army to …", "A17/04 – …", the second of
// an item's actions "A02/23-2 …"), and a tracker's record number ("#12  Share the form …").
const NUMBERING =
  /^(?:\(?\d{1,3}(?:\.\d{1,3}){1,3}\.?(?=\s)(?!\s*(?:[ap]\.?m\b|to\b|[-–—]))|\(?\d{1,3}[.)](?=\s)|\(\d{1,3}\)|\(?[a-z][.)](?=\s)|\([a-z]\)|\(?[ivx]{1,5}[.)](?=\s)|\([ivx]{1,5}\)|[•·▪◦‣●☐☑☒□*+\-–—](?=\s)|o(?=\s)|AP\s?\d{1,3}\s*[:.)]|A\d{1,3}\s*[:.)]|AP?\s?\d{1,3}(?=\s+[A-Z])|[A-Z]{1,5}\d{0,3}\/\d{1,4}(?:\/\d{1,4}){0,2}(?:-\d{1,3})?(?=\s+[A-Z]|\s*[:–—-]\s)|#\d{1,5}(?=\s))\s*/;

export function hasNumbering(text: string): boolean {
  return NUMBERING.test(text);
}

export function stripNumbering(text: string): string {
  let t = text;
  // "1. a) " nests; strip at most three levels.
  for (let n = 0; n < 3; n += 1) {
    const m = NUMBERING.exec(t);
    if (!m || m[0].length === 0) break;
    t = t.slice(m[0].length);
  }
  return t;
}

/** The words an action's label is written with ("Action:", "Actions:", "Action points:", "Action items:"). */
// "Action(s):", "Action point(s):": a template's label that leaves the number open.
export const LABEL_WORDS = String.raw`actions?\s+agreed(?=\s*:)|action\s+points?(?:\(s\))?|action\s+items?(?:\(s\))?|actions?(?:\(s\))?`;

const BARE_LABEL = new RegExp(`^(?:agreed\\s+)?(?:${LABEL_WORDS})$`, 'i');

/** "Actions", "Action points": a label's words alone, as a table's first cell names its row. */
export function isBareLabel(text: string): boolean {
  return BARE_LABEL.test(stripMarkdown(text.trim()));
}

// "Action 3 (Home Office):": a number and the owners in brackets may stand in the label.
const LABEL = new RegExp(
  String.raw`^(agreed\s+)?(${LABEL_WORDS}|ap)(?![a-z])\s*(no\.?\s*)?((?:[A-Z]{1,6}\/|[A-Z](?=\d))?\d{1,4}(?:[./]\d{1,4}){0,2})?\s*(?:\(([^()]{1,80})\)\s*)?([:\-–—.)])?\s*`,
  'i',
);

// "Action – Home Office: share …", "ACTION/NCA: circulate …": the owners after the label, before the colon;
// "Action for DWP: share …", "Action by NCA: circulate …" name them after "for" or "by".
const OWNERS_AFTER_LABEL =
  /^(?:agreed\s+)?actions?\s*(?:[-–—]\s|\/|\s+(?:for|by|on)\s+(?:the\s+)?)\s*([A-Z][^:()]{0,60}?)\s*:\s*(?=\S)/i;
// "Action NCA: share …", "ACTION DH/DWP: report …": bodies' short names straight after the label,
// no dash or "for" between; only capitals-led short names, since "Action Log:", "Action Plan:" name
// what follows, not who.
const SHORT_NAME = '[A-Z][A-Za-z]{0,3}[A-Z]';
const SHORT_NAMES_JOINER = String.raw`\s*(?:,|\/|&|and)\s*`;
const ACRONYMS_AFTER_LABEL = new RegExp(
  String.raw`^(?:ACTIONS?|Actions?)\s+(${SHORT_NAME}(?:${SHORT_NAMES_JOINER}${SHORT_NAME})*)\s*:\s*(?=\S)`,
);
// Capitals after "ACTION" that say what the lines are, not who owns them.
const NOT_ACRONYM_OWNERS =
  /^(?:OWNERS?|LEADS?|DUE|BY|FOR|ON|NO|TO|ALL|NONE|TAKEN|AGREED|REQUIRED|NOTED|NOTE|ITEMS?|POINTS?|LOG|PLAN|LIST|UPDATES?|TBC|TBA|NEW|OPEN|CLOSED|DONE)$/;
// "ACTION Westfield Council and Migrant Help: map …": bodies' names in full straight after the label,
// told from "Action Plan: Review …" by the words before the colon being capitalised names and a task
// after it.
const NAMES_AFTER_LABEL =
  /^(?:ACTIONS?|Actions?)\s+([A-Z][\w'’&.-]*,?(?:\s+(?:[A-Z][\w'’&.-]*,?|and|of|for|the|&)){0,7})\s*:\s*(?=\S)/;
// "Action point 1 – NCA – Share …", "Action 3 - DH - circulate …": the owners between two dashes.
const OWNERS_BETWEEN_DASHES =
  /^(?:agreed\s+)?(?:action\s+points?|actions?|ap)\s*(?:no\.?\s*)?(?:\d{1,4}(?:[./]\d{1,4}){0,2})?\s*[-–—]\s+([A-Z][^:()–—]{0,60}?)\s+[-–—]\s+(?=\S)/i;
// What an action's review says after "Action – " ("Action – update: …"): a state, not an owner.
const NOT_OWNERS = /^(?:update[ds]?|note[ds]?|complete[ds]?|closed|open|ongoing|done|none|carried forward)$/i;

/**
 * A date as a task's owner or due field writes it after the task: "31/03/2015", "31.03.15",
 * "2015-03-31", "30 April 2015", "28th Feb", with its weekday before it or not ("Friday 11
 * November 2022", "Fri, 11/11/2022").
 */
export const FIELD_DATE = String.raw`(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)`;

// "HMRC, 31/03/2015", "BIS and Home Office – 30 April 2015": owners, then a date after a comma or dash.
const OWNERS_THEN_DATE = new RegExp(
  String.raw`^([A-Z][^()]{0,80}?)\s*[,;–—-]\s*(?:(?:due|by)\s+)?(${FIELD_DATE})$`,
);

// "[Action: NCA] Circulate the note.": the label and its owners in brackets before the action.
const BRACKETED_LABEL =
  /^[[(]\s*(?:agreed\s+)?actions?\s*(?::|\s[-–—])\s*([A-Z][^()[\]:]{0,60}?)\s*[\])]\s*[:\-–—]?\s*(?=\S)/i;
// "Action required:", "Actions agreed:", "New action:", "Further action:", "Follow-up action:",
// "Action/Decision:" (a log's row that may be either, here an action), and an arrow after the label
// ("Action -> NCA to …"): other forms of the label, with the task after them.
const LABEL_VARIANT =
  /^(?:(?:new|required|further|follow[\s-]?up)\s+actions?|actions?\s+(?:required|agreed|arising)|actions?\s*\/\s*decisions?|decisions?\s*\/\s*actions?|actions?(?=\s*(?:->|=>|>)))\s*(?::|\s[-–—]|(?:->|=>|>))\s*(?=\S|$)/i;
// "Action on: Bradford Council – circulate the plan", "Action by: NCA – share …": the owners' field
// opens a line of owners and an instruction after a dash (the action "Action:" would label).
const OWNER_FIELD_LABEL = /^actions?\s+(?:on|by)\s*:\s*(?=[A-Z][^:–—]{0,60}?\s[–—-]\s+([a-z]+))/i;
// "Next steps: NCA to share the figures": the label over a task whose owners say "to" and an
// instruction ("Next steps: the Board will consider …" is what will happen, no task).
const NEXT_STEP_LABEL = /^(?:agreed\s+)?next\s+steps?\s*:\s*(?=[A-Z][^.:;]{0,60}?\s+to\s+([a-z]+))/i;
// "Task: NCA to circulate …", "To do: …", "Tasked: …", "Follow-up: …": other words a secretariat
// labels an action with.
const OTHER_LABEL = /^(?:tasks?|tasked|to[\s-]?dos?|follow[\s-]?ups?)\s*:\s*(?=\S)/i;
// "TODO NCA to circulate …", "DONE DWP to confirm …": an outliner's task keywords (Org mode), in
// capitals before the task, no colon; a done task is still one the meeting set.
const TASK_KEYWORD = /^(?:TODO|DONE)\s+(?=[A-Z])/;
// "ACTION ON NCA to circulate …": the word that puts the owners after a label in capitals.
const ON_OWNERS = /^on\s*:?\s+(?=[A-Z])/i;

const ACTION_PAPER =
  /^actions?\s+(?:sheet|notes?|log|tracker|register|list|summary|record|plan|schedule)\s*:?$/i;

/** Arrows drawn as characters ("→", "⇒", "➔", "➜"): a character class's ranges. */
export const ARROW_CHARS = String.raw`\u2190-\u21FF\u2794-\u27BF`;

/** The services a meeting is held on when it is held online: a place, and a note on how someone attended. */
export const ONLINE_SERVICES = String.raw`(?:Microsoft\s+|MS\s+)?Teams|Zoom|Skype(?:\s+for\s+Business)?|Google\s+Meet|Webex|Lifesize`;

// "(A1)", "(AP 2)", "A3 –": a code in brackets, or followed by a dash, standing before an action; so
// is a log's code with its year or meeting in it ("A17/09 –", "AP-03 –", "IDMG/14/03 –"), which has
// a separator in it ("Q3 – Performance" is a heading).
// An action's code: "AP3", "A 4", or a log's with its year or meeting in it ("A17/09", "AP-03", "IDMG/14/03").
export const ACTION_CODE_WORD = String.raw`(?:AP?\s?\d{1,3}|[A-Z]{1,6}(?:[-/.]\d{1,4}|\d{1,4}[/.-]\d{1,4})(?:[/.-]\d{1,4}){0,2})`;
const ACTION_CODE = new RegExp(
  String.raw`^(?:\(\s*AP?\s?\d{1,3}\s*\)\s*[:\-–—]?|${ACTION_CODE_WORD}\s+[–—-])\s+`,
);
// "AP1 (Home Office) - publish …", "A17/09 (NCA, MOJ): report …": a code with its owners in brackets;
// "AI-1 [Border Force] Share …": in square brackets, which set them off without a dash.
const CODE_WITH_OWNERS = new RegExp(
  String.raw`^${ACTION_CODE_WORD}\s*(?:\(([^()]{1,80})\)\s*[:–—-]|\[([^[\]]{1,80})\]\s*[:–—-]?)\s+`,
);

// "A02/23-1 Westshire Police: …": an action's code (an "A" for action), then owners before a colon.
const CODE_BEFORE_OWNERS = /^(A[PI]?\d{1,4}(?:[/.-]\d{1,4}){1,3})\s+([A-Z][^:]{1,60}):\s/;
// "[Greater Manchester Police] Share the debrief …": owners in square brackets before the task.
const OWNERS_FIRST = /^\[([A-Z][^[\]:]{1,60})\]\s+(?=[A-Z])/;

/**
 * "[NCA] Collate the returns …" standing in an item's text: the owners in square brackets, then the
 * task in an instruction's words, as "Action (NCA): Collate …" says it. (In a list of actions the
 * entry's brackets are read with its text, as any entry's owners are.) Null otherwise.
 */
export function ownersFirstLabel(text: string): string | null {
  if (text.charCodeAt(0) !== 0x5b) return null;
  const m = OWNERS_FIRST.exec(text);
  const owners = m?.[1] ?? '';
  const task = m ? text.slice(m[0].length) : '';
  return m && startsWithActionVerb(task) && ownersOnly(owners) ? `${task} (Owner: ${owners})` : null;
}
// "- **Local Government Association**: circulate …": a bullet's owners set off in bold or italics
// before a colon, the task after it.
const EMPHASISED_OWNERS = /^(?:[-*+•]\s+)?(\*\*|__|\*|_)([A-Z][^*_:]{1,60}?)\1\s*:\s+(?=\S)/;

/**
 * "- **DWP**: share the data …" standing in an item's text, with no label over it: owners marked
 * in emphasis, then a task in an instruction's words ("- **DWP**: noted the figures" is a
 * record of what was said). The owners, for the caller to hold to the meeting's bodies; null otherwise.
 */
export function emphasisedOwners(raw: string): string | null {
  const t = raw.trimStart();
  if (t.length > 2000) return null;
  const m = EMPHASISED_OWNERS.exec(t);
  const owners = (m?.[2] ?? '').trim();
  return m && ownersOnly(owners) && startsWithActionVerb(t.slice(m[0].length)) ? owners : null;
}
// "- …", "• …": a list's bullet and the space after it.
const BULLET = /^[•·▪◦‣●*+\-–—]\s+/;
// "Circulate the protocol to members [GLAA] [29/03/2019]": tags in square brackets after a task.
const TRAILING_TAGS = /(?:\s*\[[^[\]]{1,80}\]){1,3}\s*\.?$/;

/** "31/5", "14/06": a day and a month and nothing more. */
const isDayAndMonth = (text: string): boolean =>
  /^\d{1,2}\/\d{1,2}$/.test(text) && findDaysAndMonths(text).length === 1;

/** "29/03/2019", "by 30 June 2019": a date and nothing more, read as dates.ts reads any date. */
export function isDateOnly(text: string): boolean {
  const date = findDates(text)[0];
  return (
    date !== undefined &&
    text.slice(date.end).trim() === '' &&
    /^(?:(?:due|by)\s+)?$/i.test(text.slice(0, date.index))
  );
}

/**
 * A task in an instruction's words with its owner, and perhaps its date, tagged on in square
 * brackets ("Share the findings [Local Government Association]"), standing in an item's text: read
 * as "Action: Share the findings (Owner: …)". Null when a tag is neither owners nor a date.
 */
export function trailingTagsLabel(text: string): string | null {
  // "- Write to the shelters [Leeds City Council, 31 July 2019]": a bullet's task is the task.
  const t = text.trimEnd().replace(BULLET, '');
  if (!t.endsWith(']') && !t.endsWith('].')) return null;
  const tail = t.slice(-300);
  const m = TRAILING_TAGS.exec(tail);
  if (!m) return null;
  const task = t.slice(0, t.length - tail.length + m.index).trim();
  if (task === '' || !startsWithActionVerb(task)) return null;
  let owners: string | null = null;
  let due: string | null = null;
  for (const tag of m[0].matchAll(/\[([^[\]]+)\]/g)) {
    // "[Leeds City Council, 31 July 2019]": owners and date may share one pair of brackets.
    const named: string[] = [];
    for (const part of (tag[1] ?? '').split(/\s*[,;]\s*/)) {
      const said = part.trim();
      if (said === '') continue;
      // ("[GLAA, 31/5]": in a tag beside its owner, a day and a month are the date due.)
      if (due === null && (isDateOnly(said) || isDayAndMonth(said))) due = said;
      else named.push(said);
    }
    if (named.length === 0) continue;
    const said = named.join(', ');
    if (owners === null && ownersOnly(said)) owners = said;
    else return null;
  }
  if (owners === null) return null;
  return `${task} (Owner: ${owners})${due === null ? '' : ` (Due: ${due})`}`;
}

// When, in words rather than a date: "end of June", "mid-July 2021", "next meeting", "ASAP", "TBC".
const TIMING = String.raw`(?:(?:by\s+)?(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:${MONTH_WORD}|the\s+(?:month|year|quarter))|(?:mid|early|late)[-\s]+${MONTH_WORD})(?:\s+\d{4})?|${MONTH_WORD}\s+\d{4}|(?:the\s+)?next\s+meeting|asap|tbc|tba|ongoing`;

// The last of a task's dash-separated fields when it gives the due date: "– due 30/06/2017", "– by
// Friday", a date alone: "– 02/07/2021", "– 11 November 2022", or a time in words: "– end of June".
export const DUE_SEGMENT = new RegExp(
  String.raw`\s[–—-]\s*((?:due|by|deadline)\b[^–—]{1,40}|${FIELD_DATE}|${TIMING})\.?$`,
  'i',
);
// A line's bracketed letter for an action, from a key such minutes give ("[A] action").
const LETTER_MARK = /^\[(?:A|AP|ACTION|Action)\]\s+(?=\S)/;

// "NCA – Publish …" after an action's code: the owners, then a dash.
const OWNERS_THEN_DASH = /^([A-Z][^:()–—]{0,60}?)\s+[-–—]\s+(?=\S)/;

/** Words a label sets apart as the action's owners: a few, no more than owners, no state or task. */
function namesOwnersOnly(owners: string): boolean {
  return (
    owners.split(/\s+/).length <= 8 &&
    !holdsMoreThanOwners(owners) &&
    !NOT_OWNERS.test(owners) &&
    // "ACTION – Commission a review – Lead: Home Office": the task between the dashes, not its owners.
    !startsWithActionVerb(owners)
  );
}

/** The task after a label's owners, with them (and a last field's date) as fields the reader knows. */
function withNamedOwners(rest: string, owners: string): string {
  // "AP 22/07 – Police Scotland – provide the figures – 11 November 2022": the last field its date.
  const due = DUE_SEGMENT.exec(rest.replace(/\.$/, ''));
  return due
    ? `${rest.slice(0, due.index)} (Owner: ${owners}) (Due: ${due[1]})`
    : `${rest} (Owner: ${owners})`;
}

// "Action", "Action Point", "Actions", "Action Item", "Action text": a paragraph style a secretariat's
// template keeps for its actions (shaded or boxed on the page, no label in the words).
const ACTION_STYLE = /^(?:minutes?\s+)?actions?(?:\s+(?:points?|items?|text|box|para(?:graph)?|line))?$/i;

/** Whether a style's name (Word's, or Pandoc's custom-style kept from it) marks its paragraphs as actions. */
export function isActionStyle(name: string): boolean {
  return ACTION_STYLE.test(name.trim());
}

/**
 * An action label at the start of a line: "Action:", "ACTIONS", "**Action:**" (after Markdown is
 * removed), "Action 3:", "AP3:", "Agreed actions:". Returns the text after it, or null.
 */
export function matchLabel(text: string): string | null {
  // "(A1) Migrant Help to report …", "A3 – Police Scotland to brief …": an action's code is its label.
  const c0 = text.charCodeAt(0);
  if (c0 === 0x28 || (c0 >= 0x41 && c0 <= 0x5a)) {
    const code = ACTION_CODE.exec(text);
    if (code && code[0].length < text.length) {
      const rest = text.slice(code[0].length);
      // "A1/15 – NCA – Publish …": the owners between two dashes, as after "Action point 1".
      const dashed = OWNERS_THEN_DASH.exec(rest);
      return dashed && namesOwnersOnly(dashed[1] ?? '')
        ? withNamedOwners(rest.slice(dashed[0].length), dashed[1] ?? '')
        : rest;
    }
    // "A02/23-1 Westshire Police: circulate …": an action's code, then its owners before a colon
    // (the text keeps them, as "Body: task" does); "D02/23 …", a decision's, is no action.
    const owned = c0 === 0x41 ? CODE_BEFORE_OWNERS.exec(text) : null;
    if (owned && namesOwnersOnly(owned[2] ?? '')) return text.slice((owned[1] ?? '').length).trimStart();
    const coded = c0 !== 0x28 ? CODE_WITH_OWNERS.exec(text) : null;
    const codeOwners = coded?.[1] ?? coded?.[2] ?? '';
    if (
      coded &&
      coded[0].length < text.length &&
      !holdsMoreThanOwners(codeOwners) &&
      !NOT_OWNERS.test(codeOwners)
    )
      return `${text.slice(coded[0].length)} (Owner: ${codeOwners})`;
  }
  if (text.charCodeAt(0) === 0x28 || text.charCodeAt(0) === 0x5b) {
    // "[A] GLAA to plan …" under a key of "[D] decision, [A] action, [I] for information".
    const letter = LETTER_MARK.exec(text);
    if (letter) return text.slice(letter[0].length);
    const bracketed = BRACKETED_LABEL.exec(text);
    const owners = bracketed?.[1] ?? '';
    if (bracketed && !holdsMoreThanOwners(owners) && !NOT_OWNERS.test(owners))
      return `${text.slice(bracketed[0].length)} (Owner: ${owners})`;
  }
  const first = text.charCodeAt(0) | 0x20;
  // "Action required:", "New action:", "Action/Decision:", "Action ->": a label's other words.
  if (first === 0x61 || first === 0x6e || first === 0x72 || first === 0x66 || first === 0x64) {
    const variant = LABEL_VARIANT.exec(text);
    if (variant) return text.slice(variant[0].length);
    const opening =
      first === 0x61 ? OWNER_FIELD_LABEL.exec(text) : first === 0x6e ? NEXT_STEP_LABEL.exec(text) : null;
    if (opening && startsWithActionVerb(opening[1] ?? '')) return text.slice(opening[0].length);
  }
  if (first === 0x74 || first === 0x64 || first === 0x66) {
    const other = OTHER_LABEL.exec(text) ?? TASK_KEYWORD.exec(text);
    return other ? text.slice(other[0].length) : null;
  }
  // Every other label starts with an "a" (action, ap, agreed): most lines are ruled out by their first letter.
  if (first !== 0x61) return null;
  if (COLUMN_PAIR.test(text)) return '';
  const named = OWNERS_AFTER_LABEL.exec(text) ?? OWNERS_BETWEEN_DASHES.exec(text);
  if (named && namesOwnersOnly(named[1] ?? ''))
    return withNamedOwners(text.slice(named[0].length), named[1] ?? '');
  const acronyms = ACRONYMS_AFTER_LABEL.exec(text);
  if (
    acronyms &&
    !(acronyms[1] ?? '').split(new RegExp(SHORT_NAMES_JOINER)).some((w) => NOT_ACRONYM_OWNERS.test(w))
  )
    return withNamedOwners(text.slice(acronyms[0].length), acronyms[1] ?? '');
  const names = NAMES_AFTER_LABEL.exec(text);
  if (
    names &&
    !NOT_ACRONYM_OWNERS.test((names[1] ?? '').split(/[\s,]/)[0]?.toUpperCase() ?? '') &&
    namesOwnersOnly(names[1] ?? '') &&
    startsWithActionVerb(text.slice(names[0].length))
  )
    return withNamedOwners(text.slice(names[0].length), names[1] ?? '');
  // "ACTION SHEET", "ACTION LOG": what the paper or the list is called, in capitals, no label.
  if (ACTION_PAPER.test(text)) return null;
  const m = LABEL.exec(text);
  if (!m) return null;
  const word = m[2] ?? '';
  const digits = m[4];
  const owners = m[5];
  const punct = m[6];
  const rest = text.slice(m[0].length);
  // "Action (Home Office): set out …": the owners go with the action as an owner field. Brackets
  // holding an action ("Action 1 (MOJ to provide …): complete") are a review of it, not a label.
  // "ACTION (NCA) Circulate the note." in capitals, no colon: the owners in brackets as well.
  const capitalsLabel = word === word.toUpperCase() && word.length > 2;
  if (owners !== undefined) {
    if (!(punct === ':' || (punct === undefined && capitalsLabel && /^[A-Z]/.test(rest))) || rest === '')
      return null;
    // "Action 1 (Item 2): BIS to publish …": the item the action comes from, not its owners; left
    // before the action as the reference it is.
    if (/^\s*(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*$/i.test(owners)) return `(${owners.trim()}) ${rest}`;
    // "Actions (2):", "Action (new):": a count or the action's state in the brackets, no owners.
    // "Action 2(a):", "Action 3(iv):": the sub-item the action comes from, after its number.
    if (/^\s*(?:\d{1,2}|new)\s*$/i.test(owners) || (digits && /^\s*(?:[a-z]|[ivx]{1,4})\s*$/i.test(owners)))
      return rest;
    // "Action (by 28 June 2024):", "Action (by next meeting):", "Action (no date):": when, not who.
    if (isDateOnly(owners)) return `${rest} (Due: ${owners.trim()})`;
    if (NO_DUE_DATE.test(owners)) return rest;
    // "Action (lead: Home Office; by 8 July 2016): circulate …": fields in the brackets.
    const fielded = bracketFields(owners);
    // "Action (note: see annex): …": a field that names no owner is no owners either.
    if (!fielded && /^[^:]{1,30}:\s/.test(owners)) return null;
    if (fielded) {
      if (holdsMoreThanOwners(fielded.owners)) return null;
      return `${rest} (Owner: ${fielded.owners})${fielded.due ? ` (Due: ${fielded.due})` : ''}`;
    }
    // "Action (HMRC, 31/03/2015): share …": the owners, then the date it is due.
    const dated = OWNERS_THEN_DATE.exec(owners.trim());
    const who = dated ? (dated[1] ?? '') : owners.trim();
    if (holdsMoreThanOwners(who)) return null;
    return dated ? `${rest} (Owner: ${who}) (Due: ${dated[2] ?? ''})` : `${rest} (Owner: ${who})`;
  }
  if (word.toLowerCase() === 'ap' && !digits) return null;
  if (punct === '.' && !digits) return null;
  if (!punct) {
    // Without punctuation only a capitalised label counts: "Action was taken" is prose.
    const capitals = word === word.toUpperCase() && word.length > 2;
    if (rest !== '' && !capitals) return null;
    // "ACTION LOG", "ACTIONS ARISING", "ACTIONS FROM THE LAST MEETING": a heading in capitals.
    if (rest !== '' && !/[a-z]/.test(rest) && HEADING_AFTER_ACTION.test(rest)) return null;
    if (capitals && ON_OWNERS.test(rest)) return rest.replace(ON_OWNERS, '');
    if (
      rest === '' &&
      digits === undefined &&
      !capitals &&
      !/^(?:actions?|action\s+(?:points?|items?))$/i.test(word)
    )
      return null;
  }
  return rest;
}

/** When an action is due, in words that give no date ("ongoing", "TBC", "by next meeting"). */
export const UNDATED_DUE = String.raw`on-?going|tb[ca]|asap|immediate(?:ly)?|n\/a|as\s+required|(?:by\s+)?(?:the\s+)?next\s+meeting|no\s+(?:date|deadline)`;
// A label's brackets saying when the action is due without a date: no owners.
const NO_DUE_DATE = new RegExp(`^\\s*(?:${UNDATED_DUE})\\s*$`, 'i');

/** Owners and nothing else: a few words, no clause, no word that names no body ("Note", "Draft"). */
function ownersOnly(text: string): boolean {
  return text.split(/\s+/).length <= 8 && !holdsMoreThanOwners(text) && !NOT_OWNERS.test(text);
}

/** "MOJ to provide …", "see the note.": words where a label's owners stand that are more than owners. */
function holdsMoreThanOwners(text: string): boolean {
  return /\bto\b|[.;]/i.test(text);
}

/**
 * "lead: Home Office; by 8 July 2016", "owner: DH": the owner and due fields a label's brackets
 * hold, parted by semicolons. Null unless every part is one of them and an owner is named.
 */
function bracketFields(inside: string): { owners: string; due: string | null } | null {
  if (!inside.includes(':')) return null;
  let owners = '';
  let due: string | null = null;
  for (const part of inside.split(';')) {
    const field = fieldOf(part);
    const by = field ? null : /^\s*by\s+(\S.*)$/i.exec(part);
    if (field?.kind === 'owner') owners = field.value;
    else if (field?.kind === 'due') due = field.value;
    else if (by) due = (by[1] ?? '').trim();
    else return null;
  }
  return owners === '' ? null : { owners, due };
}

// Words that make "ACTION …" in capitals a heading rather than a label before an owner.
const HEADING_AFTER_ACTION =
  /^(?:LOG|TRACKER|REGISTER|LIST|TABLE|SUMMARY|SCHEDULE|RECORD|ITEMS?|POINTS?|ARISING|AGREED|OUTSTANDING|UPDATES?|PLAN|CARRIED\s+FORWARD|FROM\b|OF\b|AND\b)/;

/** "None", "No actions", "N/A", "-", "Noted, no action": a box that gives no action. */
export function isNoAction(text: string): boolean {
  return (
    /^(?:(?:noted|agreed|discussed|for\s+information)[,;.:]?\s+)?(?:none(?:\s+further)?|nil|nothing\s+further|no(?:ne)?\s+(?:new\s+|further\s+)?actions?(?:\s+(?:arising|agreed|required|needed))?|n\/?a|-+|–|—)\.?$/i.test(
      text.trim(),
    ) ||
    ABOUT_THE_ACTIONS.test(text) ||
    POINTS_ELSEWHERE.test(text.trim())
  );
}

// "**Actions:** see table below", "Actions: as per the action log": the label points at where the
// actions are written; it holds none.
const POINTS_ELSEWHERE =
  /^\(?(?:please\s+)?(?:see|refer\s+to|as\s+(?:per|in)|listed\s+(?:in|below)|set\s+out\s+(?:in|below)|detailed\s+(?:in|below)|recorded\s+(?:in|below)|in)\s+(?:the\s+)?(?:(?:action|actions)\s+)?(?:table|list|log|summary|tracker|annex|appendix|below|above|overleaf|end)\b[^.]{0,40}\)?\.?$/i;

// "The actions agreed are held on the Group's Trello board", "Actions are listed below": a sentence
// whose subject is the actions themselves says where they are; it is none of them.
const ABOUT_THE_ACTIONS =
  /^(?:the\s+)?(?:agreed\s+)?actions?(?:\s+(?:agreed|arising|from\s+(?:this|the)\s+meeting))?\s+(?:are|were|is|was|will\s+be|have\s+been)\s+(?:held|kept|recorded|listed|set\s+out|shown|tracked|logged|attached|below|in\b|on\b)/i;

// "Item 3 – NRM data", "Agenda item 3:", "Minute 3 – NRM data" (a council numbers its minutes),
// "Item 2 of 5: Data" (a slide deck's or a template's count of the items).
const ITEM_WORD =
  /^(?:(?:agenda\s+)?item|minute)\s+(\d{1,3})(?:\s+of\s+\d{1,3})?(?:\s*[:.\-–—)·•]\s*|\s+)(.*)$/i;
// "· 10 min", "• 1 hr": an agenda tool's time for the item after its title.
const AGENDA_TIME = /\s*[·•|]\s*\d{1,3}\s*(?:min(?:ute)?s?|hrs?|hours?)\.?$/i;
// "Item One: Welcome", "ITEM TWELVE – AOB": the number written as a word (after "Item" only).
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
];
const ITEM_NUMBER_WORD = new RegExp(
  `^(?:agenda\\s+)?item\\s+(${NUMBER_WORDS.join('|')})\\s*[:.\\-–—)]\\s*(.*)$`,
  'i',
);
// "1. Welcome", "1) Welcome", "1: Welcome", "1/ Welcome" (a typewriter's stroke), "(1) Welcome",
// "1.0 Welcome" (an outline's top level, its paragraphs 1.1, 1.2), "1 – Welcome".
// "1 – Welcome", "1 | Update from the police": a dash or a bar (the only one on the line) after the number.
const ITEM_NUMBER =
  /^(?:(\d{1,3}) ?(?:[.):/]|\.0)|\((\d{1,3})\)|(\d{1,3}) (?:[–—-]|\|(?=[^|]*$))(?= [A-Z]))\s+(.*)$/;
// "2a. Review of the NRM": a lettered sub-item.
const SUB_ITEM = /^(\d{1,3}[a-z])[.)]\s+(.*)$/;
// "2 Victim care contract": a number and a title with no stop between (a word processor's outline
// numbering exported as text). Not a date ("17 April 2012") nor an address ("2 Marsham Street").
const BARE_ITEM = /^(\d{1,2})\s+([A-Z][A-Za-z'’&,\- ]{2,100})$/;
const NOT_BARE_TITLE =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:street|road|lane|avenue|square|place|house|row|way|court|building)$/i;

export interface Heading {
  number: string;
  title: string;
  /** numbered with no stop ("2 Victim care"): an item only as the next number of a run of them */
  bare?: boolean;
  /** lettered ("B. Victim care"): its place in the alphabet, an item only as the next of a run (A first) */
  ordinal?: number;
  /** the discussion run on after a title ended with a full stop: "2. Data. Welsh Government …" */
  rest?: string;
  /** a minute number's place in its run: 23 for "23/17" (its first part), 45 for "23/045" (its part of three figures) */
  sequence?: number;
}

// Code, not words: a template's or a lookup's syntax ("{{7*7}}", "${jndi:…}", "<% … %>"), a script's
// address ("javascript:"), an SQL injection's quote and terminator ("'; DROP TABLE …; --", "' OR
// '1'='1") and a shell's wipe ("rm -rf /"). No secretariat writes them in a title or a task; hostile
// text puts them where an item or an action would stand.
const CODE_MARKS = [
  String.raw`\{\{|\}\}|\$\{|<%|%>`,
  String.raw`\bjavascript:`,
  String.raw`;\s*--|\b(?:DROP|TRUNCATE)\s+TABLE\b|'\s*OR\s+'?\w+'?\s*=\s*'?\w`,
  String.raw`\brm\s+-rf\b`,
];
export const INJECTED_CODE = new RegExp(CODE_MARKS.join('|'), 'i');
// Characters of templates, shells and SQL that no name of a person or a body has (a title or a task
// may hold a "$" or an "=", so only INJECTED_CODE's marks refuse those).
export const CODE_IN_NAME = /[{}$`\\<>=]|;\s*--/;

// "2. Data. Welsh Government presented …": a short title run in before the discussion, as council
// minutes write it. A sentence that merely opens the paragraph ("The minutes were agreed.",
// "Noted.") is no title: it has a subject or a verb in the past.
const RUN_IN_TITLE = /^([A-Z][^.!?:;,\d]{1,40}?)\.\s+([A-Z].*)$/;
/** The words a sentence (a numbered paragraph, a report) opens with, and a title seldom does. */
export const SENTENCE_OPENERS = 'The|This|These|It|There|Members|We|They|All|Officials';
const NOT_RUN_IN_TITLE = new RegExp(`^(?:${SENTENCE_OPENERS}|[a-z]+ed)\\b|\\b[a-z]{2,}ed\\b`, 'i');

// "2. Safe house capacity - tight in London until April.": the title, a spaced dash, then what
// was said about it, a sentence to its full stop.
const DASH_RUN_IN_TITLE = /^([A-Z][^.!?:;,\d–—]{1,40}?)\s[-–—]\s+(\S.*[.!?])$/;

/** A title with the discussion run on after it, split: null when there is none. */
function runInTitle(title: string): { title: string; rest: string } | null {
  const m = RUN_IN_TITLE.exec(title) ?? DASH_RUN_IN_TITLE.exec(title);
  if (!m) return null;
  const head = (m[1] ?? '').trim();
  const rest = (m[2] ?? '').trim();
  if (head.split(/\s+/).length > 5 || rest.split(/\s+/).length < 3 || NOT_RUN_IN_TITLE.test(head))
    return null;
  return { title: head, rest };
}

/** An agenda item heading: "2. Human Trafficking and the Olympics", "Item 3: AOB". */
const ROMAN_ITEM = /^([IVX]{1,6})\.\s+([A-Z].*)$/;
// Not I, V or X, which are Roman; "A. Smith" is an initial, and a run of lettered items starts at A.
const LETTER_ITEM = /^([A-HJ-L])[.)]\s+([A-Z].*)$/;
const INITIAL_ENTRY = /^[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+)?\s*(?:[(,]|\s[-–—]\s)/u;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "IV" -> 4. */
function fromRoman(r: string): number {
  let n = 0;
  for (let i = 0; i < r.length; i += 1) {
    const v = ROMAN[r[i] ?? ''] ?? 0;
    const next = ROMAN[r[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** "II", "IV": an item's number cited in Roman capitals, as the reader numbers it ("2", "4"), or null. */
export function romanItemNumber(text: string): string | null {
  const t = text.trim().replace(/[.)]$/, '');
  if (!/^[IVX]{1,6}$/.test(t)) return null;
  const n = fromRoman(t);
  return n > 0 && n < 40 ? String(n) : null;
}

// "23/17<TAB>APOLOGIES": a council's minute number, the minute's place in the council's year, the
// item's number as the minutes cite it; or the year first, as NHS boards write it ("23/045
// Declarations of interest"). Not a date (one stroke, not two) nor "24/7 cover".
const MINUTE_NUMBER = /^(\d{1,3}\/\d{2,3})\s+([A-Z][^.:;]{1,100})$/;

export function matchItemHeading(text: string): Heading | null {
  if (text.length > 160) return null;
  const minute = MINUTE_NUMBER.exec(text);
  if (minute) {
    // "23/045": the minute's number is the part of three figures; "23/17": the first.
    const [first = '', second = ''] = (minute[1] ?? '').split('/');
    const sequence = Number(second.length === 3 ? second : first);
    return { number: minute[1] ?? '', title: (minute[2] ?? '').trim(), sequence };
  }
  // "A. Welcome", "B) Partnership plan": items lettered in capitals; the letter is the number.
  const lettered = LETTER_ITEM.exec(text);
  if (lettered) {
    const title = (lettered[2] ?? '').trim().replace(/\s*[:\-–—]$/, '');
    // "A. Smith (DfE)", "B. Jones, FCO", "C. Patel – GLA": an initial and a surname with a body, in a list.
    if (!/[.,;]$/.test(title) && title.split(/\s+/).length <= 12 && !INITIAL_ENTRY.test(title))
      return { number: lettered[1] ?? '', title, ordinal: (lettered[1] ?? 'A').charCodeAt(0) - 64 };
  }
  // "II. Overseas work": items numbered in Roman capitals are items 1, 2, …
  const roman = ROMAN_ITEM.exec(text);
  if (roman) {
    const n = fromRoman(roman[1] ?? '');
    if (n > 0 && n < 40)
      return { number: String(n), title: (roman[2] ?? '').trim().replace(/\s*[:\-–—]$/, '') };
  }
  const numbered = ITEM_NUMBER.exec(text);
  const worded = ITEM_NUMBER_WORD.exec(text);
  const m =
    ITEM_WORD.exec(text) ??
    (worded
      ? ([
          worded[0],
          String(NUMBER_WORDS.indexOf((worded[1] ?? '').toLowerCase()) + 1),
          worded[2] ?? '',
        ] as const)
      : null) ??
    (numbered
      ? ([numbered[0], numbered[1] ?? numbered[2] ?? numbered[3] ?? '', numbered[4] ?? ''] as const)
      : null) ??
    SUB_ITEM.exec(text);
  if (!m) {
    const bare = BARE_ITEM.exec(text);
    const title = (bare?.[2] ?? '').trim();
    if (!bare || NOT_BARE_TITLE.test(title) || title.split(/\s+/).length > 12) return null;
    return { number: String(Number(bare[1])), title, bare: true };
  }
  const raw = m[1] ?? '';
  const number = /^\d+$/.test(raw) ? String(Number(raw)) : raw.replace(/^0+(?=\d)/, '');
  const title = (m[2] ?? '')
    .trim()
    // "Agenda item 1 of 3 · Delivery update · 10 min": the time the agenda gives it is no part of it.
    .replace(AGENDA_TIME, '')
    .replace(/\s*[:\-–—]$/, '');
  if (title === '') return null;
  const runIn = runInTitle(title);
  if (runIn) return { number, ...runIn };
  if (title.length > 120) return null;
  if (!/^[A-Z0-9"'(]/.test(title)) return null;
  // Headings are short and do not end a sentence; numbered paragraphs do.
  if (/[.,;]$/.test(title) && !/^[A-Z]{2,5}\.$/.test(title)) return null;
  if (title.split(/\s+/).length > 15) return null;
  return { number, title };
}

/**
 * The words that group an attendance list without naming anyone: "Ministers", "Officials",
 * "Partner organisations". A line of one of them alone is a sub-heading of the list.
 */
export const ATTENDANCE_GROUPS: readonly string[] = [
  'ministers',
  'officials',
  'councillors',
  'officers',
  'partners',
  'partner organisations',
  'advisers',
  'advisors',
  'guests',
  'speakers',
  'presenters',
  'non-members',
  'others',
  'government',
  'government departments',
  'devolved administrations',
  'law enforcement',
  'voluntary sector',
  'civil society',
  // How each joined a meeting held in a room and on a call.
  'in person',
  'in the room',
  'remote',
  'remotely',
  'online',
  'virtual',
  'virtually',
  'by video',
  'by phone',
  'by telephone',
  'via teams',
  'via microsoft teams',
  'via zoom',
];

/** 'group': "Councillors:", "Partners:" – a group of those there, in whichever list is open. */
export type SectionKind =
  | 'attendees'
  | 'invited'
  | 'apologies'
  | 'secretariat'
  | 'observers'
  | 'chair'
  | 'group';

/** A list of those at the meeting: "Attendees:", or a meeting assistant's "Invited:" (see parse.ts). */
export const listsAttendees = (kind: SectionKind | undefined): boolean =>
  kind === 'attendees' || kind === 'invited';

// "Councillors:⇥Cllr Ruth Ames (Chair), Cllr Tom Byrne": a group's name and its people on one line.
const GROUP_SECTION = new RegExp(`^(?:${ATTENDANCE_GROUPS.join('|')}|elected\\s+members)\\s*:\\s*(.*)$`, 'i');

// "Attendees (in person)", "Present (online)": a qualifier in brackets after the heading's word.
// "Invited:", a meeting assistant's list of those invited: the attendance when no other is given.
// "Sederunt:", a Scottish minute's word for those who sat. "Membership:", the members listed with
// those who sent apologies marked (see attendance.ts's ABSENT_TAIL). "Who was there": a slide's
// or an informal note's heading over the people.
const SECTION =
  /^(attendees|attendance|sederunt|membership|attending|attended(?:\s+by)?|who\s+(?:was\s+(?:there|present)|attended|came|joined)|invited|invitees|present|members|members present|those present|those attending|participants|officers|(?:(?:also|ministers|officers|officials|advisers|advisors|staff|others|partners|guests|councillors|members|representatives|trustees|directors|governors|(?:board|panel|committee|group|forum|network|partnership)\s+members)(?:\s+and\s+(?:ministers|officers|officials|partners|advisers|advisors|guests|others|representatives))?\s+)?(?:in attendance|present|attending)|(?:sent\s+)?apologies(?: for absence| received(?: from)?| noted)?|absent(?: with apologies)?|regrets|absentees|not present|not attending|unable to attend|not on the (?:call|line)|on the call|in the room|joined\s+(?:remotely|online|virtually|by\s+(?:video|phone|telephone)|via\s+[A-Za-z]+)|(?:present|attending)\s+(?:in\s+person|online|remotely|virtually)|on the line|dialled in|secretariat|observers?|chair(?:ed by)?|in the chair)(?:\s*\([^()]{1,30}\))?(?:\s*:\s*|\s*$|\s+[–—]\s+)(.*)$/i;

/** A heading that opens an attendance list, with any names written on the same line. */
export function matchSection(text: string): { kind: SectionKind; rest: string } | null {
  const m = SECTION.exec(text);
  if (!m) {
    const group = text.length <= 2000 ? GROUP_SECTION.exec(text) : null;
    return group ? { kind: 'group', rest: (group[1] ?? '').trim() } : null;
  }
  const word = (m[1] ?? '').toLowerCase();
  const rest = (m[2] ?? '').trim();
  // "Present" and "Chair" also start sentences; without a colon only the bare word counts, or
  // "Apologies – Joanna Pike (CPS)", "Members – Fiona Lake, …" with a dash (a list's heading, never
  // a sentence's).
  const dashed =
    /^\S+(?:\s+\S+)?\s+[–—]\s/.test(text) &&
    /^(?:sent\s+)?apologies|^present|^attendees|^members$/i.test(word) &&
    /^[A-Z]/.test(rest);
  if (!text.includes(':') && rest !== '' && !dashed) return null;
  let kind: SectionKind = 'attendees';
  // Those absent are listed with those who sent apologies: nobody to remind of the meeting.
  if (/apologies|absent|regrets|not present|not attending|unable to attend|not on the/.test(word))
    kind = 'apologies';
  else if (word === 'secretariat') kind = 'secretariat';
  else if (word.startsWith('observer')) kind = 'observers';
  // "In the chair: Jo Lee (Skanska UK)", as a company's minutes name the chair.
  else if (word.startsWith('chair') || word === 'in the chair') kind = 'chair';
  else if (word.startsWith('invite')) kind = 'invited';
  return { kind, rest };
}

/** A checklist's entry: "☐ Circulate the note", "- [ ] Circulate the note", "[x] …"; the task captured. */
export const CHECKBOX = /^(?:[-*+]\s+)?(?:[☐☑☒□]|\[[ xX]?\])\s+(\S.*)$/;

/** A Markdown rule ("---", "***", "___", "* * *"): three or more of one mark and nothing else. */
export function isThematicBreak(text: string): boolean {
  return /^\s*([-*_])(?:\s*\1){2,}\s*$/.test(text);
}

const STAR = 0x2a;
const UNDERSCORE = 0x5f;
// A line in single emphasis from end to end, the marks holding nothing of their kind between.
const WHOLE_LINE_EMPHASIS = /^([*_])(?=\S)([^*_]*\S)\1$/;

/**
 * "*Action 1: DfE to share … with the Board.*": a whole line in emphasis, however long; and emphasis
 * across a line break ("*Action 1: … trial" over "with the Board.*"), a mark opening the line with no
 * close on it, or closing it with no opening.
 */
function withoutEmphasisAtEnds(line: string): string {
  let t = line.replace(WHOLE_LINE_EMPHASIS, '$2');
  const first = t[0];
  if ((first === '*' || first === '_') && /^.\S/.test(t) && !t.includes(first, 1)) t = t.slice(1);
  const last = t[t.length - 1];
  if ((last === '*' || last === '_') && /\S.$/.test(t) && t.indexOf(last) === t.length - 1)
    t = t.slice(0, -1);
  return t;
}

/** Markdown a Word or Google Docs export adds: heading hashes, emphasis, links. */
export function stripMarkdown(text: string): string {
  let t = text;
  // ("#12 Share the form": a record's number, not a heading, which has a space after its marks.)
  if (t.startsWith('#')) t = t.replace(/^#{1,6}(?!\d)\s*/, '');
  // "> **Action:** …": a quoted block's marker is not text.
  if (t.startsWith('>')) t = t.replace(/^(?:>\s?)+/, '');
  if (t.includes('*') || t.includes('_'))
    t = t
      .replace(/\*\*|__/g, '')
      // "(*Chair*)", "_Secretariat_": single emphasis around words (not a bullet's "* ").
      .replace(/(^|[\s(])[*_](?=\S)([^*_\n]{1,80}?)(?<=\S)[*_](?=$|[\s).,;:])/g, '$1$2');
  // Emphasis at the line's ends: tested by its first and last characters, as most lines have none.
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  if ((first === STAR || first === UNDERSCORE || last === STAR || last === UNDERSCORE) && t.length <= 2000)
    t = withoutEmphasisAtEnds(t);
  if (t.includes('](')) t = t.replace(/\[([^\][]{0,500})\]\([^()\s]{0,2000}\)/g, '$1');
  if (t.includes('`')) t = t.replace(/`/g, '');
  return t.trim();
}

/** Ends with a full stop (or ? ! ;) once closing quotes and brackets are ignored. */
export function endsSentence(text: string): boolean {
  return /[.!?;]["')\]]?$/.test(text.trimEnd());
}

/** "– Owner: X", "Due: 31/10/2012": a field of the action above, not a new action. */
export function isFieldLine(text: string): boolean {
  return (
    /^[-–—]?\s*\(?\s*(?:owners?|lead|due(?:\s+date)?|deadline|by\s+when|target\s+date)\s*:/i.test(text) ||
    // "By: 1 March 2024", "By: CPS" on the line under a task (actions.ts reads which it is).
    /^By\s*:\s*\S/.test(text) ||
    // "(Item 1)" on the line under a task's fields: the item it belongs to, as a summary writes it.
    ITEM_REFERENCE_LINE.test(text) ||
    fieldOf(text) !== null
  );
}

// "Date: 15/07/2016", "Date : 15/07/2016": a bare date field.
const DATE_FIELD = /^date\s*:\s*(\S.*)$/i;

/**
 * A field line under a task, as the task's fields are kept: "Lead: Unseen" over "Date: 15/07/2016"
 * makes the bare "Date" when the task is due ("Due: 15/07/2016"); alone under a task, or in a
 * header, "Date:" is the meeting's. The line to keep, or null when it is no field of the task.
 */
export function taskFieldLine(text: string, parts: readonly string[]): string | null {
  if (isFieldLine(text)) return text;
  const m = DATE_FIELD.exec(text);
  const last = (parts[parts.length - 1] ?? '').trim();
  return m && parts.length > 1 && fieldOf(last)?.kind === 'owner' ? `Due: ${m[1]}` : null;
}

const ITEM_REFERENCE_LINE = /^[([]\s*(?:agenda\s+)?item\s+(\d{1,2})(?:\.\d{1,2})?\s*[)\]]\.?$/i;

/** "(Item 1)", "[Agenda item 2]" alone on a line: the number of the item it names, or null. */
export function itemReferenceLine(text: string): string | null {
  return ITEM_REFERENCE_LINE.exec(text.trim())?.[1] ?? null;
}

/** "Agenda" over a list of the meeting's items. */
export function isAgendaHeading(text: string): boolean {
  return /^agenda\s*:?$/i.test(text);
}

/**
 * "Item ⇥ Subject ⇥ Lead": the header of an agenda laid out as a table, its number column and a
 * column of the items' titles (a "Lead" or "Presenter" beside them names who introduces each).
 */
export function isAgendaTableHeader(cells: readonly string[]): boolean {
  const names = cells.map((c) => stripMarkdown(c).trim().replace(/[.:]$/, ''));
  return (
    /^(?:item|no|agenda\s+item|#)$/i.test(names[0] ?? '') &&
    names.slice(1).some((n) => /^(?:subject|title|topic|business|item\s+title|agenda\s+item)$/i.test(n))
  );
}

// The columns of a document-control table: its versions, their dates and authors.
const CONTROL_COLUMN =
  /^(?:version|revision|rev|date|authors?|status|reviewer|reviewed\s+by|approved\s+by|classification|summary\s+of\s+changes|changes?|comments?)$/i;

/**
 * "Version ⇥ Date ⇥ Author ⇥ Status": the header of a document-control table above the minutes, the
 * record's own history (its date the day a version was issued), no part of the meeting.
 */
export function isDocumentControlHeader(cells: readonly string[]): boolean {
  const names = cells.map((c) => stripMarkdown(c).trim().replace(/[.:]$/, '')).filter((n) => n !== '');
  return (
    names.length >= 2 &&
    names.every((n) => CONTROL_COLUMN.test(n)) &&
    names.some((n) => /^(?:version|revision|rev|author)$/i.test(n))
  );
}

/** The heading of a right-hand column of owners: "ACTION", "Action by", "Owner", "Lead". */
export function isOwnerColumnHeading(text: string): boolean {
  return (
    /^(?:actions?(?:\s+by)?|owners?|lead|who|by\s+whom|responsible)$/i.test(text) || COLUMN_PAIR.test(text)
  );
}

/** "Action by:", "Owner:", "Lead:" heading a box beside the discussion that names only who acts. */
export function isOwnerBoxLabel(text: string): boolean {
  return isOwnerColumnHeading(text.replace(/\s*:$/, ''));
}

// "ACTION / LEAD", "Action & owner", "Actions (Lead)": one heading over a column that holds both the
// actions and who owns them; nothing after it is an action's text.
const COLUMN_PAIR =
  /^actions?\s*(?:[/&+]|\band\b|[-–—]|\()\s*(?:owners?|leads?|by\s+whom|who|responsible|by)\s*\)?$/i;

/**
 * What follows "Actions" in "ACTIONS CARRIED FORWARD FROM PREVIOUS MEETINGS", "Action log": a
 * heading over actions recorded with earlier minutes, not an action.
 */
export function isReviewHeading(rest: string): boolean {
  return /^(?:carried\s+forward|(?:from|of)\s+(?:the\s+)?(?:previous|last|earlier)\s+meetings?|outstanding|log|update)\b[^.:]{0,60}$/i.test(
    rest,
  );
}

/** What follows "Actions" in "Actions arising", "Actions agreed": a heading over this meeting's actions. */
export function isListHeading(rest: string): boolean {
  return /^(?:arising|agreed|summary)\b[^.:]{0,40}$/i.test(rest);
}

/**
 * "Action items" (a notes app's "Tasks", "To-dos"): a note-taking template writes it under every item (the item's actions), while
 * one written once after the items gathers the meeting's. The reader decides which at the end.
 */
export function isActionItemsHeading(text: string): boolean {
  // "Tasks", "To-dos": what a notes app calls them; "Tasks (exported from Planner)" with a remark.
  return headsAs(ACTION_ITEMS, text);
}
const ACTION_ITEMS = /^(?:action\s+items?|tasks|to-?dos?|to\s+do)\s*:?$/i;

/** "3. DWP to …" -> 4: the number the list's next entry would have, or null when unnumbered. */
export function listNumber(text: string): number | null {
  const m = /^(\d{1,2})[.)]\s/.exec(text);
  return m ? Number(m[1]) + 1 : null;
}

// An action's label inside a line, in capitals or capitalised: "ACTION:", "ACTION –", "Action:",
// "Action point:", "Action Item:", "Agreed action:", "Actions agreed:".
const LABEL_IN_LINE = String.raw`(?:AGREED\s+)?ACTIONS?(?:\s+(?:POINTS?|ITEMS?|AGREED))?(?:\s+\d{1,3})?\s*(?::|[-–—]\s)|(?:Agreed\s+a|A)ctions?(?:\s+(?:[Pp]oints?|[Ii]tems?|agreed))?(?:\s+\d{1,3})?(?::|\s[-–—]\s)`;
// After a full stop.
const MID_LINE_LABEL = new RegExp(String.raw`[.!?]\s+(${LABEL_IN_LINE})`);
// "Outcome: Action: …", "[10:11] Sarah Linton: ACTION – …": after a field's or a speaker's label.
const LABEL_AFTER_FIELD = new RegExp(
  String.raw`^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?!(?:agreed\s+)?actions?\b)[A-Z][A-Za-z]+(?:\s+[A-Za-z]+){0,2}:\s+(${LABEL_IN_LINE})`,
  'i',
);

// "2.", "b.", "iv.": a list entry's number, all there is before the label.
const ENTRY_NUMBER = /^\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})\.$/i;

/**
 * Where "ACTION 2:" (in capitals) starts after the end of a sentence in the same line, or -1:
 * "… about the GLA's remit. ACTION 2: Chair to write …".
 */
export function midLineLabelAt(text: string): number {
  if (text.length > 4000 || !/ACTION|[Aa]ction/.test(text)) return -1;
  // Capitals, or a capitalised "Action:" with its colon: after a full stop either starts an action.
  // So does a field's label ending in a colon at the start of the line: "Outcome: Action: DfE to …",
  // or a speaker's name in chat lines: "[10:11] Sarah Linton: ACTION – NCA to …".
  const m = MID_LINE_LABEL.exec(text) ?? LABEL_AFTER_FIELD.exec(text);
  // "2. Action: FCO to …": the full stop is the entry's number's, no sentence's end.
  if (m && ENTRY_NUMBER.test(text.slice(0, m.index + 1))) return -1;
  return m ? m.index + m[0].length - (m[1] ?? '').length : -1;
}

/**
 * A heading standing over an action table after the items: "Actions", "Action log", "Action
 * points", "Summary of actions". The table's rows belong to no item unless they name one.
 */
export function isActionTableHeading(text: string): boolean {
  return (
    isActionSummaryHeading(text) ||
    // "Tasks (exported from Planner)": what a notes app or a planner calls them.
    isActionItemsHeading(text) ||
    /^(?:actions?|action\s+(?:log|points?|tracker|list|table|summary)|actions?\s+(?:and\s+decisions|register|table))\s*:?$/i.test(
      text.trim(),
    )
  );
}

// "Action log (new actions in bold in the original)": a remark in brackets after a heading, three
// words or more ("Action (Home Office)" names an owner instead).
// The remark is the last bracket, so it is matched from the last "(" only: tried at every "(" of
// every line, the pattern cost a tenth of the importer's time on long lines.
const REMARK = /^\((?:[^()\s]+\s+){2,12}[^()\s]+\)\s*(:?)$/;
// "Tasks exported from Planner:": where the list came from, said without brackets.
const SOURCE_REMARK =
  /\s+(?:as\s+)?(?:exported|copied|taken|pasted)\s+(?:from|out\s+of)\s+[^():]{1,60}?\s*(:?)$/i;
function withoutRemark(text: string): string {
  const t = text.trim();
  const open = t.endsWith(')') || t.endsWith(':') ? t.lastIndexOf('(') : -1;
  const m = open < 0 ? null : REMARK.exec(t.slice(open));
  return m ? t.slice(0, open).trimEnd() + (m[1] ?? '') : t;
}

/**
 * Whether the heading, its remark taken off, says what `heading` does; "Tasks exported from
 * Planner:" too, the remark without brackets (looked for only in a short line starting as the
 * headings that take one do, "Tasks …" or "Action …": this is asked of most lines).
 */
function headsAs(heading: RegExp, text: string): boolean {
  const t = withoutRemark(text);
  if (heading.test(t)) return true;
  const first = t.charCodeAt(0) | 0x20;
  return (
    t.length <= 100 &&
    (first === 0x74 || first === 0x61) &&
    (t.includes(' from ') || t.includes(' out of ')) &&
    heading.test(t.replace(SOURCE_REMARK, '$1'))
  );
}

/**
 * A heading over the meeting's actions gathered in one place, after the items: "Summary of action
 * points", "Summary of actions", "Actions agreed at the meeting", "Action log", "Actions by
 * organisation", "Follow-up tasks", "List of actions", "Actions summary", "Decisions and actions",
 * "Decision and action log". ("Action items" may be
 * either: see isActionItemsHeading; "New actions" under the last item stay that item's, as the
 * carried-forward-decisions fixture has them.) Actions under it belong to no item unless each names
 * its own ("(Item 2)").
 */
export function isActionSummaryHeading(text: string): boolean {
  return headsAs(ACTION_SUMMARY, text);
}
const ACTION_SUMMARY =
  /^(?:summary\s+of\s+(?:the\s+)?(?:agreed\s+)?actions?(?:\s+(?:points?|agreed))?|summary\s+of\s+(?:the\s+)?(?:(?:key\s+)?decisions|conclusions)\s+and\s+actions|summary\s+of\s+(?:the\s+)?actions\s+and\s+decisions|actions?\s+(?:agreed|arising)(?:\s+(?:at|from)\s+(?:the|this)\s+meeting)?|agreed\s+actions?|action\s+points?(?:\s+agreed)?|(?:decisions?\s+(?:and|&)\s+)?actions?\s+(?:log|register|tracker|list)|actions?\s+(?:and|&)\s+decisions?\s+(?:log|register)|actions?\s+by\s+(?:organisation|department|owner|(?:agenda\s+)?item)|follow[-\s]?up\s+(?:tasks|actions)|(?:list|table|schedule|record|register)\s+of\s+(?:agreed\s+)?actions|actions?\s+(?:from|of)\s+(?:this|the)\s+meeting|actions?\s+summary|actions\s+and\s+(?:owners|leads|decisions)|(?:key\s+)?(?:decisions|conclusions)\s+and\s+actions)\s*:?$/i;

/**
 * "Item 3:", or an item's number alone ("1.0", "2.", "3"), in a cell, its title in the cell beside it
 * (a Word table or a tab-laid heading).
 */
export function isItemNumberCell(text: string): boolean {
  return /^(?:item\s+\d{1,2}[a-z]?\s*[.:)\u2013-]?|\d{1,2}(?:\.0)?[.)]?)$/i.test(text.trim());
}

/**
 * "<p>1.</p>⇥<p>Welcome</p>": a table's number column read as paragraphs, the item's number one
 * and its title the next; joined, they are the item's heading ("1. Welcome").
 */
export function numbersOnTitles(pieces: readonly string[]): string[] {
  // The next piece with text after each, found in one pass from the end: a row of thousands of
  // empty cells would otherwise be walked again from every cell.
  const nextFilled = new Array<number>(pieces.length);
  for (let i = pieces.length - 1, filled = pieces.length; i >= 0; i -= 1) {
    nextFilled[i] = filled;
    if ((pieces[i] ?? '').trim() !== '') filled = i;
  }
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i] ?? '';
    const next = nextFilled[i] ?? pieces.length;
    const title = pieces[next];
    if (
      title !== undefined &&
      piece.trim() !== '' &&
      isItemNumberCell(piece) &&
      /^[A-Z]/.test(title.trim())
    ) {
      out.push(`${piece.trim()} ${title.trim()}`);
      i = next;
    } else out.push(piece);
  }
  return out;
}

/** "## Actions": a Markdown heading (the markup stage writes other formats' headings so too). */
export function isMarkdownHeading(text: string): boolean {
  return /^\s*#{1,6}\s/.test(text);
}

/** "- …", "• …": a bulleted line. */
export function isBulleted(text: string): boolean {
  return BULLET.test(text);
}

/** "WELCOME AND INTRODUCTIONS": a heading written in capitals. */
export function isCapitalsHeading(text: string): boolean {
  return /^[A-Z][A-Z&'’-]*(?:\s+[A-Z&'’-]+){1,8}$/.test(text);
}

// "Decision:", "Decision 1:", "Agreed:", "Noted:": an entry of a decisions-and-actions table or list
// that records no task.
// ("D1 - The Board agreed …": a log of decisions and actions codes its decisions D1, D2 as its
// actions A1, A2.)
const DECISION_LABEL =
  /^(?:decisions?(?:\s*(?:no\.?\s*)?\d{1,3}(?:\.\d{1,2})?)?|D\s?\d{1,3}(?:\.\d{1,2})?(?=\s*[:\-–—]\s)|decided|agreed|noted|resolved|recommendations?|notes?)\s*[:\-–—]/i;

/** "Decision: the Forum endorsed the report": an entry beside the actions that records no task. */
export function isDecisionEntry(text: string): boolean {
  return DECISION_LABEL.test(text.trim());
}

/**
 * "Agreed: Review the guidance" before a marker naming its owner ("(lead: Home Office)"): what was
 * agreed is the task; the label is no word of it.
 */
export function withoutDecisionLabel(text: string): string {
  const m = DECISION_LABEL.exec(text.trim());
  return m ? text.trim().slice(m[0].length).trim() : text;
}

// "Agreed the revised terms of reference", "Noted the referral figures": a row of a "Decision /
// action" column that records, in the past tense, what the meeting did, with no one to do anything.
const DECIDED =
  /^(?:agreed|noted|endorsed|approved|accepted|ratified|resolved|decided|confirmed|welcomed|received|considered|signed\s+off)\s+(?:the|that|its|a|an|to\s+(?:adopt|accept|approve|endorse|note))\b/i;

/** A row with no owner that records what the meeting decided or noted (see DECIDED). */
export function recordsDecision(text: string): boolean {
  return text.length <= 2000 && DECIDED.test(text.trim());
}

/** "Decisions", "Decisions agreed:": the heading over what was decided, which are no actions. */
export function isDecisionsHeading(text: string): boolean {
  return /^(?:key\s+)?decisions?(?:\s+(?:agreed|taken|made|reached))?\s*:?$/i.test(text.trim());
}

/**
 * "Notes", "Discussion", "Follow-up tasks", a call tool's "Quick recap" or a meeting assistant's
 * "Keywords" and "Outline", a memo's "Purpose" or "Background": the heading of a part of
 * the record alone on its line, which ends an attendance list above it (no person or body is called
 * "Notes").
 */
export function isRecordSection(text: string): boolean {
  const t = text.trim();
  return (
    /^(?:notes|discussion|summary|(?:quick\s+)?recap|key\s+(?:points|takeaways)|highlights|overview|keywords|topics|outline|chapters|transcript|follow[\s-]?up(?:\s+(?:tasks|actions|items))?|next\s+steps|matters\s+arising|agenda\s+items|items\s+discussed|purpose(?:\s+of\s+(?:the\s+)?meeting)?|background|context|introduction|conclusions?)\s*:?$/i.test(
      t,
    ) ||
    isDecisionsHeading(t) ||
    headsActions(t)
  );
}

/**
 * "Review of actions from the last meeting", "Actions from the previous meeting", "Action log",
 * "Outstanding actions": a heading over actions (the meeting's, or earlier ones under review),
 * never a person or a body.
 */
function headsActions(t: string): boolean {
  if (
    isActionSummaryHeading(t) ||
    /^(?:review\s+of\s+(?:the\s+)?(?:\w+\s+)?|outstanding\s+)actions?\b[^.]{0,60}$/i.test(t)
  )
    return true;
  const rest = /^(?:previous\s+)?actions?\s+(.{2,80}?)\s*:?$/i.exec(t)?.[1];
  return rest !== undefined && isReviewHeading(rest);
}

/**
 * "3. Actions arising", "4. Agreed actions", "5. Actions for the next period": an item whose title
 * says it lists the meeting's actions (not a review of earlier ones). Its entries are actions.
 */
export function itemListsActions(title: string): boolean {
  // "4. Action log": a review of the log, its entries mostly earlier actions, is no such list.
  if (/\b(?:log|register|tracker|list|review|outstanding|previous|last)\b/i.test(title)) return false;
  return (
    isActionsHeading(title) ||
    isActionSummaryHeading(title) ||
    /^(?:actions?|next\s+steps)\s+(?:for|before|until|over)\s+[^.:]{2,60}$/i.test(title.trim())
  );
}

/** "Actions", "Action points", "Agreed actions", "New actions": what a heading over the meeting's actions says. */
export function isActionsHeading(text: string): boolean {
  return headsAs(ACTIONS_HEADING, text);
}
const ACTIONS_HEADING =
  /^(?:(?:key|main|agreed|new|further|follow[\s-]?up)\s+(?:actions|action\s+points)|actions?|action\s+points|actions\s+agreed)\s*:?$/i;

/**
 * "Next steps:" over a list of actions, as "Actions:" is (numbered, "4. Next steps" is an item); a
 * meeting assistant's "Suggested next steps" too.
 */
export function isNextStepsLabel(text: string): boolean {
  return /^(?:(?:suggested|agreed|proposed)\s+)?next\s+steps\s*:?$/i.test(text.trim());
}

/** A line that stops on a word a phrase goes on after ("… at the", "DFID and"): the next line carries it on. */
export const RUNS_ON_WORD = /\b(?:the|a|an|of|to|and|or|with|for|by|on|in|at|from|its|their)$/i;

/**
 * A line this long that breaks off mid-sentence was broken at a width (a mail client's 72 columns,
 * a text export's 80), whatever its neighbours do: the sentence goes on under it.
 */
export const WRAPPED_LINE = 60;
