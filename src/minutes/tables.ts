/**
 * Action tables: "| Action | Owner | Due |" in Markdown, or the same laid out with spaces by a
 * text export. Long cells wrap onto continuation rows, which carry no new owner or number.
 */
import type { ActionDraft } from './actions.js';
import { FIELD_NAMES } from './fields.js';
import { looseCells } from './layout.js';
import {
  endsSentence,
  type Heading,
  isDecisionEntry,
  isNoAction,
  matchItemHeading,
  matchLabel,
  matchSection,
  recordsDecision,
  romanItemNumber,
  stripMarkdown,
} from './markers.js';
import { isNextMeetingHeading, mentionIndex } from './next-meeting.js';
import { BODY_NOUNS } from './next-meeting-body.js';
import { orgScore } from './owners.js';
import { PICTOGRAPHS } from './sanitise.js';
import { lastSentence } from './trailing-marker.js';
import { RUNS_ON } from './unwrap.js';
import { assignsTask, isClause, startsWithActionVerb } from './verbs.js';
import { englishColumnName } from './welsh.js';

export type Column =
  | 'text'
  | 'owner'
  | 'support'
  | 'due'
  | 'item'
  | 'number'
  | 'status'
  | 'type'
  | 'raised'
  | 'other';

/** What each column of an action table is called, by what it holds: the tables' vocabulary. */
export const COLUMN_NAMES: Readonly<Record<Exclude<Column, 'other'>, readonly string[]>> = {
  // The names a field has in running text ("Owner: DfE") head columns too; tables add their own.
  text: [
    ...FIELD_NAMES.text,
    'action',
    'actions',
    'action point',
    'action points',
    'actions agreed',
    'agreed action',
    'agreed actions',
    'action agreed',
    'action arising',
    'actions arising',
    'action to be taken',
    'actions required',
    'required action',
    'action description',
    'action detail',
    'action details',
    'detail',
    'details',
    'task description',
    'activity',
    'next steps',
    'next step',
    'agreed next steps',
    'follow-up action',
    'follow-up',
    'deliverable',
    'what needs to happen',
    'what needs to be done',
    'what will be done',
    'action needed',
    'actions needed',
  ],
  owner: [
    ...FIELD_NAMES.owner,
    'leads',
    'responsibility',
    'actionee',
    'action holder',
    'holder',
    'responsible officer',
    'responsible person',
    'person responsible',
    'responsible organisation',
    'responsible body',
    'responsible agency',
    'lead officer',
    // A council's action sheet: "Officer" beside each action, the officer who carries it out.
    'officer',
    'lead agency',
    'lead body',
    'lead partner',
    'lead organisation',
    'action lead',
    'who is responsible',
    'allocated to',
    'accountable',
    'responsible lead',
    // In a table of actions, the body column names who owns each.
    'organisation',
    'org',
    'department',
    'dept',
    'agency',
  ],
  // Bodies supporting the lead own the action with it.
  support: ['support', 'supported by', 'supporting', 'support from'],
  due: [
    ...FIELD_NAMES.due,
    'date due',
    'target',
    'date',
    'target completion date',
    'deadline date',
    'due by',
    'completion',
    'timeframe',
    'timeline',
    'date for completion',
    'expected completion',
    'date required',
    'required by',
    'delivery date',
  ],
  // "Para" beside "Action No.": the paragraph of the minutes ("3.2") that the action came from.
  item: [
    'item',
    'agenda item',
    'item no',
    'topic',
    'agenda topic',
    'subject',
    'para',
    'paragraph',
    'para ref',
    'para no',
    'minute para',
  ],
  number: [
    'no',
    'number',
    '#',
    'ref',
    'ap',
    'id',
    'action no',
    'ref no',
    'action ref',
    'minute ref',
    'minute no',
    'minute number',
  ],
  // A tracker's status field's names ("Status", "RAG", "Completed"), and what a table's column says too.
  status: [...FIELD_NAMES.status, 'update', 'position', 'outcome', 'progress update'],
  // "Decision", "Action", "Information": a log of several kinds of entry, of which actions are one.
  type: ['type', 'category', 'entry type', 'kind'],
  // When the action was agreed: a log carries the actions of earlier meetings beside this one's.
  raised: [
    'date raised',
    'raised',
    'raised on',
    'date added',
    'date opened',
    'date logged',
    'date agreed',
    'date set',
    'meeting raised',
    'raised at',
  ],
};

const COLUMN_OF = new Map<string, Column>(
  (Object.entries(COLUMN_NAMES) as [Column, readonly string[]][]).flatMap(([col, names]) =>
    names.map((n) => [n, col] as const),
  ),
);

const DETAIL_NAMES: ReadonlySet<string> = new Set(['detail', 'details', 'description']);

/** "By" heads the owners in "Action | By", the due dates in "Action | Owner | By". */
const OWNER_OR_DUE = new Set(['by']);

// Symbols and pictographs (with their variation selectors) before a column's name.
const LEADING_SYMBOLS = new RegExp(`^(?:${PICTOGRAPHS}|\\s)+(?=\\p{L})`, 'u');

// Header names already spelled: a table's header is asked after many times (by every reading that
// might fit it), and a long document repeats its tables' headers. Bounded, as a document is not.
const HEADER_NAMES = new Map<string, string>();

/** A header cell as the vocabulary spells it: lower case, "Owner(s)" as "owners". */
function headerName(header: string): string {
  const known = HEADER_NAMES.get(header);
  if (known !== undefined) return known;
  if (HEADER_NAMES.size >= 2000) HEADER_NAMES.clear();
  const name = spelledHeader(header);
  HEADER_NAMES.set(header, name);
  return name;
}

function spelledHeader(header: string): string {
  // "#": the number column, though Markdown would read the sign as a heading's mark.
  if (header.trim() === '#') return '#';
  // "Perchennog / Owner", "Erbyn / By": a column named in Welsh too is read by its English name.
  return englishColumnName(
    stripMarkdown(header)
      // "✅ Action", "👤 Owner": a pictograph before the name says nothing the name does not.
      .replace(LEADING_SYMBOLS, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.:]$/, '')
      .replace(/\(s\)$/, 's')
      .trim(),
  );
}

// "Description of action", "Details of the task": the vocabulary's "action description" said the other way round.
const NOUN_OF_ACTION = /^([a-z]+(?: [a-z]+)?) of (?:the )?(action|task)s?$/;

export function columnOf(header: string): Column {
  const name = headerName(header);
  const col = COLUMN_OF.get(name);
  if (col !== undefined) return col;
  const inverted = NOUN_OF_ACTION.exec(name);
  if (inverted) return COLUMN_OF.get(`${inverted[2]} ${inverted[1]}`) ?? 'other';
  if (!/[/&(]| and /.test(name)) return 'other';
  // "Outcome / Action", "Decision/Action", "Action and owner", "Action (owner)": a column of several
  // kinds holds the actions if one is.
  const kinds = name
    .split(/\s*(?:[/&()]|\band\b)\s*/)
    .filter((part) => part !== '')
    .map((part) => COLUMN_OF.get(part) ?? 'other');
  return kinds.includes('text') ? 'text' : (kinds.find((k) => k !== 'other') ?? 'other');
}

/**
 * The cells of a Markdown table row, outer pipes or not. "<br>" in a cell is the line break a
 * Markdown table cannot hold otherwise ("GLAA to share …<br>Salvation Army to produce …").
 */
export function pipeCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(cellText);
}

const cellText = (c: string): string => (c.includes('<') ? c.replace(/\s*<br\s*\/?>\s*/gi, '\n') : c).trim();

/**
 * A row of a table drawn with bars between cells only: "2 | Circulate the form | Northshire Police |"
 * ends with an empty cell (its bar before nothing), unless the row has one cell too many for it.
 */
function bareCells(line: string, width: number): string[] {
  if (line.startsWith('|')) return pipeCells(line);
  const cells = line.split('|').map(cellText);
  return cells.length === width + 1 && cells[cells.length - 1] === '' ? cells.slice(0, -1) : cells;
}

export const isRule = (cell: string) => /^:?-{1,}:?$/.test(cell) || cell === '';

/**
 * The rows under a Markdown table's header, rule rows left out, and the index after the table. With
 * `width` (a table drawn with bars between cells only, no outer bars) a row is a line of that many
 * cells instead of a line starting with a bar.
 */
function pipeBody(
  lines: readonly string[],
  start: number,
  width: number | null = null,
): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  const cellsOf = (line: string) =>
    (width === null ? pipeCells(line) : bareCells(line, width)).map((c) => stripMarkdown(c));
  // The header again at a page's top, the table going on over the break: no row of it.
  const header = cellsOf((lines[start] ?? '').trim())
    .join('|')
    .toLowerCase();
  let i = start + 1;
  for (; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (width === null ? !line.startsWith('|') : line === '' || line.length > 2000 || i - start > 500) break;
    const cells = cellsOf(line);
    if (width !== null && cells.length !== width) break;
    if (!cells.every(isRule) && cells.join('|').toLowerCase() !== header) rows.push(cells);
  }
  return { rows, end: i };
}

// Two bars at least, each with a space on either side: "a | b | c", or the cells padded to line the
// bars up ("Action        | Owner       | Date").
const BARE_BARS = /\S {1,80}\| {1,80}\S.*?\S {1,80}\| {1,80}\S/;

export interface TableResult {
  /** rows consumed, header included */
  consumed: number;
  drafts: ActionDraft[];
  /** agenda items the table itself gives (minutes kept as a table) */
  items?: Heading[];
  /** what was said under each item of a table of minutes: it may name the next meeting */
  said?: { title: string; text: string }[];
}

/** More cells than a spreadsheet's widest log has columns: a row of marks ("| | | …"), no header. */
const MAX_HEADER_CELLS = 60;

// "Rating", "Likelihood", "Mitigation": the columns of a risk register, whose rows are risks with
// their owners, no actions (a programme board's RAID log sets one beside its actions).
export const RISK_COLUMN_NAMES: readonly string[] = [
  'rating',
  'risk rating',
  'risk score',
  'score',
  'likelihood',
  'probability',
  'impact',
  'severity',
  'proximity',
  'mitigation',
  'mitigations',
  'mitigating actions',
  'inherent risk',
  'residual risk',
];
const RISK_COLUMN = new Set(RISK_COLUMN_NAMES);

export function headerColumns(cells: readonly string[]): Column[] | null {
  if (cells.length > MAX_HEADER_CELLS) return null;
  // Most lines name no action column; that is settled before every cell is classified.
  if (!cells.some((c) => columnOf(c) === 'text')) return trackerColumns(cells);
  if (cells.some((c) => RISK_COLUMN.has(headerName(c)))) return null;
  const named = cells.map(columnOf);
  const cols = cells.map((c, i) =>
    OWNER_OR_DUE.has(headerName(c)) ? (named.includes('owner') ? 'due' : 'owner') : (named[i] as Column),
  );
  // "Minute | Detail | Action | Responsible": beside a column named for the action, a "Detail" or
  // "Description" column is what was said.
  if (cols.some((c, i) => c === 'text' && /\baction/.test(headerName(cells[i] ?? ''))))
    cells.forEach((c, i) => {
      if (DETAIL_NAMES.has(headerName(c))) cols[i] = 'other';
    });
  return cols.includes('text') && (cols.includes('owner') || cols.includes('due')) ? cols : null;
}

/**
 * "Issue key, Summary, Assignee, Due date": an issue tracker's export, whose summary (or name) is
 * each task's title beside who has it and when it is due (in minutes a "Summary" column is what was
 * said, and a "Name" column a person's).
 */
function trackerColumns(cells: readonly string[]): Column[] | null {
  const named = cells.map(columnOf);
  // (Asana calls the task its "Name".)
  const at = cells.findIndex((c) => ['summary', 'name'].includes(headerName(c)));
  if (at < 0 || !named.includes('owner') || !named.includes('due')) return null;
  return named.map((col, i) => (i === at ? 'text' : col));
}

interface Cellish {
  get(col: Column): string;
}

// A record's type column: "Action", or its letter in an A/D/I log ("A", beside "D" for a decision
// and "I" for information).
const ACTION_TYPE = /^(?:actions?|a|ap)$/i;

/**
 * A row that reports its action's status ("Complete", "Ongoing", "Amber") reviews an action of an
 * earlier meeting, recorded when that meeting's minutes were imported: it is no new action. A row
 * whose status is empty or "New" is one agreed at this meeting (an action log mixes both).
 */
function reviewsEarlierAction(row: Cellish, freshList: boolean, saysNew: boolean): boolean {
  const status = row.get('status').trim();
  // A log that marks this meeting's actions "New" keeps "Open" for earlier ones still open.
  if (saysNew && /^open$/i.test(status)) return true;
  if (status === '' || NOT_BEGUN.test(status)) return false;
  // In a list of actions not yet begun, one already under way is as new as they are.
  return !(freshList && UNDER_WAY.test(status));
}

// A status saying the action has not begun: agreed at this meeting, whatever the tool calls it.
const NOT_BEGUN =
  /^(?:new|new\s+action|open|-|–|—|n\/a|not\s+(?:yet\s+)?started|to[\s-]?do|pending|planned|backlog|assigned)$/i;
const UNDER_WAY = /^(?:in\s+progress|under\s*way|started|in\s+hand)$/i;
// "Green – complete": a tracker's rating, then the action's state.
const RATING_BEFORE_STATE = /^[a-z]+\s*[-–—:]\s*/i;
// "2", "3a", "4.": an Item cell that holds the item's number alone.
const ITEM_NUMBER_CELL = /^\d{1,3}[a-z]?\.?$/;
// '"', "〃", "ditto", "do.": the cell above written again, by a mark.
const DITTO = /^(?:["〃]|''|ditto|do\.?)$/i;
// An action finished: no new action is, the day it is agreed.
const DONE = /^(?:complete[d]?|closed|done|discharged|achieved)\.?$/i;

/**
 * A task list's statuses ("Not started", "In progress"), none saying an action is done: the list
 * holds this meeting's actions, not a log reviewing earlier ones. A log says "Complete" somewhere,
 * or rates its actions ("Amber"), or calls them "Ongoing".
 */
function isFreshList(rows: readonly Cellish[]): boolean {
  const statuses = rows.map((r) => r.get('status').trim()).filter((s) => s !== '');
  return (
    statuses.some((s) => NOT_BEGUN.test(s) && !/^(?:-|–|—|n\/a)$/i.test(s)) &&
    statuses.every((s) => NOT_BEGUN.test(s) || UNDER_WAY.test(s))
  );
}

/**
 * "2. Independent review of the Act" in an Item column: the item itself, numbered and titled, read
 * as a heading in the text is. A bare number ("3") or "4 (b)" titles nothing.
 */
function itemHeadingCell(cell: string): Heading | null {
  const h = matchItemHeading(cell.trim());
  return h ? { number: h.number, title: h.title } : null;
}

/**
 * Builds drafts from rows, merging continuation rows into the row above. An Item column that
 * gives each item's number and title (minutes kept as a table) adds the items to `items`, and what
 * the row's other cells say under it (a discussion column) to `said`: it may name the next meeting.
 * With `numbersItems` (a table with a column of what was said, a row an item) a "No." column beside
 * an Item column of titles numbers the items, not the actions.
 */
function collect(
  rows: Cellish[],
  cols: readonly Column[],
  item: string | null,
  items: Heading[] = [],
  said: { title: string; text: string }[] = [],
  numbersItems = false,
): ActionDraft[] {
  const drafts: ActionDraft[] = [];
  const hasNumber = cols.includes('number');
  const hasStatus = cols.includes('status');
  const freshList = hasStatus && isFreshList(rows);
  const saysNew = hasStatus && rows.some((r) => /^new(?:\s+action)?$/i.test(r.get('status').trim()));
  const hasType = cols.includes('type');
  // "Owner | Action | By": a table grouped by its owners writes each owner once, on the first of
  // their rows, and leaves the cell blank on the rest (as a merged cell reads in text).
  const ownerFirst = cols.includes('owner') && cols.indexOf('owner') < cols.indexOf('text');
  // The owner of the last row kept, for a row that leaves its owner to the one above.
  let lastOwner: string | null = null;
  const ownsNoColumn = !cols.includes('owner') && !cols.includes('support');
  // The owner a row across the table named, for the rows under it (see ownerGroupRow).
  let groupOwner: string | null = null;
  // The item the rows below a titled Item cell belong to.
  let current: string | null = null;
  // The row above, kept or not: a continuation row follows it either way.
  let previous: { draft: ActionDraft | null; text: string } | null = null;
  // The item a titled Item cell headed, while its title may go on in the cell in lower case ("3.
  // Safe house" over "places").
  let titled: Heading | null = null;
  // "Minute | Action | By whom" ("Minute" names what was said as often): a column no name placed,
  // holding minute numbers ("24/02") and nothing else, cites each row's item.
  const itemColumn: Column = !cols.includes('item') && citesMinutes(rows) ? 'other' : 'item';
  for (const row of rows) {
    const itemCell = row.get(itemColumn).replace(/^item\s+/i, '');
    const heading =
      itemHeadingCell(itemCell) ??
      (numbersItems
        ? (numberBesideTitle(row.get('number'), itemCell) ??
          numberOverOpeningTitle(itemCell, row.get('other')))
        : null);
    if (heading && heading.number === current && heading.title === titled?.title) {
      // The item's number and title again on its next row: the same item, not a new one.
      previous = null;
    } else if (heading) {
      current = heading.number;
      items.push(heading);
      said.push({ title: heading.title, text: row.get('other') });
      titled = heading;
      previous = null;
    } else if (titled && /^[a-z]/.test(itemCell) && itemCell.length <= 80) {
      titled.title = `${titled.title} ${itemCell}`;
    } else if (itemCell !== '') titled = null;
    const text = row.get('text');
    const support = row.get('support');
    const given =
      support && row.get('owner') ? `${row.get('owner')}, ${support}` : row.get('owner') || support;
    // A ditto mark in the owner cell: the owner of the row above.
    const owner = DITTO.test(given.trim()) ? (lastOwner ?? '') : given;
    const due = row.get('due');
    const number = row.get('number');
    // "Westminster City Council" alone across a table with no owner column: the rows under it are
    // that owner's, as a list grouped by owner writes each owner once above their tasks.
    const group = ownsNoColumn ? ownerGroupRow(row) : null;
    if (group !== null) {
      groupOwner = group;
      previous = null;
      continue;
    }
    // "Item 2 – Local authority duties" across the table: the rows under it are that item's.
    const itemRow =
      itemCell === '' && owner === '' && due === '' && number === '' ? itemRowHeading(text) : null;
    if (itemRow) {
      current = itemRow.number;
      items.push(itemRow);
      previous = null;
      continue;
    }
    // A row that gives its own item ("2", as the row above did) starts a row, whatever its text
    // starts with ("2 | add checks to the audits | Fire Service | 30/04/2020").
    const continues =
      previous !== null &&
      !ITEM_NUMBER_CELL.test(itemCell) &&
      (hasNumber || hasType
        ? (hasNumber ? number : row.get('type')) === ''
        : text === '' ||
          /^[a-z(]/.test(text) ||
          // "… agreed by the" | "FCO, Cabinet" over "National Security Council" | "Office": a cell
          // that breaks off on a word no sentence ends with goes on below, whatever the other cells hold.
          RUNS_ON.test(previous.text) ||
          (owner === '' && due === '' && !/[.!?;]$/.test(previous.text) && !recordsDecision(text)));
    if (continues && previous) {
      const last = previous.draft;
      if (text) previous.text = text;
      if (!last) continue;
      if (text) last.parts.push(text);
      if (owner) last.owners = last.owners ? `${last.owners} ${owner}` : owner;
      if (due) last.due = last.due ? `${last.due} ${due}` : due;
      continue;
    }
    if (text === '' && owner === '') continue;
    // "–", "None", "N/A" in the owner column: no one owns the row, a decision logged beside the actions.
    if (isNoAction(owner) && (due === '' || isNoAction(due))) {
      previous = { draft: null, text };
      continue;
    }
    // A row that says when it was raised is this meeting's or an earlier one's by that date (see
    // the reader's result()), whatever its rating ("Amber"): only one already done is none.
    const raised = row.get('raised').trim();
    const reviewed =
      raised === ''
        ? reviewsEarlierAction(row, freshList, saysNew)
        : DONE.test(row.get('status').trim().replace(RATING_BEFORE_STATE, ''));
    // A decision or a note logged beside the actions is no action.
    const type = row.get('type').trim();
    // So is a row whose text says so itself: "Decision: the Board endorsed option B".
    if (
      (hasStatus && reviewed) ||
      // "Complete" where the date would stand: a table with no status column reporting on an earlier action.
      (!hasStatus && DONE.test(due.trim())) ||
      (type !== '' && !ACTION_TYPE.test(type)) ||
      (owner === '' && (isDecisionEntry(text) || (due === '' && recordsDecision(text))))
    ) {
      previous = { draft: null, text };
      continue;
    }
    const ref = number === '' ? undefined : actionRef(number);
    const draft: ActionDraft = {
      parts: [text],
      item: (heading ? current : itemOfParagraph(itemCell)) || current || item,
      owners: owner || (ownerFirst ? lastOwner : null) || groupOwner,
      due: due || null,
      ...(raised ? { raised } : {}),
      ...(cols.includes('owner') && owner === '' && !ownerFirst && !groupOwner
        ? { ownerCellEmpty: true }
        : {}),
      // Without an item column, the body's "(action 1)" tells which item the row belongs to.
      ...(ref && !itemCell ? { ref } : {}),
    };
    drafts.push(draft);
    previous = { draft, text };
    lastOwner = draft.owners;
  }
  // The item the table stands under is none of the rows' when their references name theirs.
  if (refsNameItems(drafts)) for (const d of drafts) if (d.item === item) d.item = null;
  numbersNameItems(drafts);
  return drafts;
}

/**
 * "1.2", "2.2" down a record that spans the agenda: each row's reference names its item (the reader
 * finds item 1 and item 2 by those numbers), not the item or heading the table stands under.
 */
export function refsNameItems(drafts: readonly ActionDraft[]): boolean {
  const leading = new Set(drafts.map((d) => /^(\d{1,3})\.\d{1,2}$/.exec(d.ref ?? '')?.[1] ?? null));
  return leading.size >= 2 && !leading.has(null);
}

/**
 * "2", "3", "3" down a No. column: an action's number is never written twice, so numbers that
 * repeat, in the agenda's order, are the items the rows belong to (which a list gathering the
 * meeting's actions keeps, as it keeps an item named over them).
 */
function numbersNameItems(drafts: ActionDraft[]): void {
  const numbers = drafts.map((d) => (/^\d{1,3}$/.test(d.ref ?? '') ? Number(d.ref) : Number.NaN));
  if (numbers.length < 2 || numbers.some(Number.isNaN)) return;
  const inOrder = numbers.every((n, k) => k === 0 || n >= (numbers[k - 1] ?? 0));
  if (!inOrder || new Set(numbers).size === numbers.length) return;
  for (const d of drafts) {
    if (d.ref === undefined) continue;
    d.item = d.ref;
    d.namedItem = d.ref;
    delete d.ref;
  }
}

const MINUTE_CITED = /^\d{1,3}\/\d{2,3}$/;
const ITEM_CITED = /^\d{1,2}(?:\.\d{1,2})?$/;

/**
 * True when the rows' unnamed cells hold minute numbers ("24/02") alone, on some rows at least; or
 * items' numbers with one written twice ("1", "2", "2", "3" under "Minute"): an action's own number
 * is never repeated, the item of two actions is.
 */
function citesMinutes(rows: readonly Cellish[]): boolean {
  const cells = rows.map((r) => r.get('other').trim()).filter((c) => c !== '');
  if (cells.length === 0) return false;
  if (cells.every((c) => MINUTE_CITED.test(c))) return true;
  return cells.every((c) => ITEM_CITED.test(c)) && new Set(cells).size < cells.length;
}

/** "3.2" in an Item or Para column: the paragraph's item, "3" (items are the top-level numbers). */
function itemOfParagraph(cell: string): string {
  // "II": the item headed "II. …", which the reader numbers 2.
  return /^(\d{1,3})\.\d{1,2}$/.exec(cell.trim())?.[1] ?? romanItemNumber(cell) ?? cell;
}

// No bodies named by the document: a header or a row is asked whether it names one by its words alone.
const NO_BODIES: ReadonlySet<string> = new Set();

// "✓", "X", "●", "Yes": a body's column of a responsibility matrix marked for the row's action.
const OWNER_MARK = /^(?:[✓✔✗✘xX☑☒●•*]|yes|y|lead)$/i;

/**
 * "| Action | Due | Humberside Police | Hull City Council |" with a tick under each owner: a
 * responsibility matrix, a column for each body. Its columns (two bodies or more, every cell a mark
 * or empty) become an owner column naming the bodies ticked in each row; null for any other table.
 */
function withMatrixOwners(
  names: readonly string[],
  cols: readonly Column[],
  rows: readonly string[][],
): { cols: Column[]; rows: string[][] } | null {
  if (cols.includes('owner') || cols.includes('support') || !cols.includes('text')) return null;
  const at = names.flatMap((n, i) => (cols[i] === 'other' && orgScore(n.trim(), NO_BODIES) >= 2 ? [i] : []));
  if (at.length < 2) return null;
  const mark = (r: readonly string[], i: number) => (r[i] ?? '').trim();
  if (!rows.every((r) => at.every((i) => mark(r, i) === '' || OWNER_MARK.test(mark(r, i))))) return null;
  if (!rows.some((r) => at.some((i) => mark(r, i) !== ''))) return null;
  return {
    cols: [...cols, 'owner'],
    rows: rows.map((r) => [
      ...r,
      at
        .filter((i) => mark(r, i) !== '')
        .map((i) => (names[i] ?? '').trim())
        .join(', '),
    ]),
  };
}

const ROW_COLUMNS: readonly Column[] = ['text', 'number', 'item', 'due', 'status', 'type', 'raised', 'other'];

/**
 * A row of a table with no owner column whose one filled cell names a body or a person alone
 * ("Westminster City Council", a cell spanning the row): the owner of the rows under it. Null for
 * any other row, a task or an item's title among them.
 */
function ownerGroupRow(row: Cellish): string | null {
  let name: string | null = null;
  for (const col of ROW_COLUMNS) {
    const cell = row.get(col).trim();
    if (cell === '') continue;
    if (name !== null) return null;
    name = cell;
  }
  if (name === null || name.length > 80 || /[.:;!?]$/.test(name) || startsWithActionVerb(name)) return null;
  const score = orgScore(name, NO_BODIES);
  return score >= 2 || score === -2 ? name : null;
}

/** A row of an action table that names an item ("Item 2 – Title", "Agenda item 3"), not an action. */
function itemRowHeading(text: string): Heading | null {
  if (!/^(?:agenda\s+)?item\s+\d/i.test(text) || text.length > 160) return null;
  return matchItemHeading(text);
}

/** A table's result: its rows' drafts, and the items an Item column titled. */
function collected(
  consumed: number,
  rows: Cellish[],
  cols: readonly Column[],
  item: string | null,
  numbersItems = false,
): TableResult {
  const items: Heading[] = [];
  const said: { title: string; text: string }[] = [];
  const drafts = collect(rows, cols, item, items, said, numbersItems);
  return { consumed, drafts, ...(items.length > 0 ? { items, said } : {}) };
}

/** An action's number as the body cites it: "1", "A3", "IDMG/2013/04" ("01" is "1"). */
export function actionRef(text: string): string | undefined {
  const t = text.trim().toUpperCase().replace(/[.)]$/, '');
  if (!/^[A-Z0-9][A-Z0-9/.-]{0,19}$/.test(t) || !/\d/.test(t)) return undefined;
  return /^\d+$/.test(t) ? String(Number(t)) : t;
}

/**
 * One action written down the side of a small table, a field a row: "Action | Publish the report",
 * "Owner | Unseen", "Due | 28 February 2020" (as a Word template lays out each action).
 */
function verticalAction(rows: readonly (readonly string[])[], item: string | null): ActionDraft | null {
  if (rows.length < 2 || rows.some((r) => r.length !== 2)) return null;
  const fields: Partial<Record<Column, string>> = {};
  for (const [name = '', value = ''] of rows) {
    const col = columnOf(name);
    if (col === 'other' || col === 'status' || col === 'type' || fields[col] !== undefined) return null;
    fields[col] = value.trim();
  }
  if (!fields.text) return null;
  return {
    parts: [fields.text],
    item: fields.item || item,
    owners: fields.owner || null,
    due: fields.due || null,
  };
}

// "Action 1", "Action point 2", "AP3": a row naming the action whose fields follow.
const ACTION_TITLE_ROW = /^(?:action(?:\s+point)?|ap)\s*(?:no\.?\s*)?\d{1,3}\.?$/i;

/**
 * Several actions written down the side of one table, each a block of field rows ("Action",
 * "Owner", "Deadline") under a row naming it ("Action 1") or starting again at its first field, as
 * a form template stacks them. Null unless every block is one action.
 */
function stackedActions(rows: readonly (readonly string[])[], item: string | null): ActionDraft[] | null {
  if (rows.length < 4 || rows.length > 2000 || rows.some((r) => r.length !== 2)) return null;
  const blocks: (readonly string[])[][] = [];
  let block: (readonly string[])[] = [];
  const seen = new Set<Column>();
  for (const row of rows) {
    const [name = '', value = ''] = row;
    const col = columnOf(name);
    const titles = value.trim() === '' && ACTION_TITLE_ROW.test(name.trim());
    if (titles || (col !== 'other' && seen.has(col))) {
      if (block.length > 0) blocks.push(block);
      block = [];
      seen.clear();
      if (titles) continue;
    }
    seen.add(col);
    block.push(row);
  }
  if (block.length > 0) blocks.push(block);
  if (blocks.length < 2) return null;
  const drafts = blocks.map((b) => verticalAction(b, item));
  return drafts.every((d): d is ActionDraft => d !== null) ? drafts : null;
}

/** A Markdown pipe table of actions starting at rows[start], or null. */
export function readPipeTable(
  lines: readonly string[],
  start: number,
  item: string | null,
): TableResult | null {
  const header = lines[start] ?? '';
  // "No. | Owner | Action | Deadline" with no outer bars and no rule under it: rows of as many cells.
  const bare = !header.trim().startsWith('|');
  if (bare && !(header.length <= 300 && header.includes(' | ') && BARE_BARS.test(header))) return null;
  const names = pipeCells(header);
  if (names.length === 2 && columnOf(names[0] ?? '') === 'text') {
    const { rows, end } = pipeBody(lines, start);
    const draft = verticalAction([names, ...rows], item);
    if (draft) return { consumed: end - start, drafts: [draft] };
  }
  const cols = headerColumns(names);
  const mayOwn = mayBeOwnedMinutes(names, cols);
  if (!cols && !mayOwn) return null;
  const { rows, end } = pipeBody(lines, start, bare ? names.length : null);
  // "Item | Discussion | Action by": minutes kept as a table, its owner column naming who acts (or
  // its Action column naming only that: "No. | Minute | Action").
  const owned = rows.length > 0 && mayOwn ? ownedMinutesRows(names, rows, item, true) : null;
  if (!cols || owned) return owned ? { consumed: end - start, ...owned } : null;
  if (bare && rows.length === 0) return null;
  const minuteCols = minuteNumbersAsItems(names, cols);
  const matrix = withMatrixOwners(names, minuteCols, rows);
  const byMinute = matrix?.cols ?? minuteCols;
  // "Share the data<br>Publish the guide" beside "NCA<br>DWP": a task a line, each with its owner.
  const cellish = actionsByParagraph(matrix?.rows ?? rows, byMinute).map(
    (cells): Cellish => ({ get: (c) => cells[byMinute.indexOf(c)] ?? '' }),
  );
  return collected(end - start, cellish, byMinute, item, names.some(isDiscussionColumn));
}

const LOOSE_SEPARATOR = /\t|\s\s/;

/**
 * Minutes kept as a table with an Item column, exported with a blank line between rows: the index
 * of the next row when, after the blank lines at `from`, a line starts with an item's number under
 * "Item" and goes on in the columns to its right ("3. Strategy   The Council presented …"); -1 when
 * the table has ended (a paragraph, "5. Date of next meeting" alone, anything else).
 */
function nextItemRow(
  lines: readonly string[],
  from: number,
  cols: readonly Column[],
  starts: readonly number[],
): number {
  if (cols[0] !== 'item' || starts.length < 2) return -1;
  let j = from;
  while (j < lines.length && j - from < 3 && (lines[j] ?? '').trim() === '') j += 1;
  const line = (lines[j] ?? '').replace(/\t/g, '    ');
  if (line.length > 1000 || !/^\s{0,3}\d{1,3}[a-z]?[.)]?(?:\s|$)/.test(line)) return -1;
  const second = starts[1] ?? 0;
  const right = [...line.matchAll(/\S+(?: \S+)*/g)].some((m) => (m.index ?? 0) + 2 >= second);
  return right ? j : -1;
}

/**
 * A plain-text table: a header like "Action        Owner     Due" and rows aligned under it.
 * Each run of text is given to the column whose header starts at or before it.
 */
export function readTextTable(
  lines: readonly string[],
  start: number,
  item: string | null,
): TableResult | null {
  const header = lines[start] ?? '';
  // Without a tab or a double space there is one cell, so no table; most lines stop here.
  if (header.length > 300 || !LOOSE_SEPARATOR.test(header)) return null;
  if (header.includes('\t')) {
    const tabbed = readTabTable(lines, start, item);
    if (tabbed) return tabbed;
  }
  const names = looseCells(header);
  if (names.length < 2) return null;
  const cols = headerColumns(names);
  // "Discussion   Action owner": two or three columns, what was said first (tested last: most lines
  // with a gap in them are no table at all).
  if (!cols)
    return names.length <= 3 && isDiscussionColumn(names[0] ?? '')
      ? readAlignedOwnedTable(lines, start, names, item)
      : null;
  const starts: number[] = [];
  let from = 0;
  for (const name of names) {
    const at = header.indexOf(name, from);
    starts.push(at);
    from = at + name.length;
  }
  const rowLines: string[] = [];
  let i = start + 1;
  while (i < lines.length) {
    const line = (lines[i] ?? '').replace(/\t/g, '    ');
    if (line.trim() === '' || /^[\s\-=_|+]+$/.test(line)) {
      // A rule under the header is part of the table; a blank line ends it, unless the table is
      // the minutes' own, a blank line under its header or between its items (see nextItemRow).
      const next = line.trim() === '' ? nextItemRow(lines, i, cols, starts) : -1;
      if (next > 0) {
        i = next;
        continue;
      }
      if (line.trim() === '' || rowLines.length > 0) break;
      i += 1;
      continue;
    }
    // A row starts with its item's number ("2. Operations   Westshire Police …"); a line of one
    // cell that does is the next item's heading.
    const t = line.trim();
    if (line.length > 1000 || startsOwnPart(t) || (!/\S\s{2,}\S/.test(t) && endsTable(t))) break;
    // A line starting left of an indented table's first column ("2.  NHS referrals" under rows
    // indented by two) is the minutes going on with no blank line between.
    if ((starts[0] ?? 0) >= 2 && line.length - line.trimStart().length < (starts[0] ?? 0)) break;
    rowLines.push(line);
    i += 1;
  }
  // Rows that fill every column but do not stand under the headings: tabs turned into spaces at
  // each cell's width, where a word stands says nothing of its column. A row of fewer cells (one
  // left empty at the end) is then read in order too.
  const ragged = rowLines.some((l) => {
    const loose = looseCells(l);
    return loose.length === cols.length && !standsUnder(l, loose, starts);
  });
  const rows: Cellish[] = rowLines.map((line) => {
    const cells = new Map<Column, string>();
    // A row of as many cells as the header is read cell by cell, wherever they stand: tabs turned
    // into spaces ("Circulate the report    Home Office    28/9/2012") leave the cells in their
    // order but not under their headings. A row of fewer cells (one left empty, one wrapped) is
    // read by where its words stand under the header, and so is every row of an indented table,
    // whose columns are laid out by position (a wrapped cell's words start under their heading).
    const loose = looseCells(line);
    if (
      (loose.length === cols.length && (starts[0] ?? 0) < 2) ||
      (ragged && loose.length >= 2 && loose.length < cols.length)
    )
      loose.forEach((cell, c) => {
        const kind = cols[c] ?? 'other';
        cells.set(kind, `${cells.get(kind) ?? ''} ${cell}`.trim());
      });
    else
      for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
        const at = m.index ?? 0;
        let col = 0;
        for (let c = 0; c < starts.length; c += 1) if ((starts[c] ?? 0) <= at + 2) col = c;
        const kind = cols[col] ?? 'other';
        cells.set(kind, `${cells.get(kind) ?? ''} ${m[0]}`.trim());
      }
    return { get: (c: Column) => cells.get(c) ?? '' };
  });
  if (rows.length === 0) return null;
  return collected(i - start, rows, cols, item);
}

/** Whether each of a row's cells starts under its column's heading (within two places). */
function standsUnder(line: string, cells: readonly string[], starts: readonly number[]): boolean {
  let from = 0;
  return cells.every((cell, c) => {
    const at = line.indexOf(cell, from);
    from = at + cell.length;
    return Math.abs(at - (starts[c] ?? 0)) <= 2;
  });
}

/**
 * "Discussion          Action owner" laid out with spaces under an item's heading: each paragraph
 * a row, its words left of the owner's heading what was said, those under it the owner (and the
 * date, with a due column), wrapped as it takes; an owned row's last sentence is the action (see
 * ownedMinutesRows). A paragraph running across the owner's column is prose after the table.
 */
function readAlignedOwnedTable(
  lines: readonly string[],
  start: number,
  names: readonly string[],
  item: string | null,
): TableResult | null {
  const cols = names.map(columnOf);
  if (cols[1] !== 'owner' || (names.length === 3 && cols[2] !== 'due')) return null;
  const header = lines[start] ?? '';
  const ownerAt = header.indexOf(names[1] ?? '', (names[0] ?? '').length);
  const dueAt = names.length === 3 ? header.indexOf(names[2] ?? '', ownerAt + 1) : Number.POSITIVE_INFINITY;
  const rows: string[][][] = [];
  let row: string[][] | null = null;
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').replace(/\t/g, '    ');
    if (line.trim() === '') {
      row = null;
      continue;
    }
    const words = [...line.matchAll(/\S+(?: \S+)*/g)];
    // Every run of words stands on one side of the owner's column, or the line is no row.
    const straddles = words.some(
      (m) => (m.index ?? 0) + 2 < ownerAt && (m.index ?? 0) + m[0].length > ownerAt,
    );
    if (line.length > 1000 || straddles || (row === null && endsTable(line.trim()))) break;
    if (row === null) {
      row = [[], [], []];
      rows.push(row);
    }
    for (const m of words) {
      const at = (m.index ?? 0) + 2;
      row[at >= dueAt ? 2 : at >= ownerAt ? 1 : 0]?.push(m[0]);
    }
    end = i + 1;
  }
  const cells = rows.map((r) => r.slice(0, names.length).map((words) => words.join(' ')));
  const owned = cells.length > 0 ? ownedMinutesRows(names, cells, item) : null;
  return owned && owned.drafts.length > 0 ? { consumed: end - start, ...owned } : null;
}

/**
 * A table copied out of Word or a spreadsheet: cells separated by tabs, so the columns are counted,
 * not measured (a tab is as wide as the viewer says). A row without a tab continues the row above.
 */
function readTabTable(lines: readonly string[], start: number, item: string | null): TableResult | null {
  // (A header of two rows is one line by now: see header-rows.ts.)
  const names = (lines[start] ?? '')
    .trim()
    .split('\t')
    .map((c) => c.trim());
  const cols = headerColumns(names);
  // "No.⇥Minute⇥Action" may be minutes whose Action column names only who acts.
  const owned = mayBeOwnedMinutes(names, cols) ? ownedTabTable(lines, start, names, item) : null;
  if (!cols || owned) return owned;
  // Tabs before the header indent the whole table; a row's own tab before its text leaves its first
  // cell empty ("⇥Justice⇥" under "Action ⇥ Responsible ⇥ By when": the owner cell wrapped).
  const indent = /^ *(\t*)/.exec(lines[start] ?? '')?.[1]?.length ?? 0;
  const rows: Cellish[] = [];
  let i = start + 1;
  while (i < lines.length) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (line === '' || line.length > 1000) break;
    i += 1;
    if (/^[\s\-=_|+]+$/.test(line)) continue;
    const cells = raw
      .replace(/^ +/, '')
      .replace(new RegExp(`^\\t{0,${indent}}`), '')
      .trimEnd()
      .split('\t')
      .map((c) => c.trim());
    // "Next meeting: …" straight under the table (no blank line between) is no wrapped cell, nor is
    // the next item's heading ("6.⇥Date of next meeting"), nor text with no tab down to a blank line
    // (a cell's wrapped line comes before the tabs of the rest of its row).
    if (
      (cells.length === 1 && (endsTable(line) || !tabBefore(lines, i))) ||
      (cells.length === 2 && cells.length < cols.length && endsTable(line.replace(/\t/g, ' ')))
    ) {
      i -= 1;
      break;
    }
    // Extra cells (a tab inside a cell) belong to the last column.
    if (cells.length > cols.length)
      cells.splice(cols.length - 1, Infinity, cells.slice(cols.length - 1).join(' '));
    const byColumn = new Map<Column, string>();
    if (cells.length === 1) byColumn.set('text', line);
    else
      cells.forEach((cell, c) => {
        const kind = cols[c] ?? 'other';
        byColumn.set(kind, `${byColumn.get(kind) ?? ''} ${cell}`.trim());
      });
    rows.push({ get: (c) => byColumn.get(c) ?? '' });
  }
  if (rows.length === 0) return null;
  return collected(i - start, rows, cols, item);
}

/** Whether a line with a tab follows line `from` (the line after the one being read) before a blank one. */
function tabBefore(lines: readonly string[], from: number): boolean {
  for (let k = from; k < lines.length && k < from + 20; k += 1) {
    const l = lines[k] ?? '';
    if (l.trim() === '') return false;
    if (l.includes('\t')) return true;
  }
  return false;
}

/** "Item⇥Discussion⇥Action by⇥Date" and its rows, one a line, up to a blank line (see ownedMinutesRows). */
function ownedTabTable(
  lines: readonly string[],
  start: number,
  names: readonly string[],
  item: string | null,
): TableResult | null {
  if (names.length < 2 || !names.some(isDiscussionColumn)) return null;
  const rows: string[][] = [];
  let i = start + 1;
  for (; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.length > 4000 || !line.includes('\t')) break;
    rows.push(line.split('\t').map((c) => c.trim()));
  }
  const owned = rows.length > 0 ? ownedMinutesRows(names, rows, item) : null;
  return owned ? { consumed: i - start, ...owned } : null;
}

// The start of any heading columnOf knows, before Markdown is taken off.
const HEADER_WORD =
  /^[#*_\s]*(?:no|number|#|ref|ap|id|actions?|description|task|what|owners?|leads?|responsib|who|by\s+whom|actionee|due|deadline|by\s+when|when|target|date|timescale|item|agenda|status|progress|rag|update|position|outcome|allocated|assigned|accountable|org|dept|department|agency|expected|required|delivery|next\s+steps|minute|para|raised|completion|time)/i;

/**
 * A table pasted from Word or a PDF with one cell to a line: the header's cells ("No.", "Action",
 * "Owner", "Deadline") on lines of their own, then each row's cells in the same order. A row whose
 * number cell is not a number (or a blank line) ends it.
 */
export function readCellPerLineTable(
  lines: readonly string[],
  start: number,
  item: string | null,
): TableResult | null {
  const names: string[] = [];
  for (let i = start; i < lines.length && names.length < 8; i += 1) {
    const name = (lines[i] ?? '').trim();
    // A cheap look at each line first: this is asked of every short line of the document.
    if (name === '' || name.length > 30 || !HEADER_WORD.test(name)) break;
    names.push(name);
  }
  // Three different headings at least ("Actions:" repeated is no table).
  if (names.length < 3 || new Set(names.map((n) => n.toLowerCase())).size < 3) return null;
  // "Actions" over "Action", "Owner", "Due date": the table's caption, then its header (read from the
  // next line, where the header starts).
  if (names.length > 3 && columnOf(names[0] ?? '') === columnOf(names[1] ?? '')) return null;
  if (names.some((n) => columnOf(n) === 'other')) return null;
  const cols = headerColumns(names);
  if (!cols) return null;
  const isNumber = (cell: string) => /^(?:[A-Z]{0,2}\d{1,3}[.)]?)$/.test(cell);
  let numberAt = cols.indexOf('number');
  // A lone "1" on a line reads as a page number and is gone by now: the rows are then counted.
  const counted = numberAt >= 0 && !isNumber((lines[start + names.length] ?? '').trim());
  const rowCols = counted ? cols.filter((_, c) => c !== numberAt) : cols;
  if (counted) numberAt = -1;
  const width = rowCols.length;
  const rows: Cellish[] = [];
  let i = start + names.length;
  while (i + width <= lines.length) {
    const cells: string[] = [];
    let k = i;
    for (let c = 0; c < width && k < lines.length; c += 1) {
      let cell = (lines[k++] ?? '').trim();
      // A task wrapped in its cell ("Share the list of premises visited" over "with HMRC and DWP"):
      // its next line goes on in small letters, where the owner's cell would start with a capital.
      while (rowCols[c] === 'text' && k < lines.length && /^[a-z]/.test((lines[k] ?? '').trim()))
        cell = `${cell} ${(lines[k++] ?? '').trim()}`;
      cells.push(cell);
    }
    if (cells.length < width || cells.some((c) => c === '' || c.length > 1000)) break;
    if (numberAt >= 0 && !isNumber(cells[numberAt] ?? '')) break;
    const byColumn = new Map<Column, string>();
    cells.forEach((cell, c) => {
      byColumn.set(rowCols[c] ?? 'other', cell);
    });
    if (counted) byColumn.set('number', String(rows.length + 1));
    rows.push({ get: (c) => byColumn.get(c) ?? '' });
    i = k;
  }
  if (rows.length === 0) return null;
  return collected(i - start, rows, cols, item);
}

/** What the column of each item's title is called where the minutes are a table of items. */
const ITEM_TITLE_NAMES: ReadonlySet<string> = new Set([
  'topic',
  'subject',
  'title',
  'item title',
  'agenda item title',
  'discussion item',
  'heading',
]);

export interface ItemsTableColumns {
  item: number;
  title: number;
  /** columns read as no part of the item (a timed agenda's times and presenters) */
  skip?: number[];
}

/**
 * "Time | Item | Lead | Outcome / actions": a timed agenda kept as the minutes, its Lead the one
 * who presents the item, and its outcome cells holding the actions under their own labels
 * ("Pilot going well.<br>ACTION: NCA to report …"). Read as a table of items whose outcomes are
 * their text (the labels give the actions), the times and presenters left aside. Null unless some
 * outcome cell holds a labelled action.
 */
export function timedAgendaColumns(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): ItemsTableColumns | null {
  if (header.length > MAX_HEADER_CELLS) return null;
  const cols = header.map(columnOf);
  const time = header.findIndex(isTimeColumn);
  const item = cols.indexOf('item');
  const text = cols.indexOf('text');
  if (time < 0 || item < 0 || text < 0 || cols.includes('due')) return null;
  const labelled = rows.some((r) =>
    (r[text] ?? '').split('\n').some((line) => matchLabel(stripMarkdown(line.trim())) !== null),
  );
  if (!labelled) return null;
  const skip = cols.flatMap((c, k) => (k === time || c === 'owner' || c === 'support' ? [k] : []));
  return { item, title: item, skip };
}

/**
 * "Item | Topic | Notes": minutes kept as a table of items, each row an item's number, its title
 * and what was said. A table with an action, owner or due column is a table of actions instead.
 */
export function itemsTableColumns(header: readonly string[]): ItemsTableColumns | null {
  if (header.length > MAX_HEADER_CELLS) return null;
  const cols = header.map(columnOf);
  const item = cols.findIndex((c) => c === 'item' || c === 'number');
  const title = header.findIndex((h) => ITEM_TITLE_NAMES.has(headerName(h)));
  if (item < 0 || title < 0 || cols.some((c) => c === 'text' || c === 'owner' || c === 'due')) return null;
  return { item, title };
}

/** The same table of items in Markdown: its rows under the header, and the lines it took. */
export function readItemsPipeTable(
  lines: readonly string[],
  start: number,
): { rows: string[][]; columns: ItemsTableColumns; consumed: number } | null {
  const header = lines[start] ?? '';
  if (!header.trim().startsWith('|')) return null;
  const names = pipeCells(header);
  const columns = itemsTableColumns(names);
  if (columns) {
    const { rows, end } = pipeBody(lines, start);
    return { rows, columns, consumed: end - start };
  }
  // (Only a timed agenda's header is worth reading the rows for; most headers have no time word.)
  if (!/\b(?:time|timing|duration|mins)\b/i.test(header) || !names.some(isTimeColumn)) return null;
  const { rows, end } = pipeBody(lines, start);
  const timed = timedAgendaColumns(names, rows);
  return timed ? { rows, columns: timed, consumed: end - start } : null;
}

/**
 * Minutes kept as a table, a row per agenda item: "| Item | Discussion | Action |". The item cell
 * names the item ("2. NRM statistics"), the action cell holds its actions ("UKHTC to provide … —
 * by 31/1/13"); a row with an empty item cell continues the item above.
 */
export function readMinutesTable(lines: readonly string[], start: number): TableResult | null {
  const header = lines[start] ?? '';
  if (!header.trim().startsWith('|')) return null;
  const names = pipeCells(header);
  const cols = minuteNumbersAsItems(names, names.map(columnOf));
  if (!isMinutesTable(cols)) return null;
  const { rows, end } = pipeBody(lines, start);
  if (namesOwnersOnly(names, cols, rows)) return null;
  return { consumed: end - start, ...minutesTableRows(rows, cols) };
}

/** Item and action columns without an owner or a due column: minutes kept as a table. */
function isMinutesTable(cols: readonly Column[]): boolean {
  // With an owner or a due column it is a table of actions (readPipeTable), not of minutes.
  return (
    cols.length >= 3 &&
    cols.includes('item') &&
    cols.includes('text') &&
    !cols.includes('owner') &&
    !cols.includes('due')
  );
}

function minutesTableRows(rows: readonly string[][], cols: readonly Column[]): Omit<TableResult, 'consumed'> {
  const itemAt = cols.indexOf('item');
  const actionAt = cols.indexOf('text');
  // "# | Item | Notes | Actions": the item's number in a column of its own, beside its title.
  const numberAt = cols.indexOf('number');
  const items: Heading[] = [];
  const drafts: ActionDraft[] = [];
  let current: string | null = null;
  let last: ActionDraft | null = null;
  for (const cells of rows) {
    const itemCell = cells[itemAt] ?? '';
    const actionCell = cells[actionAt] ?? '';
    if (itemCell !== '') {
      const heading =
        itemHeadingCell(itemCell) ??
        (numberAt < 0 ? null : numberBesideTitle(cells[numberAt] ?? '', itemCell));
      if (heading) {
        current = heading.number;
        items.push(heading);
      } else {
        // "1" alone in its cell: the row's item, though no title names it.
        const bare = /^(\d{1,3}[a-z]?)[.)]?$/.exec(itemCell.trim())?.[1];
        if (bare !== undefined) current = bare;
      }
      last = null;
    }
    if (actionCell === '' || isNoAction(actionCell)) continue;
    const lastText = last?.parts[last.parts.length - 1] ?? '';
    if (last && itemCell === '' && (/^[a-z]/.test(actionCell) || !endsSentence(lastText))) {
      last.parts.push(actionCell);
      continue;
    }
    last = { parts: [actionCell], item: current, owners: null, due: null };
    drafts.push(last);
  }
  return { drafts, items };
}

/** What the column of what was said is called beside an owner column in a table of minutes. */
const DISCUSSION_NAMES: ReadonlySet<string> = new Set([
  'discussion',
  'minute',
  'minutes',
  'note',
  'notes',
  'summary',
  'record',
  'points raised',
  'points discussed',
  'discussion and decisions',
  'summary of discussion',
  'discussion summary',
  'key points',
  'key discussion points',
  'discussion points',
]);

/** "Discussion", "Minute", "Notes": a column holding what was said (see ownedMinutesRows). */
export function isDiscussionColumn(header: string): boolean {
  return DISCUSSION_NAMES.has(headerName(header));
}

/** What an agenda's column of times is called ("Time | Item | Who | Notes"). */
const TIME_NAMES: ReadonlySet<string> = new Set(['time', 'timing', 'start time', 'duration', 'mins']);
const isTimeColumn = (header: string) => TIME_NAMES.has(headerName(header));

/**
 * "Item and discussion", "Agenda item and discussion", "Subject / discussion": what was said under
 * each item's title.
 */
function isTitledDiscussionColumn(header: string): boolean {
  const m = /^(?:(?:agenda\s+)?items?|subject|topic|title)\s*(?:\band\b|&|\/)\s*(.+)$/.exec(
    headerName(header),
  );
  return m !== null && DISCUSSION_NAMES.has(m[1] ?? '');
}

/**
 * The item's title and what was said, from a cell of a column holding both: its first paragraph,
 * short and not a sentence, is the title ("NRM reform", then the discussion). Null title otherwise.
 */
function titledDiscussion(cell: string): { title: string | null; said: string } {
  const [first = '', ...rest] = cell.split('\n');
  const title = first.trim();
  if (rest.length === 0 || title.length > 120 || /[.;]$/.test(title))
    return { title: null, said: cell.replace(/\s*\n\s*/g, ' ').trim() };
  return { title, said: rest.join(' ').replace(/\s+/g, ' ').trim() };
}

/**
 * "Training. The sub-group noted …": a minute opening with its title as a sentence of a few words,
 * as a cell's bold first line reads once the cell is flattened. Null title otherwise.
 */
function openingTitle(cell: string): { title: string | null; said: string } {
  const said = cell.replace(/\s*\n\s*/g, ' ').trim();
  const m = /^([A-Z][^.!?;:]{1,60}?)\.\s+(\S.*)$/.exec(said);
  const title = m?.[1] ?? '';
  if (!m || title.split(/\s+/).length > 8) return { title: null, said };
  return { title, said: m[2] ?? '' };
}

// Names only, capitalised, joined by "and", "of", "for", commas: "Home Office and DfE", "Department
// of Health"; not "The Board asked NCA".
export const NAMES_ONLY =
  /^(?:the\s+)?[A-Z][\w'’&.()/-]*(?:(?:\s*,\s*|\s+)(?:(?:and|&|of|for|the|on)\s+)*[A-Z][\w'’&.()/-]*)*$/;

/**
 * "No. | Minute | Action" whose Action cells name only who acts ("Westshire Police"): that column
 * is the owner column of minutes kept as a table. Its index, or -1.
 */
function ownerOnlyActionColumn(cols: readonly Column[], rows: readonly (readonly string[])[]): number {
  const at = cols.indexOf('text');
  if (at < 0 || cols.includes('owner')) return -1;
  let named = 0;
  for (const cells of rows) {
    const cell = (cells[at] ?? '').trim();
    if (cell === '' || isNoAction(cell)) continue;
    if (cell.length > 80 || !NAMES_ONLY.test(cell)) return -1;
    named += 1;
  }
  return named > 0 ? at : -1;
}

/**
 * "Item | Discussion | Action by | Date": minutes kept as a table whose only action column names
 * the owner. A row with an owner holds one action, the last sentence of what was said beside it
 * ("… The safeguarding team will update the policy."), due when the date column says. With no item
 * column ("Discussion | Owner" under an item's heading), every row is `item`'s. Null when the
 * header is not such a table's.
 */
export function ownedMinutesRows(
  header: readonly string[],
  written: readonly (readonly string[])[],
  item: string | null,
  lineRows = false,
): Omit<TableResult, 'consumed'> | null {
  // "Organisation | Attendee | Notes": a column of people makes it the attendance, not minutes.
  if (header.some((n) => PEOPLE_COLUMN.test(headerName(n)))) return null;
  const cols = header.map(columnOf);
  const titledAt = header.findIndex(isTitledDiscussionColumn);
  const saidAt = titledAt >= 0 ? titledAt : header.findIndex(isDiscussionColumn);
  const rows = lineRows && saidAt >= 0 ? joinedMinuteLines(written, saidAt) : written;
  const ownerOnlyAt = saidAt >= 0 ? ownerOnlyActionColumn(cols, rows) : -1;
  const ownerAt = ownerOnlyAt >= 0 ? ownerOnlyAt : cols.indexOf('owner');
  const dueAt = cols.indexOf('due');
  const rowItem = saidAt >= 0 ? rowItemReader(header, cols, saidAt) : null;
  if (!rowItem || ownerAt < 0 || (cols.includes('text') && ownerOnlyAt < 0)) return null;
  // "Time | Item | Who | Notes" (Confluence's meeting notes): a timed agenda's "Who" presents the
  // item; only a column that says it names who acts ("Action by") makes its rows actions there.
  // So does a "Who" before the notes ("Item | Who | Notes", the template without its times): who
  // presented, then what was said; a column after the notes names who acts.
  if ((header.some(isTimeColumn) || ownerAt < saidAt) && !/\baction/.test(headerName(header[ownerAt] ?? '')))
    return null;
  const items: Heading[] = [];
  const drafts: ActionDraft[] = [];
  const saidRows: { title: string; text: string }[] = [];
  let current: string | null = rowItem.underItem ? item : null;
  for (const cells of rows) {
    const { heading, said } = rowItem.read(cells);
    if (heading) {
      current = heading.number;
      items.push(heading);
      saidRows.push({ title: heading.title, text: said });
    }
    const owners = (cells[ownerAt] ?? '').trim();
    if (owners === '' || said === '' || isNoAction(owners) || /^n\/?a$/i.test(owners)) continue;
    const due = dueAt < 0 ? '' : (cells[dueAt] ?? '').trim();
    drafts.push({ parts: [lastSentence(said)], item: current, owners, due: due === '' ? null : due });
  }
  return { drafts, items, said: saidRows };
}

// "2. Port referrals" alone in the discussion cell: the item's heading, the minutes under it.
const HEADING_CELL = /^(\d{1,3})[.)]\s+([A-Z][^.!?]{1,100})$/;

/** A row whose discussion cell is an item's numbered heading and whose other cells are empty. */
function headingRow(cells: readonly string[], saidAt: number): Heading | null {
  const m = HEADING_CELL.exec((cells[saidAt] ?? '').trim());
  if (!m || cells.some((c, k) => k !== saidAt && c.trim() !== '')) return null;
  return { number: m[1] ?? '', title: (m[2] ?? '').trim() };
}

/**
 * A text table's rows are its lines, so a minute wrapped in its cell runs over several rows: a row
 * goes on from the one above when that one's minute stops mid-sentence ("… asked for a" over
 * "breakdown by nationality."), its other cells (an owner written on any of the lines) joined too.
 * A heading row ("2. Port referrals") starts afresh, as does a minute opening with a capital after
 * one that could end there.
 */
function joinedMinuteLines(rows: readonly (readonly string[])[], saidAt: number): string[][] {
  // A line filled near to the cell's width broke there, whatever the next line starts with.
  const width = rows.reduce((widest, cells) => Math.max(widest, (cells[saidAt] ?? '').trim().length), 0);
  const out: string[][] = [];
  let lineAbove = '';
  for (const cells of rows) {
    const last = out[out.length - 1];
    const said = (cells[saidAt] ?? '').trim();
    const before = (last?.[saidAt] ?? '').trim();
    const runsOn =
      last !== undefined &&
      said !== '' &&
      before !== '' &&
      !/[.!?:;]["')\]]?$/.test(before) &&
      headingRow(last, saidAt) === null &&
      headingRow(cells, saidAt) === null &&
      (/^[a-z0-9(]/.test(said) || RUNS_ON.test(before.slice(-20)) || lineAbove.length >= width * 0.8);
    lineAbove = said;
    if (!runsOn || !last) {
      out.push([...cells]);
      continue;
    }
    cells.forEach((cell, k) => {
      const add = cell.trim();
      if (add !== '') last[k] = last[k]?.trim() ? `${last[k]?.trim()} ${add}` : add;
    });
  }
  return out;
}

interface RowItemReader {
  /** no row heads an item: every row is the item the table stands under */
  underItem: boolean;
  read(cells: readonly string[]): { heading: Heading | null; said: string };
}

/**
 * Where a minutes table gives each row's item, beside what was said (column `saidAt`): a number
 * over its title in the discussion cell ("No. | Item and discussion"), an Item column (perhaps
 * beside a No. column), the minute's opening words beside a number ("No. | Minute"), or nowhere
 * ("Discussion | Owner" under an item's heading). Null for a title that can stand nowhere.
 */
function rowItemReader(
  header: readonly string[],
  cols: readonly Column[],
  saidAt: number,
): RowItemReader | null {
  const flat = (cell: string) => cell.replace(/\s*\n\s*/g, ' ').trim();
  const itemAt = cols.indexOf('item');
  const numberAt = cols.indexOf('number');
  const numbered = (split: (cell: string) => { title: string | null; said: string }): RowItemReader => ({
    underItem: false,
    read: (cells) => {
      const { title, said } = split(cells[saidAt] ?? '');
      const number = /^(\d{1,3}[a-z]?)[.)]?$/.exec((cells[numberAt] ?? '').trim())?.[1];
      return { heading: number !== undefined && title ? { number, title } : null, said: flat(said) };
    },
  });
  if (header.some(isTitledDiscussionColumn)) return numberAt >= 0 ? numbered(titledDiscussion) : null;
  // "Item | Subject | Discussion | Lead": the item's number in one column, its title in the next.
  const titleAt = header.findIndex((h, c) => c !== itemAt && ITEM_TITLE_NAMES.has(headerName(h)));
  if (itemAt >= 0)
    return {
      underItem: false,
      read: (cells) => ({
        heading:
          itemHeadingCell(cells[itemAt] ?? '') ??
          numberBesideTitle(cells[numberAt] ?? '', cells[itemAt] ?? '') ??
          numberBesideTitle(cells[itemAt] ?? '', cells[titleAt] ?? ''),
        said: flat(cells[saidAt] ?? ''),
      }),
    };
  if (numberAt >= 0) return numbered(openingTitle);
  // "Minute | Action by" with each item's numbered heading a row of its own, or under an item's heading.
  return {
    underItem: true,
    read: (cells) => {
      const heading = headingRow(cells, saidAt);
      return { heading, said: heading ? '' : flat(cells[saidAt] ?? '') };
    },
  };
}

/**
 * A header that may be minutes kept as a table (see ownedMinutesRows): one with a discussion column
 * ("No. | Minute | Action", its Action column perhaps naming only owners), or, when no action
 * table's, one titled so ("Item and discussion"). Told by the header alone, so that a run of rows
 * that heads nothing ("| a | b | c |" again and again) is not read to its end from every row.
 */
function mayBeOwnedMinutes(names: readonly string[], cols: readonly Column[] | null): boolean {
  return names.some(isDiscussionColumn) || (cols === null && names.some(isTitledDiscussionColumn));
}

/** What an attendance table's column of people is called (singular or plural). */
export const PEOPLE_COLUMN = /^(?:name|attendee|representative|member|participant)s?$/i;

/**
 * "1 | Car washes. Surrey Police described …": an Item column of numbers alone beside what was said,
 * whose opening words, set off as a title is, are the item's title.
 */
function numberOverOpeningTitle(itemCell: string, said: string): Heading | null {
  const number = /^(\d{1,3}[a-z]?)[.)]?$/.exec(itemCell.trim())?.[1];
  const title =
    number === undefined ? null : titleLeadingDiscussion(said.replace(/\s*\n\s*/g, ' ').trim())?.title;
  return number !== undefined && title ? { number, title } : null;
}

/**
 * "2" (or a council's minute number, "19/22") beside "Operation Aidant": an item's heading from its
 * number's cell and its title's.
 */
function numberBesideTitle(numberCell: string, titleCell: string): Heading | null {
  const number = /^(\d{1,3}[a-z]?|\d{1,3}\/\d{2,4})[.)]?$/.exec(numberCell.trim())?.[1];
  const title = titleCell.replace(/\s*\n\s*/g, ' ').trim();
  return number !== undefined && title !== '' && title.length <= 150 ? { number, title } : null;
}

/**
 * A table the file itself marks as one (a Word table, a PDF table rebuilt from positions): its
 * first row names the columns. Null when the columns are not an action table's or a minutes
 * table's; the caller then reads its rows as ordinary lines (an attendance table, a layout table).
 * With `lineRows`, each row is one line of a text table's, a minute wrapped over several.
 */
export function readCellTable(
  rows: readonly string[][],
  item: string | null,
  lineRows = false,
): TableResult | null {
  const [header, ...written] = rows;
  if (!header) return null;
  const flat = (cell: string) => stripMarkdown(cell.replace(/\s*\n\s*/g, ' ').trim());
  const names = header.map(flat);
  const body = actionsByParagraph(written, headerColumns(names));
  const cells = body.map((r) => r.map(flat));
  const cols = minuteNumbersAsItems(names, names.map(columnOf));
  const vertical = verticalAction([names, ...cells], item);
  if (vertical) return { consumed: 1, drafts: [vertical] };
  const stacked = stackedActions([names, ...cells], item);
  if (stacked) return { consumed: 1, drafts: stacked };
  if (isMinutesTable(cols) && !namesOwnersOnly(names, cols, cells))
    return { consumed: 1, ...minutesTableRows(cells, cols) };
  const actionCols = headerColumns(names);
  if (!actionCols || names.some(isDiscussionColumn)) {
    // Paragraphs kept: a cell may hold an item's title over what was said beside it.
    const paragraphs = body.map((r) =>
      r.map((c) =>
        c
          .split(/\s*\n\s*/)
          .map(stripMarkdown)
          .join('\n')
          .trim(),
      ),
    );
    const owned = ownedMinutesRows(names, paragraphs, item, lineRows);
    if (owned) return { consumed: 1, ...owned };
    const beside = !actionCols ? actionsBesideDiscussion(names, paragraphs, item) : null;
    if (!actionCols) return beside ? { consumed: 1, ...beside } : null;
  }
  const minuteCols = minuteNumbersAsItems(names, actionCols);
  const matrix = withMatrixOwners(names, minuteCols, cells);
  const byMinute = matrix?.cols ?? minuteCols;
  const cellish = (matrix?.rows ?? cells).map((r): Cellish => {
    const byColumn = new Map<Column, string>();
    r.forEach((cell, c) => {
      const kind = byMinute[c] ?? 'other';
      byColumn.set(kind, `${byColumn.get(kind) ?? ''} ${cell}`.trim());
    });
    return { get: (c) => byColumn.get(c) ?? '' };
  });
  return collected(1, cellish, byMinute, item, names.some(isDiscussionColumn));
}

/**
 * "Discussion | Actions": what was said (its item's heading first, "1. Port of Felixstowe") beside
 * the actions it led to, a paragraph each ("Suffolk Constabulary to share …"; a line in lower case
 * goes on with the one above, as a PDF cell wraps). Null for any other two columns.
 */
function actionsBesideDiscussion(
  names: readonly string[],
  rows: readonly (readonly string[])[],
  item: string | null,
): Pick<TableResult, 'drafts' | 'items' | 'said'> | null {
  if (names.length !== 2 || !isDiscussionColumn(names[0] ?? '') || columnOf(names[1] ?? '') !== 'text')
    return null;
  const drafts: ActionDraft[] = [];
  const items: Heading[] = [];
  const said: { title: string; text: string }[] = [];
  let current = item;
  for (const [discussion = '', actions = ''] of rows) {
    const [first = '', ...rest] = discussion.split('\n');
    const heading = matchItemHeading(first.trim());
    if (heading) {
      current = heading.number;
      items.push({ number: heading.number, title: heading.title });
      said.push({ title: heading.title, text: rest.join(' ').trim() });
    }
    const tasks: string[] = [];
    for (const line of actions.split('\n').map((t) => t.trim())) {
      if (line === '') continue;
      if (tasks.length > 0 && /^[a-z(]/.test(line)) tasks[tasks.length - 1] = `${tasks.at(-1)} ${line}`;
      else tasks.push(line);
    }
    for (const task of tasks) drafts.push({ parts: [task], item: current, owners: null, due: null });
  }
  return drafts.length > 0 ? { drafts, items, said } : null;
}

/**
 * A row of an action table holding several actions, a paragraph a task in its Action cell and, in
 * the same place in the Owner cell (and the Due cell, if it has as many), each task's owner
 * ("Revise the dates" over "Report the delay", beside "Home Office" over "DWP"): a row for each
 * task. A cell of one paragraph (the item, a date for all) goes with every task. Rows whose owners
 * are not given a paragraph a task, or whose paragraphs are not each a task (a PDF cell's wrapped
 * lines), are kept whole.
 */
export function actionsByParagraph(
  rows: readonly (readonly string[])[],
  cols: readonly Column[] | null,
): (readonly string[])[] {
  const textAt = cols?.indexOf('text') ?? -1;
  const ownerAt = cols?.indexOf('owner') ?? -1;
  if (textAt < 0 || ownerAt < 0) return [...rows];
  const paragraphs = (cell: string) =>
    cell
      .split('\n')
      .map((t) => t.trim())
      .filter((t) => t !== '');
  return rows.flatMap((row) => {
    const tasks = paragraphs(row[textAt] ?? '');
    const n = tasks.length;
    // Each paragraph a task of its own ("Revise …", "NCA to send …"), not a task's wrapped line.
    if (n < 2 || n > 8 || !tasks.every((t) => startsWithActionVerb(t) || assignsTask(t))) return [row];
    const split = row.map(paragraphs);
    if ((split[ownerAt]?.length ?? 0) !== n || split.some((c) => c.length > 1 && c.length !== n))
      return [row];
    return tasks.map((_, k) => split.map((c) => (c.length === n ? (c[k] ?? '') : (c[0] ?? ''))));
  });
}

/**
 * "No. | Minute | Action" whose Action cells name only who acts ("Westshire Police"): minutes whose
 * owners stand beside them (ownedMinutesRows), not a table whose action cells hold the actions.
 */
function namesOwnersOnly(
  names: readonly string[],
  cols: readonly Column[],
  rows: readonly (readonly string[])[],
): boolean {
  return names.some(isDiscussionColumn) && ownerOnlyActionColumn(cols, rows) >= 0;
}

/**
 * "No. | Discussion | Actions": beside what was said, the number column numbers the minutes, so it
 * gives each row's item (as an Item column would); in a table of actions alone it numbers the actions.
 */
function minuteNumbersAsItems(names: readonly string[], cols: readonly Column[]): Column[] {
  if (cols.includes('item') || !names.some(isDiscussionColumn)) return [...cols];
  return cols.map((c) => (c === 'number' ? 'item' : c));
}

/**
 * The same minutes table laid out with spaces by a text export: "Item   Discussion   Action", then
 * each item's number, its title and discussion under "Discussion", its actions under "Action",
 * wrapped over as many lines as it takes. With an owner column in place of the action column
 * ("Item   Discussion   Action by"), a row naming an owner holds one action, the last sentence of
 * its discussion, as in ownedMinutesRows. A line with words under "Item" that are not a number ends it.
 */
export function readAlignedMinutesTable(lines: readonly string[], start: number): TableResult | null {
  const header = lines[start] ?? '';
  // The anchored test first: it rules out almost every line at its first characters.
  // ("No.   Discussion   Action": the number column beside what was said numbers the minutes.)
  if (header.length > 300 || !/^\s*(?:item\b|no\.?\s)/i.test(header) || !LOOSE_SEPARATOR.test(header))
    return null;
  const names = looseCells(header).map((n) => n.toLowerCase().replace(/[.:]$/, ''));
  const cols = minuteNumbersAsItems(names, names.map(columnOf));
  const shape = alignedMinutesShape(names, cols);
  if (!shape) return null;
  const lower = header.toLowerCase();
  const textAt = lower.indexOf(names[1] ?? '');
  const sideAt = lower.indexOf(names[shape.side] ?? '', textAt + 1);
  const dueAt = shape.due < 0 ? Number.POSITIVE_INFINITY : lower.indexOf(names[shape.due] ?? '', sideAt + 1);
  const items: Heading[] = [];
  const drafts: ActionDraft[] = [];
  const saidRows: { title: string; text: string }[] = [];
  type AlignedRow = {
    number: string;
    said: string[];
    side: string[];
    due: string[];
    titled: boolean;
    /** the row's first words beside its number: its item's title, unless they begin its discussion */
    head: string | null;
  };
  let row: AlignedRow | null = null;
  let read = 0;
  const finish = () => {
    if (!row) return;
    read += 1;
    if (row.head !== null) {
      const led = titleLeadingDiscussion(row.head);
      // "2 ⇥ Border Force described its training for" over "officers at ports.": a row with no
      // title, its discussion starting beside the number (the Item column holds numbers alone).
      if (led) {
        items.push({ number: row.number, title: led.title });
        row.said.unshift(led.rest);
      } else if (readsAsSentence(row.head, row.said[0])) row.said.unshift(row.head);
      else items.push({ number: row.number, title: row.head });
      row.head = null;
    }
    const title =
      items[items.length - 1]?.number === row.number ? (items[items.length - 1]?.title ?? '') : '';
    if (row.titled) saidRows.push({ title, text: row.said.join(' ').trim() });
    const side = row.side.join(' ').trim();
    if (side === '' || isNoAction(side)) return;
    if (!shape.owned) {
      drafts.push({ parts: [side], item: row.number, owners: null, due: null });
      return;
    }
    const said = row.said.join(' ').trim();
    if (said === '' || /^n\/?a$/i.test(side)) return;
    const due = row.due.join(' ').trim();
    drafts.push({
      parts: [lastSentence(said)],
      item: row.number,
      owners: side,
      due: due === '' ? null : due,
    });
  };
  let i = start + 1;
  for (; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').replace(/\t/g, '    ');
    // (The header's rule of dashes under it, "----   ----------", is no row.)
    if (line.trim() === '' || (i === start + 1 && DASH_RULE.test(line))) continue;
    if (line.length > 1000) break;
    const itemPart = line.slice(0, textAt).trim();
    // "2.1" under the item's "2.": a paragraph of the item, its own row of the table, so a column of
    // owners beside it names the owner of that paragraph's last sentence.
    const paragraph = /^(\d{1,3})\.\d{1,2}\.?$/.exec(itemPart);
    if (paragraph && row && paragraph[1] === row.number) {
      finish();
      row = { number: row.number, said: [], side: [], due: [], titled: true, head: null };
    } else if (itemPart !== '' && !/^\d{1,3}[a-z]?[.)]?$/.test(itemPart)) break;
    else if (itemPart !== '') {
      finish();
      row = { number: itemPart.replace(/[.)]$/, ''), said: [], side: [], due: [], titled: false, head: null };
    }
    if (!row) continue;
    let discussion = '';
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
      const at = (m.index ?? 0) + 2;
      if (at >= dueAt) row.due.push(m[0]);
      else if (at >= sideAt) row.side.push(m[0]);
      else if (at >= textAt) discussion = discussion ? `${discussion} ${m[0]}` : m[0];
    }
    if (discussion === '') continue;
    if (row.titled) row.said.push(discussion);
    else {
      row.head = discussion;
      row.titled = true;
    }
  }
  finish();
  if (read === 0) return null;
  // "No. ⇥ Minute ⇥ Action" whose Action cells name only owners: minutes with their owners beside
  // them, which the tab table's reader reads (ownedMinutesRows), not actions of one name each.
  if (!shape.owned && drafts.length > 0 && drafts.every((d) => NAMES_ONLY.test(d.parts.join(' '))))
    return null;
  return { consumed: i - start, drafts, items, said: saidRows };
}

const DASH_RULE = /^\s*-{3,}(?:\s+-{3,})*\s*$/;

// "Cannabis farms: police described …", "Minutes of last meeting – agreed.", "Data. Welsh Government
// presented …": a few words of title, then a colon, a spaced dash or a full stop before a capital,
// then what was said.
const LEADING_TITLE = /^([A-Z][^:;.!?–—]{1,50}?)\s*(?::|\s[–—-]|\.(?=\s+[A-Z0-9]))\s+(\S.*)$/;
// "Mr. Lee said …", "No. 4 …": an abbreviation's full stop ends no title.
const ABBREVIATION = /^(?:mr|mrs|ms|dr|st|no|cllr|prof|rev|sgt|insp|supt|det|cc|acc|dcc)$/i;

/** The title a row's discussion opens with, before a colon, a dash or a full stop, and the rest; null when none. */
export function titleLeadingDiscussion(head: string): { title: string; rest: string } | null {
  const m = LEADING_TITLE.exec(head);
  const title = m?.[1]?.trim() ?? '';
  if (!m || title.split(/\s+/).length > 6 || isClause(title.split(/\s+/)) || ABBREVIATION.test(title))
    return null;
  return { title, rest: m[2] ?? '' };
}

/** A row's first words that begin its discussion: a sentence ended there, or one running on below. */
function readsAsSentence(head: string, next: string | undefined): boolean {
  if (/[.!?]["')]?$/.test(head)) return true;
  // A report's verb or an auxiliary, as a sentence has and a title seldom does ("set out" too).
  return (
    next !== undefined && /^[a-z]/.test(next) && (isClause(head.split(/\s+/)) || /\bset\s+out\b/i.test(head))
  );
}

/**
 * Which column beside the discussion an aligned minutes table has: its actions ("Action"), or
 * only their owners ("Action by", then perhaps "Date"). Null for any other table (a table of
 * actions with owner and due columns is readTextTable's).
 */
function alignedMinutesShape(
  names: readonly string[],
  cols: readonly Column[],
): { side: number; due: number; owned: boolean } | null {
  if (names.length < 3 || cols[0] !== 'item') return null;
  const actionAt = cols.indexOf('text');
  const ownerAt = cols.indexOf('owner');
  const dueAt = cols.indexOf('due');
  if (actionAt >= 2 && ownerAt < 0 && dueAt < 0) return { side: actionAt, due: -1, owned: false };
  const said = names.findIndex((n) => isDiscussionColumn(n) || isTitledDiscussionColumn(n));
  if (actionAt < 0 && said === 1 && ownerAt >= 2 && (dueAt < 0 || dueAt > ownerAt))
    return { side: ownerAt, due: dueAt, owned: true };
  return null;
}

/**
 * A line straight under a table (no blank line between, as single-spaced exports write it) that is
 * no wrapped cell: a part of its own, the next item's numbered heading, or the next meeting.
 */
function endsTable(line: string): boolean {
  return (
    startsOwnPart(line) ||
    // The next item's heading: "2. Helpline data", "Item 2 – Helpline data".
    /^(?:\d{1,2}[.)]|(?:agenda\s+)?item\s+\d{1,2}\s*[:.\-–—)])\s+[A-Z]/i.test(line) ||
    (/^(?:the\s+)?next\b/i.test(line) && mentionIndex(line) >= 0)
  );
}

/**
 * A line that starts a part of the minutes of its own ("Next meeting: …", "Apologies:", "The Board
 * will next meet on …", a signature): it ends a table or a list of actions above it, even with no
 * blank line between (single-spaced exports).
 * "… to the" over "next meeting.": in lower case, a sentence going on.
 */
export function startsOwnPart(line: string): boolean {
  if (line.length > 300 || !/^[A-Z]/.test(line)) return false;
  return (
    isNextMeetingHeading(line) ||
    (line.includes(':') && matchSection(line) !== null) ||
    NEXT_MEETING_SENTENCE.test(line) ||
    SIGNATURE_LINE.test(line)
  );
}

// "The next meeting will be on …", "The next officials' meeting is …", "The next Strategy Board will
// be …", "The Board will next meet on …": the minutes' closing sentence.
const NEXT_MEETING_SENTENCE = new RegExp(
  String.raw`^The\s+(?:next\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|${BODY_NOUNS.join('|')})\s+(?:will|is)\b|[\w'’ -]{1,40}?\s+will\s+next\s+meet\b)`,
  'i',
);
// "Priya Natarajan | Strategy Board Secretariat | Home Office": a mail's signature.
const SIGNATURE_LINE = /^[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,3}\s+\|\s+[^|]+\|/;
