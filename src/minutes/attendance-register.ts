/**
 * A register of attendance across the year's meetings, kept at the head of each set of minutes:
 * each member on a row, a column for each meeting ("Jun 24 | Oct 24 | Jan 25"), a mark under each
 * ("P" present, "A" apologies, "D" a deputy sent, "–" not a member then). This meeting's column,
 * the one of its month, says who was present and who sent apologies: the register becomes those
 * two lists. (A register marked after each name, "Cllr J. Whitaker (P)", is attendance-marks.ts's.)
 * Pure: lines in, lines out; lines with no such register come back as they were.
 */
import { type Attendance, USUAL_MARKS } from './attendance-marks.js';
import { findDates, MONTH_WORD, monthNumber } from './dates.js';

// "Oct 24", "Oct-24", "Oct '24", "October 2024": a meeting's column.
const MEETING_COLUMN = new RegExp(`^(${MONTH_WORD})\\.?[\\s'’-]*(\\d{2}|\\d{4})$`, 'i');
const MEMBER_COLUMN = /^(?:members?|names?|attendees?)$/i;
// What a register's own marks say of the member, beside the marks councils use ("P", "A"): "D", they
// sent a deputy, so were not there themselves; "Y" and a tick, there.
const REGISTER_MARKS: ReadonlyMap<string, Attendance> = new Map([
  ['Y', 'present'],
  ['✓', 'present'],
  ['D', 'apologies'],
]);
const markMeaning = (mark: string) => REGISTER_MARKS.get(mark) ?? USUAL_MARKS.get(mark);
// "(P = present, A = apologies, …)": the register's key.
const KEY = /^\(?\s*P\s*[=:–-]\s*present\b/i;
// "Attendance record 2024-25", "Attendance register": its title.
const TITLE = /^attendance\s+(?:record|register|log)\b/i;

interface Cell {
  text: string;
  start: number;
}

/** A line's cells and where each starts: parted by pipes, tabs or a run of two spaces or more. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  const parts = /[^|\t]+?(?=\s{2,}|\t|\||$)/g;
  for (const m of line.matchAll(parts)) {
    const text = m[0].trim();
    if (text !== '') cells.push({ text, start: (m.index ?? 0) + (m[0].length - m[0].trimStart().length) });
  }
  return cells;
}

/** The month (1–12) and year a meeting's column names, or null. */
function columnMonth(label: string): { month: number; year: number } | null {
  const m = MEETING_COLUMN.exec(label.trim());
  const month = m ? monthNumber(m[1] ?? '') : null;
  if (!m || month === null) return null;
  const written = Number.parseInt(m[2] ?? '', 10);
  return { month, year: written < 100 ? 2000 + written : written };
}

/** The register's lines as "Present:" and "Apologies:" lists (see the file comment). */
export function attendanceRegister(lines: readonly string[]): string[] {
  const header = lines.findIndex(
    (l, i) => i < 200 && l.length <= 300 && /\d/.test(l) && isRegisterHeader(cellsOf(l)),
  );
  if (header < 0) return [...lines];
  const names = cellsOf(lines[header] ?? '');
  // This meeting's date: the first the minutes give above the register.
  const date = findDates(lines.slice(0, header).join('\n')).find((d) => d.year !== null);
  const column = names.find((c) => {
    const when = columnMonth(c.text);
    return when !== null && date !== undefined && when.month === date.month && when.year === date.year;
  });
  const member = names.findIndex((c) => MEMBER_COLUMN.test(c.text));
  const firstMeeting = names.findIndex((c) => columnMonth(c.text) !== null);
  if (!column || member < 0 || firstMeeting <= member) return [...lines];
  const counted = /[|\t]/.test(lines[header] ?? '');
  const present: string[] = [];
  const apologies: string[] = [];
  let end = header + 1;
  for (; end < lines.length; end += 1) {
    const row = lines[end] ?? '';
    if (row.trim() === '') break;
    if (/^[\s|:=+-]+$/.test(row)) continue;
    const cells = cellsOf(row);
    // The member's name and body: the cells before the first meeting's column. The mark under this
    // meeting's: counted, where pipes or tabs part the cells; else where it stands, give or take a
    // character or two of alignment.
    const before = counted
      ? cells.slice(0, firstMeeting).map((c) => c.text)
      : cells.filter((c) => c.start < (names[firstMeeting]?.start ?? 0) - 1).map((c) => c.text);
    const mark = counted
      ? (cells[names.indexOf(column)]?.text ?? '')
      : (cells.find((c) => Math.abs(c.start - column.start) <= 3 && c.text.length <= 3)?.text ?? '');
    const said = markMeaning(mark.toUpperCase());
    // A line with no mark in any meeting's column is no member's row: the register has ended (pasted
    // with no blank line under it, the minutes go on straight after).
    const marks = counted
      ? cells.slice(firstMeeting)
      : cells.filter((c) => c.start >= (names[firstMeeting]?.start ?? 0) - 3);
    if (marks.length === 0 || !marks.every((c) => c.text.length <= 3)) break;
    if (before.length === 0) continue;
    if (said === 'present') present.push(before.join(', '));
    else if (said === 'apologies') apologies.push(before.join(', '));
  }
  if (present.length === 0) return [...lines];
  // The register's title and key above its header go with it (a blank line may stand between).
  let start = header;
  for (let k = header - 1; k >= 0 && k >= header - 4; k -= 1) {
    const above = (lines[k] ?? '').trim();
    if (above === '') continue;
    if (!KEY.test(above) && !TITLE.test(above)) break;
    start = k;
  }
  const lists = [
    'Present:',
    ...present,
    '',
    ...(apologies.length > 0 ? ['Apologies:', ...apologies, ''] : []),
  ];
  return [...lines.slice(0, start), ...lists, ...lines.slice(end)];
}

/** A header naming the members and two meetings or more by their months. */
function isRegisterHeader(cells: readonly Cell[]): boolean {
  return (
    cells.length >= 3 &&
    cells.some((c) => MEMBER_COLUMN.test(c.text)) &&
    cells.filter((c) => columnMonth(c.text) !== null).length >= 2
  );
}
