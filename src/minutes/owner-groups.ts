/**
 * A list of actions grouped by who does them: under "Action items", each owner's name on a line of
 * its own ("Ian Ford", "**Home Office**", "@Kate Moss:") over the tasks they took, each a line that
 * opens with what to do ("Arrange a visit …"). A meeting assistant writes its list so (Fireflies,
 * Otter), and secretariats do by department. Each task becomes the list's entry with its owner
 * ("- Arrange a visit … (Owner: Ian Ford)"), the name line gone; a time into the recording the tool
 * put after every task ("(17:55)") goes too, being no part of the task. Pure: lines in, lines out;
 * lines in no such list come back as they were.
 */

import {
  isActionItemsHeading,
  isActionSummaryHeading,
  isActionsHeading,
  isNextStepsLabel,
  isRecordSection,
} from './markers.js';
import { startsWithActionVerb } from './verbs.js';

// "Ian Ford", "Home Office", "@Kate Moss:", "- **DWP**": a name alone, a person's or a body's.
const NAME_LINE =
  /^\s*(?:[-*•]\s+)?@?([A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|and|of|for|the|&)){0,5})\s*:?\s*$/;
// "- Arrange …", "• Arrange …", "[ ] Arrange …", "☐ Arrange …": a task line's bullet or box.
const TASK_MARK = /^\s*(?:[-*•]\s+)?(?:\[[ xX]?\]\s+|[☐☑☒□]\s+)?/;
// "(17:55)", "[01:02:10]": the time into the recording a tool puts after each task.
const RECORDING_TIME = /\s*[[(](?:\d{1,2}:)?\d{1,2}:\d{2}[\])]\s*$/;
const COLUMN_GAP = /\t| {3,}/;
const HEADING_MARK = /^\s*#{1,6}\s+|\*\*/g;

// Lines asked about already: a document repeats its headings ("Actions:" under every item), and
// each is asked about as a heading and as the name under one. Bounded, as a document is not.
const HEADS = new Map<string, boolean>();

/** Whether a line heads a list of actions ("Action items", "## Actions:", "Next steps"). */
function headsActionList(line: string): boolean {
  const known = HEADS.get(line);
  if (known !== undefined) return known;
  if (HEADS.size >= 2000) HEADS.clear();
  const heads = readsAsActionListHeading(line);
  HEADS.set(line, heads);
  return heads;
}

function readsAsActionListHeading(line: string): boolean {
  const t = line.replace(HEADING_MARK, '').trim();
  if (t === '' || t.length > 60) return false;
  return isActionItemsHeading(t) || isActionsHeading(t) || isActionSummaryHeading(t) || isNextStepsLabel(t);
}

/**
 * The task a line holds, its bullet gone; null unless it opens with what to do. `nested`: the line
 * is a bullet indented under its owner's name ("    Norfolk Constabulary:" over "        - plan …"),
 * where the task may start in lower case, going on from the name above.
 */
function taskOf(line: string, nested = false): string | null {
  // A gap of columns ("Map the beds    Lucy Grant    30 November"): a table's row, not a list's entry.
  if (COLUMN_GAP.test(line.trim())) return null;
  const t = line.replace(TASK_MARK, '').trim();
  return t !== '' && (nested || /^\p{Lu}/u.test(t)) && startsWithActionVerb(t) ? t : null;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const BULLETED = /^\s*[-*•]\s/;

/** A line without bold's marks ("**Home Office**"). */
const unbold = (line: string) =>
  line.includes('*') || line.includes('_') ? line.replace(/\*\*|__/g, '') : line;

/** The owner a line names alone; null for a task, a heading of the record, or no name. */
function ownerOf(line: string): string | null {
  if (line.length > 80) return null;
  const m = NAME_LINE.exec(unbold(line));
  const name = m?.[1]?.trim() ?? '';
  if (name === '' || headsActionList(name) || startsWithActionVerb(name) || isRecordSection(name))
    return null;
  return name;
}

type Group = { owner: string; tasks: { at: number; text: string }[] };

/** The groups of the list starting at `from`, and where it ends; null unless every name has tasks under it. */
function groupsFrom(lines: readonly string[], from: number): { groups: Group[]; end: number } | null {
  const groups: Group[] = [];
  // How far in the last owner's name stands: a bullet further in is one of its tasks.
  let ownerIndent = 0;
  let i = from;
  for (; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      // A blank line between groups; two, or one before anything else, end the list.
      const next = lines[i + 1] ?? '';
      if (next.trim() === '' || (ownerOf(next) === null && taskOf(next) === null)) break;
      continue;
    }
    // Another list's heading ("Actions:" again) ends this one.
    if (line.length <= 80 && headsActionList(line)) break;
    const owner = ownerOf(line);
    if (owner !== null) {
      groups.push({ owner, tasks: [] });
      ownerIndent = indentOf(line);
      continue;
    }
    const group = groups[groups.length - 1];
    const task = taskOf(line, group !== undefined && BULLETED.test(line) && indentOf(line) > ownerIndent);
    const last = group?.tasks[group.tasks.length - 1];
    // A task wrapped by a mail client: its words, or the time after it, go on in lower case or a bracket.
    if (task === null && last !== undefined && /^[a-z(]/.test(line.trim())) {
      last.text = `${last.text} ${line.trim()}`;
      continue;
    }
    if (task === null || group === undefined) break;
    group.tasks.push({ at: i, text: task });
  }
  if (groups.length === 0 || groups.some((g) => g.tasks.length === 0)) return null;
  return { groups, end: i };
}

/** The lines with each owner's group of tasks written as the list's entries (see the file comment). */
export function ownerGroups(lines: readonly string[]): string[] {
  if (lines.length > 200_000) return [...lines];
  let out: string[] | null = null;
  let copied = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    // The name under the heading first: a cheaper test, and most lines are no heading of such a list.
    const next = lines[i + 1] ?? '';
    if (line.length > 80 || next.length > 80 || !NAME_LINE.test(unbold(next))) continue;
    if (!headsActionList(line)) continue;
    const read = groupsFrom(lines, i + 1);
    if (read === null) continue;
    const tasks = read.groups.flatMap((g) => g.tasks.map((t) => ({ ...t, owner: g.owner })));
    // The tool's time after every task, or after none: a time after one task alone is the task's.
    const timed = tasks.every((t) => RECORDING_TIME.test(t.text));
    out ??= [];
    out.push(...lines.slice(copied, i + 1));
    for (const t of tasks)
      out.push(`- ${timed ? t.text.replace(RECORDING_TIME, '') : t.text} (Owner: ${t.owner})`);
    copied = read.end;
    i = read.end - 1;
  }
  if (out === null) return [...lines];
  out.push(...lines.slice(copied));
  return out;
}
