/**
 * Minutes printed with their tracked changes and comments showing (a word processor's "All
 * Markup") and taken to text with pdftotext's layout: each change's balloon stands in the right
 * margin beside the line it was made on ("Deleted: 28", "Formatted: Font: Bold", "Commented [RH1]:
 * Sian left at 11:00"), a comment's words wrapping down the margin under its label. Reviewers'
 * marks, not the minutes: the balloons go and the lines beside them stay as written; a balloon on a
 * line of its own goes with its line, so that the paragraph it stood in stays one.
 * Only when the margin holds two balloons, or a comment's own label, so that "Deleted:" written in
 * the minutes stays. Pure: lines in, lines out.
 */

// The labels a balloon opens with: the kind of change (Word's words), or a comment with its
// reviewer's initials and number ("Commented [RH1]:", older Words' "Comment [RH1]:").
const CHANGE_LABELS = [
  'Deleted',
  'Inserted',
  'Formatted',
  'Formatted Table',
  'Moved \\((?:insertion|deletion)\\) \\[\\d{1,3}\\]',
  'Moved (?:up|down) \\[\\d{1,3}\\]',
];
const COMMENT_LABEL = 'Comment(?:ed)? \\[[A-Za-z]{1,5}\\d{1,3}\\]';
// Changes to a table or a field, written with no colon.
const BARE_LABELS = ['Field Code Changed', 'Deleted Cells', 'Inserted Cells', 'Merged Cells', 'Split Cells'];

// A balloon in the margin: after the line's text and a gap of three spaces or more, or alone on its
// line, far in from the left.
const BALLOON = new RegExp(
  String.raw`(?:(?<=\S) {3,}|^ {20,})((?:${[...CHANGE_LABELS, COMMENT_LABEL].join('|')}):(?: |$)|(?:${BARE_LABELS.join('|')})$)`,
);
const COMMENT = new RegExp(`^${COMMENT_LABEL}:`);
// A balloon's own text, as a PDF's reader finds it in a box of its own beside the page's text.
const OPENS_BALLOON = new RegExp(
  `^(?:(?:${[...CHANGE_LABELS, COMMENT_LABEL].join('|')}):(?: |$)|(?:${BARE_LABELS.join('|')})$)`,
);

/** The margin holds reviewers' marks: two balloons, or one comment with its reviewer's label. */
const markedUp = (labels: readonly string[]) => labels.length >= 2 || labels.some((l) => COMMENT.test(l));

/**
 * Which of the boxes a PDF's page has beside its text (each by its first line) are balloons, by the
 * same rule as the text's margin: none unless two are, or one is a comment.
 */
export function balloonBoxes(firstLines: readonly string[]): boolean[] {
  const marks = firstLines.map((l) => OPENS_BALLOON.test(l.trim()));
  return markedUp(firstLines.filter((_, i) => marks[i])) ? marks : marks.map(() => false);
}

/** Where the margin's words start on the line (after a gap, or far in on a line of their own). */
function marginColumn(line: string, column: number): boolean {
  if (line.length <= column || line[column] === ' ') return false;
  const before = line.slice(0, column);
  return before.trim() === '' ? column >= 20 : / {3}$/.test(before);
}

/** The lines with the margin's balloons taken off. */
export function withoutMarkupBalloons(lines: readonly string[]): string[] {
  const found: { at: number; column: number; label: string }[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.length > 400 || !line.includes('   ')) continue;
    const m = BALLOON.exec(line);
    if (m?.[1] !== undefined)
      found.push({
        at: i,
        column: line.length - line.slice(m.index).trimStart().length,
        label: m[1],
      });
  }
  if (!markedUp(found.map((b) => b.label))) return [...lines];
  const out = [...lines];
  const dropped = new Set<number>();
  const cut = (i: number, column: number) => {
    const left = (out[i] ?? '').slice(0, column).trimEnd();
    if (left.trim() === '') dropped.add(i);
    else out[i] = left;
  };
  for (const b of found) {
    cut(b.at, b.column);
    // The balloon's words wrapped down the margin, at its column, until a line has none there or
    // the next balloon opens.
    for (let k = b.at + 1; k < lines.length; k += 1) {
      const line = lines[k] ?? '';
      if (!marginColumn(line, b.column) || BALLOON.test(line)) break;
      cut(k, b.column);
    }
  }
  return out.filter((_, i) => !dropped.has(i));
}
