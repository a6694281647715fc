/**
 * Two of the extensions Pandoc and PHP Markdown Extra add to Markdown, read as the plain Markdown
 * every other stage knows. A definition list ("Present" over ":   Dana Whitfield, Kingsmere City
 * Council") is its term over a bulleted list. A footnote's mark ("… by 31 July 2024.[^3]") is no
 * part of the sentence, and the note itself ("[^3]: To include …"), written at the end, belongs to
 * the sentence that marked it, not to the last item it stands under: both go. Pure: lines in,
 * lines out.
 */

// ":   definition" (or "~ definition"), up to three spaces in: a definition under the term above.
const DEFINITION = /^[ \t]{0,3}[:~][ \t]+(\S.*)$/;
const FOOTNOTE_MARK = /\[\^[^\]\s]{1,20}\]/g;
const FOOTNOTE = /^[ \t]{0,3}\[\^[^\]\s]{1,20}\]:/;

/** The document's lines with its definition lists as bulleted lists and its footnotes gone. */
export function markdownExtras(lines: readonly string[]): readonly string[] {
  return withoutFootnotes(definitionLists(lines));
}

function definitionLists(lines: readonly string[]): readonly string[] {
  const opens = (l: string) =>
    (l.startsWith(':') || l.startsWith('~') || l.startsWith(' ')) && DEFINITION.test(l);
  if (!lines.some(opens)) return lines;
  const out: string[] = [];
  // Whether the last line written, blank lines aside, is a term or a definition.
  let underTerm = false;
  let gap = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      out.push(line);
      gap += 1;
      continue;
    }
    const definition = opens(line) ? DEFINITION.exec(line) : null;
    if (definition && underTerm && gap <= 1) {
      // Pandoc allows a blank line between a term and its definitions; a list has none.
      if (gap > 0 && out.at(-1)?.trim() === '' && !out.at(-2)?.startsWith('- ')) out.pop();
      out.push(`- ${definition[1]}`);
      gap = 0;
      continue;
    }
    // A term: a short line of words, not itself a list's entry or a table's row.
    underTerm = line.length <= 80 && !/^\s*(?:[-*+|#>]|\d+[.)])/.test(line);
    gap = 0;
    out.push(line);
  }
  return out;
}

function withoutFootnotes(lines: readonly string[]): readonly string[] {
  if (!lines.some((l) => l.includes('[^'))) return lines;
  const out: string[] = [];
  let inNote = false;
  for (const line of lines) {
    if (FOOTNOTE.test(line)) {
      inNote = true;
      continue;
    }
    // A note goes on in lines indented under it.
    if (inNote && /^(?: {4}|\t)\S/.test(line)) continue;
    inNote = false;
    out.push(line.includes('[^') ? line.replace(FOOTNOTE_MARK, '') : line);
  }
  return out;
}
