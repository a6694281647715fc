/**
 * Headings drawn by a rule under them, as setext Markdown and reStructuredText write them
 * ("Apologies" over "---------", a title between two rules of "="): written as the Markdown
 * headings the reader knows ("## Apologies"), so that they end the list above as any heading does
 * and are not read as one more entry of it. Pure: lines in, lines out.
 */

const RULE = /^[ \t]*(?:-{3,}|={3,}|~{3,}|\^{3,})[ \t]*$/;
// A heading is a short line of words: no column gap, no table's border, no bullet.
const HEADING_TEXT = /^[ \t]{0,3}[\p{L}\p{N}"'“‘(]/u;
const NOT_HEADING = /\t| {2,}\S|\|/;

const blank = (line: string | undefined) => line === undefined || line.trim() === '';

function isHeadingText(line: string): boolean {
  const t = line.trim();
  return t.length <= 100 && HEADING_TEXT.test(line) && !NOT_HEADING.test(t) && /\p{L}/u.test(t);
}

export function underlinedHeadings(lines: readonly string[]): string[] {
  // Most minutes have no rule at all: one look decides.
  if (!lines.some((l) => l.length >= 3 && RULE.test(l))) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const under = lines[i + 1];
    if (under === undefined || !RULE.test(under) || !isHeadingText(line)) {
      out.push(line);
      continue;
    }
    const above = lines[i - 1];
    // A title between two rules ("=====", "Minutes", "=====") loses both; a rule under a line that
    // ends a paragraph (a blank line does not stand above it) underlines no heading, unless it is
    // drawn to the line's length, as reStructuredText draws it (minutes pasted with no blank lines).
    // (Not the rule under the heading above, which was taken with it and never written out.)
    const overlined = above !== undefined && RULE.test(above) && out[out.length - 1] === above;
    const ruleLength = under.trim().length;
    const fitted = ruleLength >= line.trim().length && ruleLength <= line.trim().length + 2;
    if (!overlined && !blank(above) && !fitted) {
      out.push(line);
      continue;
    }
    if (overlined) out.pop();
    out.push(`${overlined || under.trim().startsWith('=') ? '#' : '##'} ${line.trim()}`);
    i += 1;
  }
  return out;
}
