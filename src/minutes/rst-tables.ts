/**
 * reStructuredText's tables written as directives, the way Sphinx and docutils users keep a table
 * they would rather not draw: ".. list-table::" (each row a "* -" bullet, each cell a "-" under
 * it) and ".. csv-table::" (a ":header:" option over rows of comma-separated values). Each becomes
 * the pipe table every text reader knows, its title (the directive's argument) a line above it.
 * (Grid and simple tables, which are drawn, are read by text-tables.ts.) Pure: lines in, lines out.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { pipeRow, ruleFor } from './pipe-rows.js';

const DIRECTIVE = /^([ \t]*)\.\.[ \t]+(list|csv)-table::[ \t]*(.*)$/;
// ":header-rows: 1", ":widths: 10 50 20 20": the directive's options, before its body.
const OPTION = /^[ \t]+:([\w-]+):[ \t]*(.*)$/;
const ROW = /^([ \t]*)\*[ \t]+-(?:[ \t]+(.*))?$/;
const CELL = /^([ \t]*)-(?:[ \t]+(.*))?$/;

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The document's lines with each table directive written as a pipe table. */
export function rstTables(lines: readonly string[]): readonly string[] {
  if (!lines.some((l) => l.includes('-table::') && DIRECTIVE.test(l))) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = DIRECTIVE.exec(lines[i] ?? '');
    if (!open) {
      out.push(lines[i] ?? '');
      continue;
    }
    const margin = (open[1] ?? '').length;
    // The directive's body: every line indented further than it, and the blank lines among them.
    let end = i + 1;
    while (end < lines.length && ((lines[end] ?? '').trim() === '' || indentOf(lines[end] ?? '') > margin))
      end += 1;
    const body = lines.slice(i + 1, end);
    const options = new Map<string, string>();
    let first = 0;
    while (first < body.length) {
      const line = body[first] ?? '';
      const option = OPTION.exec(line);
      if (option) options.set((option[1] ?? '').toLowerCase(), option[2] ?? '');
      else if (line.trim() !== '') break;
      first += 1;
    }
    const rows =
      open[2] === 'list' ? listRows(body.slice(first)) : csvRows(body.slice(first), options.get('header'));
    // A directive with no rows is left as written, its body with it (and not searched again: a body
    // of directives, each indented under the last, would otherwise be read over and over).
    if (rows.length === 0) {
      out.push(...lines.slice(i, end));
      i = end - 1;
      continue;
    }
    const title = (open[3] ?? '').trim();
    if (title !== '') out.push(title, '');
    const header = pipeRow(rows[0] ?? []);
    out.push(header, ruleFor(header), ...rows.slice(1).map(pipeRow), '');
    i = end - 1;
  }
  return out;
}

/** A list table's rows: "* -" opens a row and its first cell, "-" under it a cell, deeper lines go on with the cell. */
function listRows(body: readonly string[]): string[][] {
  const rows: string[][] = [];
  let cell: string[] | null = null;
  const close = () => {
    if (cell !== null) rows[rows.length - 1]?.push(cell.join(' ').trim());
    cell = null;
  };
  for (const line of body) {
    if (line.trim() === '') continue;
    const row = ROW.exec(line);
    if (row) {
      close();
      rows.push([]);
      cell = [row[2] ?? ''];
      continue;
    }
    const next = rows.length > 0 ? CELL.exec(line) : null;
    if (next) {
      close();
      cell = [next[2] ?? ''];
      continue;
    }
    // A cell's text wrapped onto a line of its own (or a paragraph after a blank line).
    if (cell !== null) (cell as string[]).push(line.trim());
  }
  close();
  const width = Math.max(0, ...rows.map((r) => r.length));
  return width < 2 ? [] : rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]);
}

/** A CSV table's rows, its ":header:" option first when it has one. */
function csvRows(body: readonly string[], header: string | undefined): string[][] {
  const text = body.map((l) => l.trim()).join('\n');
  const read = (csv: string): string[][] => {
    try {
      return parseCsv(csv, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    } catch {
      return [];
    }
  };
  const rows = [...(header ? read(header) : []), ...read(text)];
  return rows.length >= 1 && Math.max(...rows.map((r) => r.length)) >= 2 ? rows : [];
}
