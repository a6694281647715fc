/**
 * A margin of line numbers, as a scanned or a legal-style document has ("10  1. Referrals", "11  The
 * police reported …"): the numbers are the page's, not the minutes', so they are taken off, and the
 * text keeps its own numbering. Pure: lines in, lines out.
 */

// A line's number, then space (or nothing: a numbered blank line). "1." and "2)" are the text's own.
const MARGIN = /^[ \t]{0,3}(\d{1,4})(?=[ \t]|$)[ \t]*/;
/** Share of the lines with words on them that must carry a number. */
const MIN_NUMBERED_SHARE = 0.7;
/** Share of the numbers that must be one more than the number before (a page may start again). */
const MIN_IN_STEP_SHARE = 0.85;
const MIN_NUMBERED_LINES = 8;

/** Whether the first lines with words on them mostly start with a number: one look for most minutes. */
function startsNumbered(lines: readonly string[]): boolean {
  let seen = 0;
  let numbered = 0;
  for (let i = 0; i < lines.length && seen < 20; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    seen += 1;
    if (MARGIN.test(line)) numbered += 1;
  }
  return numbered >= seen * MIN_NUMBERED_SHARE;
}

export function withoutLineNumbers(lines: readonly string[]): string[] {
  if (!startsNumbered(lines)) return [...lines];
  let numbered = 0;
  let worded = 0;
  let inStep = 0;
  let last = -1;
  for (const line of lines) {
    const m = MARGIN.exec(line);
    if (m) {
      numbered += 1;
      const n = Number(m[1]);
      if (n === last + 1 || n === 1) inStep += 1;
      last = n;
      if (line.length > m[0].length) worded += 1;
    } else if (line.trim() !== '' && line !== '\f') worded += 1;
  }
  if (
    numbered < MIN_NUMBERED_LINES ||
    numbered < worded * MIN_NUMBERED_SHARE ||
    inStep < numbered * MIN_IN_STEP_SHARE
  )
    return [...lines];
  // The text starts at one column after the margin: what stands further in is the text's own indent.
  const starts = new Map<number, number>();
  for (const line of lines) {
    const m = MARGIN.exec(line);
    if (m && line.length > m[0].length) starts.set(m[0].length, (starts.get(m[0].length) ?? 0) + 1);
  }
  const column = [...starts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return lines.map((line) => {
    const m = MARGIN.exec(line);
    if (!m) return line;
    // Never less than the number itself, never more than the margin's space.
    return line.slice(Math.max(m[0].trimEnd().length, Math.min(m[0].length, column)));
  });
}
