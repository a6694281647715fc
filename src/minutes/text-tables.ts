/**
 * Tables that text draws with rules: "Action | Owner | Due" over a "-----+-----" rule (pipes with no
 * outer pipes, as psql and many exports write), grid tables boxed in "+----+" rules, and
 * reStructuredText simple tables between "=====  =====" rules, Pandoc's multiline tables between rules
 * of dashes. Each becomes rows of cells, header
 * first, found once before the reader runs; a cell wrapped over several lines of a grid or simple
 * table is one cell. An action log saved from a spreadsheet as CSV and pasted in is a table too.
 * Pure: lines in, tables (with the lines they stand for) out.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { recordTable } from './record-tables.js';
import { headerColumns, isDiscussionColumn } from './tables.js';

export interface TextTable {
  /** the first line of the table */
  start: number;
  /** lines the table takes */
  span: number;
  rows: string[][];
  /** a title row spanning every column ("Actions arising from the meeting"), when the table has one */
  title?: string;
  /** each row one line of text, a cell wrapped over several rows (see gridTable) */
  lineRows?: boolean;
}

/** A rule under a pipe table's header: "--- | ---", "|:--|--:|". */
export const INNER_PIPE_RULE = /^[\s|:+=-]*-{3,}[\s|:+=-]*$/;
const GRID_RULE = /^\s*\+(?:[-=:]+\+){2,}\s*$/;
const SIMPLE_RULE = /^\s*=+(?:\s+=+)+\s*$/;

const cellsOf = (line: string) => line.split('|').map((c) => c.trim());

/** "Action | Owner | Due" with a rule under it, and rows with as many cells. */
function pipeTable(lines: readonly string[], i: number): TextTable | null {
  const header = lines[i] ?? '';
  const t = header.trim();
  if (t.startsWith('|') || !t.includes('|') || t.length > 400) return null;
  const rule = lines[i + 1] ?? '';
  if (!INNER_PIPE_RULE.test(rule) || !/[|+]/.test(rule)) return null;
  const names = cellsOf(t);
  if (names.length < 2 || names.some((n) => n === '')) return null;
  const rows = [names];
  let j = i + 2;
  for (; j < lines.length; j += 1) {
    const line = (lines[j] ?? '').trim();
    if (!line.includes('|') || line.length > 2000) break;
    if (INNER_PIPE_RULE.test(line)) continue;
    const cells = cellsOf(line);
    if (cells.length !== names.length) break;
    rows.push(cells);
  }
  return rows.length > 1 ? { start: i, span: j - i, rows } : null;
}

/** Column edges of a "+----+-----+" rule: the positions of its "+". */
function gridEdges(rule: string): number[] {
  const edges: number[] = [];
  for (let k = 0; k < rule.length; k += 1) if (rule[k] === '+') edges.push(k);
  return edges;
}

function gridTable(lines: readonly string[], i: number): TextTable | null {
  const first = lines[i] ?? '';
  if (!GRID_RULE.test(first)) return null;
  const edges = gridEdges(first);
  const width = edges.length - 1;
  // The lines between two rules, each line's cells apart: one row of wrapped cells, as a grid table
  // draws it, or (see below) one row to a line.
  const blocks: string[][][] = [];
  let current: string[][] | null = null;
  let title: string | undefined;
  let j = i + 1;
  for (; j < lines.length; j += 1) {
    const line = lines[j] ?? '';
    if (GRID_RULE.test(line)) {
      if (current) blocks.push(current);
      current = null;
      continue;
    }
    if (!line.trimStart().startsWith('|')) break;
    // A row with no side between its columns spans them all: the table's title, not a row.
    if (blocks.length === 0 && current === null && edges.slice(1, -1).every((e) => line[e] !== '|')) {
      const text = line.trim().replace(/^\|/, '').replace(/\|$/, '').trim();
      title = title ? `${title} ${text}` : text;
      continue;
    }
    current ??= [];
    const cells: string[] = [];
    for (let c = 0; c < width; c += 1) {
      const from = (edges[c] ?? 0) + 1;
      // The last column runs to the line's end (a cell may overrun its rule by a character).
      const to = c === width - 1 ? line.length : (edges[c + 1] ?? line.length);
      cells.push(
        line
          .slice(from, to)
          .replace(/\|\s*$/, '')
          .replace(/^\s*\|/, '')
          .trim(),
      );
    }
    current.push(cells);
  }
  if (current) blocks.push(current);
  const joined = (block: string[][]) =>
    Array.from({ length: width }, (_, c) =>
      block
        .map((cells) => cells[c] ?? '')
        .filter((piece) => piece !== '')
        .join(' '),
    );
  const rows = blocks.slice(0, 1).map(joined);
  const body = blocks.slice(1);
  // Rules only under the header and at the foot (as a database client or a report tool prints a
  // table): that one block is a row to each line that starts one, and the block one row otherwise.
  const grouped = body.length === 1 && width >= 2 ? rowsByLine(body[0] ?? []) : null;
  // Minutes kept as such a table ("Minute | Action by"), its items' headings among the lines of its
  // one block: each line is given as a row, for the minutes reader to join what wrapped.
  const minuteLines =
    !grouped && body.length === 1 && (rows[0] ?? []).some(isDiscussionColumn) && (body[0]?.length ?? 0) > 1;
  if (minuteLines) rows.push(...(body[0] ?? []));
  else rows.push(...(grouped ? grouped.map(joined) : body.map(joined)));
  if (rows.length <= 1) return null;
  const table: TextTable = { start: i, span: j - i, rows, ...(minuteLines ? { lineRows: true } : {}) };
  return title ? { ...table, title } : table;
}

/**
 * The lines of a block between rules, grouped into rows when each starts one (its first two cells
 * written, the first capitalised) or goes on with the row above (its first cell empty, a wrapped
 * cell: "|   | place each month |"); null when the block is one row of wrapped cells, as a grid
 * table draws it, or holds fewer than two rows.
 */
function rowsByLine(block: readonly string[][]): string[][][] | null {
  const rows: string[][][] = [];
  for (const cells of block) {
    const first = cells[0] ?? '';
    if (/^[A-Z0-9]/.test(first) && cells[1] !== '') rows.push([cells]);
    else if (first === '' && rows.length > 0) rows[rows.length - 1]?.push(cells);
    else return null;
  }
  return rows.length >= 2 ? rows : null;
}

/** Column starts of a "=====  =====" rule. */
function simpleStarts(rule: string): number[] {
  const starts: number[] = [];
  for (const m of rule.matchAll(/=+/g)) starts.push(m.index ?? 0);
  return starts;
}

function simpleTable(lines: readonly string[], i: number): TextTable | null {
  const first = lines[i] ?? '';
  if (!SIMPLE_RULE.test(first)) return null;
  const starts = simpleStarts(first);
  const slice = (line: string) =>
    starts.map((s, c) => line.slice(s, c + 1 < starts.length ? starts[c + 1] : line.length).trim());
  const rows: string[][] = [];
  let rules = 1;
  let j = i + 1;
  for (; j < lines.length; j += 1) {
    const line = lines[j] ?? '';
    if (SIMPLE_RULE.test(line)) {
      rules += 1;
      // The third rule closes the table (the second only ends its header).
      if (rules === 3) {
        j += 1;
        break;
      }
      continue;
    }
    if (line.trim() === '') {
      if (rules >= 2) break;
      continue;
    }
    const cells = slice(line);
    const previous = rows[rows.length - 1];
    // A line with nothing in the first column goes on with the row above (in the body).
    if (previous && rules >= 2 && cells[0] === '' && rows.length > 1) {
      cells.forEach((cell, c) => {
        if (cell !== '') previous[c] = previous[c] ? `${previous[c]} ${cell}` : cell;
      });
      continue;
    }
    rows.push(cells);
  }
  return rules >= 2 && rows.length > 1 ? { start: i, span: j - i, rows } : null;
}

// Pandoc's multiline tables: a rule of dashes the width of the table, and under the header a rule
// of one run of dashes a column.
const FULL_DASH_RULE = /^\s*-{10,}\s*$/;
const DASH_COLUMNS_RULE = /^\s*-{3,}(?:\s+-{3,})+\s*$/;

/** Column starts of a "------  ------" rule. */
function dashStarts(rule: string): number[] {
  const starts: number[] = [];
  for (const m of rule.matchAll(/-+/g)) starts.push(m.index ?? 0);
  return starts;
}

/**
 * Pandoc's multiline table: a rule the table's width, the header over a rule of a run of dashes a
 * column (the columns where the runs start), rows parted by blank lines with each row's cells
 * wrapped over its lines, and the first rule again to close it. (A header over a rule of dashes
 * without the rule above is an aligned table, which the reader finds by its columns.)
 */
function dashTable(lines: readonly string[], i: number): TextTable | null {
  if (!FULL_DASH_RULE.test(lines[i] ?? '')) return null;
  const header = lines[i + 1] ?? '';
  const rule = lines[i + 2] ?? '';
  if (!DASH_COLUMNS_RULE.test(rule) || header.trim() === '' || header.length > 400) return null;
  const starts = dashStarts(rule);
  const slice = (line: string) =>
    starts.map((s, c) => line.slice(s, c + 1 < starts.length ? starts[c + 1] : line.length).trim());
  const names = slice(header);
  if (names.filter((n) => n !== '').length < 2) return null;
  const rows: string[][] = [names];
  let block: string[][] = [];
  const flush = () => {
    if (block.length > 0)
      rows.push(
        starts.map((_, c) =>
          block
            .map((cells) => cells[c] ?? '')
            .filter((t) => t !== '')
            .join(' '),
        ),
      );
    block = [];
  };
  let j = i + 3;
  let closed = false;
  let parted = false;
  for (; j < lines.length && j - i < 400; j += 1) {
    const line = lines[j] ?? '';
    if (FULL_DASH_RULE.test(line)) {
      closed = true;
      j += 1;
      break;
    }
    if (line.trim() === '') {
      parted ||= block.length > 0;
      flush();
    } else block.push(slice(line));
  }
  flush();
  // Rows no blank line parts are told apart by their columns, as an aligned table's are.
  return closed && parted && rows.length > 1 ? { start: i, span: j - i, rows } : null;
}

/**
 * A CSV header's names ("Ref,Item,Action,Owner,Deadline,Status"): three or more, each short. A
 * spreadsheet in a European locale exports with semicolons between fields ("Ref;Action;Owner").
 */
function csvHeader(line: string, delimiter: Delimiter): string[] | null {
  // Most lines with commas are prose: a long line, or a long first clause, is passed over at once.
  const first = line.indexOf(delimiter);
  if (line.length > 300 || first < 1 || first > 32) return null;
  const names = line.split(delimiter).map((n) =>
    n
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
  if (names.length < 3 || names.some((n) => n === '' || n.length > 30)) return null;
  return headerColumns(names) === null ? null : names;
}

type Delimiter = ',' | ';';

/**
 * An action log pasted from a spreadsheet as CSV: a header naming an action column and an owner or
 * due column, then the records under it, each of as many fields (quoted where a field holds a comma
 * or a line break), up to the first blank line or record of another width.
 */
function csvTable(lines: readonly string[], i: number, delimiter: Delimiter): TextTable | null {
  const names = csvHeader(lines[i] ?? '', delimiter);
  if (names === null) return null;
  let end = i + 1;
  while (end < lines.length && end - i < 2000 && (lines[end] ?? '').trim() !== '') end += 1;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(lines.slice(i, end).join('\n'), {
      info: true,
      delimiter,
      trim: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      // The typings give string[][] whatever the options; with `info`, each record comes with its lines.
    }) as unknown as typeof records;
  } catch {
    // A quote never closed: the records before it are the table's, but which they are is unsure.
    return null;
  }
  const rows: string[][] = [];
  let span = 0;
  for (let r = 0; r < records.length; r += 1) {
    const { record, info } = records[r] as (typeof records)[number];
    const next = records[r + 1];
    // A record a mail client wrapped outside its quotes ("…";Thurrock / Council;30/04/2025;Open): two
    // short records that make one of the header's width, the field parted by the wrap joined again.
    if (record.length < names.length && next && record.length + next.record.length - 1 === names.length) {
      const [head = '', ...rest] = next.record;
      rows.push([...record.slice(0, -1), `${record[record.length - 1] ?? ''} ${head}`.trim(), ...rest]);
      span = next.info.lines;
      r += 1;
      continue;
    }
    if (record.length !== names.length) break;
    rows.push(record);
    span = info.lines;
  }
  return rows.length > 1 ? { start: i, span, rows } : null;
}

/** Every ruled table of the document, in order, none overlapping. */
export function findTextTables(lines: readonly string[]): TextTable[] {
  const out: TextTable[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    // A multiline table starts at its rule of dashes.
    const dashed = line.trimStart().startsWith('---') && dashTable(lines, i);
    if (dashed) {
      out.push(dashed);
      i += dashed.span - 1;
      continue;
    }
    // Each kind begins with a character the others do not need: most lines are tried for one or none.
    const ruled = line.includes('|') || line.includes('+') || line.includes('=');
    const table =
      (ruled ? (gridTable(lines, i) ?? simpleTable(lines, i) ?? pipeTable(lines, i)) : null) ??
      (line.includes(',') ? csvTable(lines, i, ',') : null) ??
      (line.includes(';') ? csvTable(lines, i, ';') : null) ??
      (line.includes(':') ? recordTable(lines, i) : null);
    if (table) {
      out.push(table);
      i += table.span - 1;
    }
  }
  return out;
}
