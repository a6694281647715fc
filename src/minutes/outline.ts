/**
 * Minutes kept in an outliner (Logseq, Roam) and exported as Markdown: every line a bullet, a
 * block's children indented under it, headings inside bullets ("- ## Present"), the page's and
 * blocks' properties as "key:: value", dates as "[[12 March 2025]]" links, tasks as "TODO …" (or
 * Roam's "{{[[TODO]]}} …") with their "DEADLINE: <2025-03-31 Mon>" under them. They become the lines
 * minutes would be: a top-level block a paragraph or a heading of its own, each child one level
 * less indented (so the lists under headings are lists), a property a field ("Date: …"), a task's
 * deadline its due field. Pure: lines in, lines out; text in no outliner's export comes back as it was.
 */

// The outliner's own words, kept apart from the code.
const VOCABULARY = {
  bullet: /^([\t ]*)-[ \t]+(.*)$/,
  heading: /^#{1,6}[ \t]+\S/,
  // "date:: [[12 March 2025]]", "collapsed:: true": a page's or a block's property.
  property: /^[\t ]*(?:-[ \t]+)?([A-Za-z][\w-]{0,40})::[ \t]*(.*)$/,
  // Properties that say how the page is kept, not what the meeting was.
  hiddenProperties: new Set([
    'title',
    'type',
    'tags',
    'alias',
    'id',
    'collapsed',
    'template',
    'template-including-parent',
    'icon',
    'public',
    'filters',
    'heading',
    'background-color',
    'exclude-from-graph-view',
  ]),
  // "{{[[TODO]]}} Circulate …" (Roam), "LATER Circulate …", "NOW …" (Logseq's other task words).
  roamTask: /\{\{\[\[(TODO|DONE)\]\]\}\}[ \t]*/g,
  otherTaskWords: /^(?:LATER|NOW|DOING|WAITING|IN-PROGRESS)[ \t]+(?=\S)/,
  // "DEADLINE: <2025-03-31 Mon>", "SCHEDULED: <2025-03-31 Mon 10:00>": under a task, its dates.
  when: /^[\t ]*(DEADLINE|SCHEDULED):[ \t]*<(\d{4}-\d{2}-\d{2})[^>]{0,40}>[ \t]*$/,
} as const;

/** How far a line is indented, a tab or a unit of spaces a level. */
function depthOf(indent: string, unit: number): number {
  const tabs = indent.split('\t').length - 1;
  const spaces = indent.replace(/\t/g, '').length;
  return tabs + Math.floor(spaces / unit);
}

/** Whether the lines are an outliner's export: mostly bullets, with headings in bullets or properties. */
function isOutline(lines: readonly string[]): boolean {
  let text = 0;
  let bullets = 0;
  let marks = 0;
  for (const line of lines.slice(0, 2000)) {
    if (line.trim() === '') continue;
    if (VOCABULARY.property.test(line)) {
      marks += 1;
      continue;
    }
    text += 1;
    const bullet = VOCABULARY.bullet.exec(line);
    if (!bullet) continue;
    bullets += 1;
    const content = bullet[2] ?? '';
    if (VOCABULARY.heading.test(content) || content.includes('{{[[TODO]]}}')) marks += 2;
  }
  return marks >= 2 && text >= 4 && bullets >= text * 0.7;
}

/** A property as minutes write a field ("next-meeting" -> "Next meeting: …"); null when hidden. */
function field(key: string, value: string): string | null {
  const name = key.toLowerCase();
  if (VOCABULARY.hiddenProperties.has(name)) return null;
  const words = name.replace(/[-_]+/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}: ${value.trim()}`;
}

/** The export as minutes' lines (see the file comment). */
export function outline(lines: readonly string[]): string[] {
  if (lines.length > 100_000 || !isOutline(lines)) return [...lines];
  // The export's unit of indent in spaces (Roam's four, an editor's two); tabs are a level each.
  let unit = 0;
  for (const l of lines) {
    const spaces = /^( +)-[ \t]/.exec(l)?.[1]?.length ?? 0;
    if (spaces > 0 && (unit === 0 || spaces < unit)) unit = spaces;
  }
  if (unit === 0) unit = 2;
  const out: string[] = [];
  // Where the last task's line is, for the deadline under it.
  let lastBullet = -1;
  for (const raw of lines) {
    const line = raw.replace(VOCABULARY.roamTask, '$1 ');
    if (line.trim() === '') continue;
    const when = VOCABULARY.when.exec(line);
    if (when) {
      const task = out[lastBullet];
      // The deadline is when it falls due; the day it is scheduled for is when to start on it.
      if (task !== undefined && when[1] === 'DEADLINE' && !task.includes('(Due:'))
        out[lastBullet] = `${task} (Due: ${when[2]})`;
      continue;
    }
    const property = VOCABULARY.property.exec(line);
    if (property) {
      const f = field(property[1] ?? '', property[2] ?? '');
      if (f !== null) out.push(f);
      continue;
    }
    const bullet = VOCABULARY.bullet.exec(line);
    if (!bullet) {
      // A block's text carried onto a line of its own, indented under it.
      if (lastBullet >= 0 && lastBullet === out.length - 1)
        out[lastBullet] = `${out[lastBullet]} ${line.trim()}`;
      else out.push(line.trim());
      continue;
    }
    const depth = depthOf(bullet[1] ?? '', unit);
    const content = (bullet[2] ?? '').replace(VOCABULARY.otherTaskWords, 'TODO ').trim();
    if (depth === 0 || VOCABULARY.heading.test(content)) {
      // A top-level block, or a heading at any depth: a paragraph or heading of its own.
      if (out.length > 0) out.push('');
      out.push(content);
    } else out.push(`${'  '.repeat(depth - 1)}- ${content}`);
    lastBullet = out.length - 1;
  }
  return out;
}
