/**
 * An action table whose header runs over two rows, as a spreadsheet lays one out: "Date" over
 * "raised" and "Date" over "due", or a "Date" cell merged across two columns over "raised | due".
 * The second row finishes the names of the first ("Date raised", "Date due"), so that the reader
 * takes the date due from its own column and not the first "Date"; or it names the columns a cell
 * of the first spans ("Responsibility" over "Lead | Support"). Pure: rows in, rows out.
 */
import { columnOf, headerColumns } from './tables.js';

// A word or three that finishes a column's name: no figures, as a row of data has.
const NAME_PART = /^[^\d]{1,25}$/;

/**
 * The rows with a header that runs over two rows written as one; the rows as they are otherwise.
 * The second row continues the header when it holds only short words, none under the action's own
 * column (a row of data always has its task there), and the names it finishes still head an action
 * table.
 */
export function headerOverTwoRows(rows: string[][]): string[][] {
  const [top, under] = rows;
  if (!top || !under || rows.length < 3 || under.length > top.length + 1) return rows;
  const parts = under.map((c) => c.trim());
  if (
    !parts.some((c) => c !== '') ||
    !parts.every((c) => c === '' || (NAME_PART.test(c) && c.split(/\s+/).length <= 3))
  )
    return rows;
  const columns = headerColumns(top.map((c) => c.trim()));
  const textAt = columns?.indexOf('text') ?? -1;
  if (textAt < 0 || (parts[textAt] ?? '') !== '') return rows;
  const names = top.map((c) => c.trim());
  const merged = names.map((name, i) => {
    const part = parts[i] ?? '';
    if (part === '') return name;
    // A cell merged across columns is written once, in its first column.
    let base = i;
    while (base > 0 && (names[base] ?? '') === '') base -= 1;
    const whole = `${names[base] ?? ''} ${part}`.trim();
    // "Responsibility" over "Lead ⇥ Support": the second row names the columns the first spans.
    return columnOf(whole) === 'other' && columnOf(part) !== 'other' ? part : whole;
  });
  if (headerColumns(merged) === null) return rows;
  // "No." over "Westminster City Council" (a row across the table naming the owner of the rows
  // under it): a part that leaves a column the first row named unnamed is no part of its name.
  if (
    merged.some((m, i) => m !== names[i] && columnOf(m) === 'other' && columnOf(names[i] ?? '') !== 'other')
  )
    return rows;
  return [merged, ...rows.slice(2)];
}

/**
 * The same for a table of tab-separated lines, a spreadsheet's rows pasted as text: the two header
 * lines become one. Pure: lines in, lines out.
 */
export function tabHeaderOverTwoLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.includes('\t') && next.includes('\t') && line.length <= 500 && next.length <= 200) {
      const rows = [line.split('\t'), next.split('\t'), (lines[i + 2] ?? '').split('\t')];
      const read = headerOverTwoRows(rows);
      if (read !== rows) {
        out.push((read[0] ?? []).join('\t'));
        i += 1;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}
