/**
 * Hashtags, as notes apps and chat tools let people tag a line after writing it: "- Shelter to write
 * a housing pathway by 28 February #action", "The pathway covers adults only #decision", a note's
 * own tags on a line under its title ("#meetings #kasp"). A tag after a line says what the line is,
 * as a label before it would: an action tag makes the line an action ("- Action: Shelter to write
 * …"), any other tag (and a mention of the person after it, "#action @joe") goes, being no part of
 * what was said. A line of tags alone goes. Tags inside a sentence ("the #StopSlavery campaign")
 * stay as written. Pure: lines in, lines out.
 */

/** The tags that mark a line as an action, as notes apps and task tools spell them (lower case). */
const ACTION_TAGS: ReadonlySet<string> = new Set([
  'action',
  'actions',
  'actionpoint',
  'action-point',
  'action_point',
  'actionitem',
  'action-item',
  'action_item',
  'todo',
  'to-do',
  'task',
]);

// "#action", "#kasp", "#steering-group": a hash, then a letter, then word characters.
const TAG = /^#([A-Za-z][\w-]{0,40})$/;
// "@joe", "@Kate.Moss": a person mentioned after the tags.
const MENTION = /^@[\w.-]{1,40}$/;
// A list entry's bullet or number before the line's words.
const BULLET = /^(\s*(?:[-*+•]|\d{1,3}[.)])\s+)/;

/** The line with its trailing tags read: null when it has none. */
function untagged(line: string): { text: string; action: boolean } | null {
  // Token by token from the end, so that a line of many words costs its length once.
  const words = line.trimEnd().split(/[ \t]+/);
  let end = words.length;
  let tags = 0;
  let action = false;
  while (end > 0) {
    const word = words[end - 1] ?? '';
    const tag = TAG.exec(word);
    if (tag) {
      tags += 1;
      if (ACTION_TAGS.has((tag[1] ?? '').toLowerCase())) action = true;
    } else if (!MENTION.test(word)) break;
    end -= 1;
  }
  // (A mention alone at a line's end is a person named, not a tag.)
  if (tags === 0) return null;
  return { text: words.slice(0, end).join(' '), action };
}

/** The lines with the tags after them read as labels, and lines of tags alone gone. */
export function hashtags(lines: readonly string[]): string[] {
  if (!lines.some((l) => l.includes('#'))) return [...lines];
  const out: string[] = [];
  for (const line of lines) {
    if (!line.includes('#') || line.length > 2000) {
      out.push(line);
      continue;
    }
    const read = untagged(line);
    if (!read) {
      out.push(line);
      continue;
    }
    const text = read.text.trim();
    if (text === '' || /^[-*+•]$/.test(text)) {
      // "#action" alone under "- Shelter to write … by 28 February": the line's tags, wrapped.
      const above = out.length > 0 ? (out[out.length - 1] ?? '') : '';
      if (above.trim() !== '' && !/^\s*#{1,6}\s/.test(above) && read.action) {
        out[out.length - 1] = labelled(above, true);
        continue;
      }
      // "#meetings #kasp": the note's tags, on a line of their own; one "#Title" alone may be a heading.
      if (line.trim().split(/[ \t]+/).length >= 2) continue;
      out.push(line);
      continue;
    }
    out.push(labelled(read.text, read.action));
  }
  return out;
}

/** A line whose tags are gone, given the action's label when a tag said it is one. */
function labelled(text: string, action: boolean): string {
  const bullet = BULLET.exec(text)?.[1] ?? '';
  const words = text.slice(bullet.length).trimEnd();
  // A heading ("## Actions #action") or a line labelled already ("Action: … #action") is left so.
  const kept = /^\s*#{1,6}\s/.test(words) || /^\W{0,2}action(?:s|\s+points?|\s+items?)?\b/i.test(words);
  return action && !kept ? `${bullet}Action: ${words.replace(/[.;]$/, '')}` : text.trimEnd();
}
