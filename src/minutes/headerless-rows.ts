/**
 * Actions kept as rows of cells with no header row over them ("Share the data | Essex Police |
 * 28/02/2025"): a table by its bars, whose columns are told by what they hold (a column of tasks,
 * each opening with what to do; a column of dates; a column of short names, the owners). The rows
 * get the header they lack ("Action | Owner | Due", and a rule under it), so the table reader reads
 * them as it reads any action table. Rows whose columns hold no tasks (an attendance list "Name |
 * Body") are left alone. Pure: lines in, lines out.
 */

import { isDateOnly } from './markers.js';
import { INNER_PIPE_RULE } from './text-tables.js';
import { startsWithActionVerb } from './verbs.js';

/** The fewest rows that make a table of them, and the most cells a row of an action log has. */
const MIN_ROWS = 2;
const MAX_CELLS = 6;

// The names the table reader knows each column by (tables.ts's COLUMN_NAMES).
const NAMES = { task: 'Action', owner: 'Owner', due: 'Due', other: 'Notes' } as const;

const isRule = (line: string) => INNER_PIPE_RULE.test(line);

/**
 * A row's cells, its outer bars aside ("| a | b |" and "a | b" alike); with no bar first, a bar last
 * closes an empty cell ("Find housing | Harlow Council | ", no date yet).
 */
function cellsOf(line: string): string[] {
  const t = line.trim();
  const inner = t.startsWith('|') ? t.slice(1).replace(/\|$/, '') : t;
  return inner.split('|').map((c) => c.trim());
}

/** Who acts: a few words, capitalised ("Essex Police", "Home Office / NCA"), no task or date. */
function isOwner(cell: string): boolean {
  return (
    cell.length <= 80 &&
    /^[A-Z]/.test(cell) &&
    cell.split(/\s+/).length <= 8 &&
    !startsWithActionVerb(cell) &&
    !isDateOnly(cell) &&
    !/[.!?]$/.test(cell)
  );
}

/** What each column holds, by its cells; null unless one holds the tasks and another the owners. */
function columnsOf(rows: readonly string[][]): string[] | null {
  const width = rows[0]?.length ?? 0;
  const kinds: string[] = [];
  for (let c = 0; c < width; c += 1) {
    const cells = rows.map((r) => r[c] ?? '').filter((v) => v !== '');
    if (cells.length === 0) kinds.push(NAMES.other);
    else if (cells.every((v) => /^\p{Lu}/u.test(v) && startsWithActionVerb(v))) kinds.push(NAMES.task);
    else if (cells.every(isDateOnly)) kinds.push(NAMES.due);
    else if (cells.every(isOwner)) kinds.push(NAMES.owner);
    else kinds.push(NAMES.other);
  }
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  // One column of tasks and one of owners; a second column of names is no owners' (which would it be?).
  if (count(NAMES.task) !== 1 || count(NAMES.owner) !== 1 || count(NAMES.due) > 1) return null;
  return kinds;
}

/** The lines with a header written over each headerless table of actions (see the file comment). */
export function headerlessRows(lines: readonly string[]): string[] {
  let out: string[] | null = null;
  let copied = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const first = lines[i] ?? '';
    if (first.length > 2000 || !first.includes('|')) continue;
    // A block of rows of one width, with no rule among them (a rule means a header is written).
    const width = cellsOf(first).length;
    if (width < 2 || width > MAX_CELLS) continue;
    let end = i;
    while (end < lines.length && end - i < 1000) {
      const line = lines[end] ?? '';
      if (line.length > 2000 || !line.includes('|') || isRule(line) || cellsOf(line).length !== width) break;
      end += 1;
    }
    const ruled = isRule(lines[end] ?? '') || isRule(lines[i - 1] ?? '');
    const above = lines[i - 1] ?? '';
    if (end - i < MIN_ROWS || ruled || (above.includes('|') && !isRule(above))) {
      i = Math.max(i, end - 1);
      continue;
    }
    const rows = lines.slice(i, end).map(cellsOf);
    const kinds = columnsOf(rows);
    if (kinds === null) {
      i = end - 1;
      continue;
    }
    out ??= [];
    out.push(...lines.slice(copied, i));
    const outer = first.trim().startsWith('|');
    const header = outer ? `| ${kinds.join(' | ')} |` : kinds.join(' | ');
    const rule = outer ? `|${kinds.map(() => '---').join('|')}|` : kinds.map(() => '---').join(' | ');
    out.push(header, rule, ...lines.slice(i, end));
    copied = end;
    i = end - 1;
  }
  if (out === null) return [...lines];
  out.push(...lines.slice(copied));
  return out;
}
