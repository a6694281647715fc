/**
 * A document's comments as a word processor's plain-text download writes them (Google Docs): a
 * letter in brackets after the words a comment was put on ("near Crediton[b]"), and the comments
 * themselves at the end, each opening with its letter ("[b]Action: check whether these are the
 * same farms?"), perhaps with who it was assigned to. Reviewers' remarks, not the minutes: the
 * letters and the comments go. Only when both are there — a letter after a word in the body and
 * the same letter opening a line at the end — so that "[a]" written in minutes stays as written.
 * Pure: lines in, lines out.
 */

// "[a]", "[b]" … "[z]", then "[aa]", "[ab]": a comment's letters.
const OPENS_COMMENT = /^\[([a-z]{1,2})\]\S/;
// The letter right after a word or its punctuation, as the download puts it.
const ANCHOR = /(?<=[\p{L}\p{N}.,;:!?)’'"])\[([a-z]{1,2})\]/gu;

/** The lines without the comments at their end and the letters that point to them. */
export function withoutDocComments(lines: readonly string[]): string[] {
  // The comments are the last lines: find where the first of them ("[a]") starts, from the end.
  let start = -1;
  for (let i = lines.length - 1; i >= 0 && lines.length - i <= 2000; i -= 1) {
    const letter = OPENS_COMMENT.exec(lines[i] ?? '')?.[1];
    if (letter === 'a') {
      start = i;
      break;
    }
  }
  if (start < 1) return [...lines];
  const letters = new Set<string>();
  for (const line of lines.slice(start)) {
    const letter = OPENS_COMMENT.exec(line)?.[1];
    if (letter) letters.add(letter);
  }
  const body = lines.slice(0, start);
  // Each comment's letter must stand after a word of the body, or these lines are no comments.
  const anchored = new Set<string>();
  for (const line of body) {
    if (!line.includes('[')) continue;
    for (const m of line.matchAll(ANCHOR)) if (letters.has(m[1] ?? '')) anchored.add(m[1] ?? '');
  }
  if (anchored.size === 0 || anchored.size < letters.size / 2) return [...lines];
  const out = body.map((line) =>
    line.includes('[')
      ? line.replace(ANCHOR, (all, letter: string) => (letters.has(letter) ? '' : all))
      : line,
  );
  // The rule the download draws above the comments goes with them.
  while (out.length > 0 && /^\s*(?:_{3,}|-{3,})?\s*$/.test(out[out.length - 1] ?? '')) out.pop();
  return out;
}
