/**
 * An HTML table inside text minutes (Markdown allows one, and notes apps and code hosts write them):
 * read by the HTML reader and written back as a pipe table, which the text readers know. Pure:
 * lines in, lines out.
 */
import { pipeRow, ruleFor } from '../pipe-rows.js';
import { readHtml } from './read-html.js';

// How far a table may run: a table of actions, not a document of tags.
const MAX_TABLE_LINES = 2000;

export function embeddedHtmlTables(lines: readonly string[]): string[] {
  if (!lines.some((l) => l.length <= 2000 && /<table\b/i.test(l))) return [...lines];
  // Where the next table closes, from each line: found once, so unclosed tables cost no rescans.
  const closes = new Array<number>(lines.length + 1).fill(-1);
  for (let k = lines.length - 1; k >= 0; k -= 1)
    closes[k] = /<\/table>/i.test((lines[k] ?? '').slice(0, 2000)) ? k : (closes[k + 1] ?? -1);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.length > 2000 || !/^\s*<table\b/i.test(line)) {
      out.push(line);
      continue;
    }
    const end = closes[i] ?? -1;
    if (end < 0 || end - i >= MAX_TABLE_LINES) {
      out.push(line);
      continue;
    }
    const tables = readHtml(lines.slice(i, end + 1).join('\n')).blocks.filter((b) => b.kind === 'table');
    const table = tables.length === 1 ? tables[0] : undefined;
    if (table?.kind !== 'table' || table.rows.length === 0) {
      out.push(line);
      continue;
    }
    out.push('', ...pipeRows(table.rows), '');
    i = end;
  }
  return out;
}

/** "| Action | Owner |" over "|---|---|" over a line a row. */
function pipeRows(rows: readonly string[][]): string[] {
  const [head = [], ...body] = rows;
  const header = pipeRow(head);
  return [header, ruleFor(header), ...body.map(pipeRow)];
}
