/**
 * Rows copied from a spreadsheet and pasted as text: tabs between the cells, and a cell holding a
 * line break put in double quotes, its lines running on below ("2⇥"Share the figures" over "by
 * region"⇥Migrant Help⇥30/11/2021"). Each such cell is put back on its row's line, its line breaks
 * as spaces and its doubled quotes ("") as one. Pure: lines in, lines out.
 */

// How many lines one cell may run over: a spreadsheet cell of a paragraph or two, not a document.
const MAX_CELL_LINES = 12;

export function quotedCells(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const open = line.length <= 2000 && line.includes('\t') ? openQuoteAt(line) : -1;
    if (open < 0) {
      out.push(line);
      continue;
    }
    // The lines below up to the one that closes the quote, before a tab or the line's end.
    let end = -1;
    for (let j = i + 1; j < lines.length && j <= i + MAX_CELL_LINES; j += 1) {
      const next = lines[j] ?? '';
      if (closingQuoteAt(next) >= 0) {
        end = j;
        break;
      }
      // A line of cells of its own: the quote was no cell's.
      if (next.includes('\t')) break;
    }
    if (end < 0) {
      out.push(line);
      continue;
    }
    const cell = [line.slice(open + 1), ...lines.slice(i + 1, end)].map((l) => l.trim());
    const last = lines[end] ?? '';
    const close = closingQuoteAt(last);
    cell.push(last.slice(0, close).trim());
    const text = cell
      .filter((l) => l !== '')
      .join(' ')
      .replace(/""/g, '"');
    out.push(`${line.slice(0, open)}${text}${last.slice(close + 1)}`);
    i = end;
  }
  return out;
}

/** Where the last cell of a tabbed line opens a quote it does not close, or -1. */
function openQuoteAt(line: string): number {
  const start = line.lastIndexOf('\t') + 1;
  if (line[start] !== '"') return -1;
  const rest = line.slice(start + 1).replace(/""/g, '');
  return rest.includes('"') ? -1 : start;
}

/** Where a quoted cell's last line closes it (a quote, not doubled, before a tab or the end), or -1. */
function closingQuoteAt(line: string): number {
  for (let k = 0; k < line.length; k += 1) {
    if (line[k] === '\t') return -1;
    if (line[k] !== '"') continue;
    if (line[k + 1] === '"') {
      k += 1;
      continue;
    }
    return /^(?:\t|\s*$)/.test(line.slice(k + 1)) ? k : -1;
  }
  return -1;
}
