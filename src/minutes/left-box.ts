/**
 * pdftotext -layout of minutes whose Actions box runs down the left-hand side ("ACTIONS" at the
 * margin, each item's title and discussion beside it, the box's actions under the label): the two
 * columns swapped into the layout the reader knows, the discussion first and the box to its right
 * (practice 06's). A box is a column whatever side of the page it stands on. Pure: lines in, lines out.
 */

import { crossesColumn, toRow } from './layout.js';
import { matchLabel } from './markers.js';
import { assignsTask } from './verbs.js';

// "2. Child victims", "3) Prosecutions": an item's title beside the box's label.
const ITEM_TITLE = /^\d{1,2}(?:\.\d{1,2})?[.)]?\s+\S/;

/** The column the discussion starts at when a box's label stands at the margin beside an item; null when none does. */
function discussionColumn(lines: readonly string[]): { from: number; col: number } | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.length > 300 || !/^\s{0,4}\S/.test(line)) continue;
    const cells = toRow(line).cells;
    const [label, title] = cells;
    if (
      cells.length === 2 &&
      label !== undefined &&
      title !== undefined &&
      !label.tab &&
      !title.tab &&
      label.col <= 4 &&
      title.col >= 20 &&
      title.col <= 70 &&
      matchLabel(label.text)?.trim() === '' &&
      ITEM_TITLE.test(title.text) &&
      // "Actions:   1. NCA to publish the plan": the label's own numbered list, not an item beside it.
      !assignsTask(title.text.replace(/^\S+\s+/, ''))
    )
      return { from: i, col: title.col };
  }
  return null;
}

/** The lines with a left-hand box swapped to the right of the discussion; other text as it is. */
export function boxOnTheRight(lines: readonly string[]): string[] {
  const found = discussionColumn(lines);
  if (!found) return [...lines];
  const { from, col } = found;
  // Each line from the first box on, cut at the discussion's column: the box's part and the
  // discussion's. A line whose words cross the column runs the width of the page (a closing note):
  // it ends the two columns.
  const parts: { box: string; text: string }[] = [];
  let end = from;
  for (; end < lines.length; end += 1) {
    const line = lines[end] ?? '';
    if (line.length > 300) break;
    if (crossesColumn(line, col)) break;
    parts.push({ box: line.slice(0, col).trim(), text: line.slice(col).trim() });
  }
  const width = Math.max(60, ...parts.map((p) => p.text.length)) + 6;
  const swapped = parts.map(({ box, text }) => (box === '' ? text : `${text.padEnd(width)}${box}`.trimEnd()));
  return [...lines.slice(0, from), ...swapped, ...lines.slice(end)];
}
