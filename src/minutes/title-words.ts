/**
 * A meeting title's words and initials, as the reader compares titles with the names that stand for
 * them: "IDMG" in a running header or a sentence for the "Inter-Departmental Ministerial Group".
 * Pure.
 */

/** The title's words, a possessive's "'s" aside ("Commissioner's" gives "Commissioner"). */
export const words = (text: string): string[] =>
  text
    .replace(/[’']s\b/g, '')
    .split(/[^A-Za-z\u00C0-\u024F-]+/)
    .filter((w) => w !== '');

/** Initials of the title's words, hyphenated parts counted apart ("Inter-Departmental" gives ID). */
export function initials(title: string): string {
  return words(title.replace(/-/g, ' '))
    .filter((w) => /^[A-Z]/.test(w) && !['On', 'Of', 'And', 'The', 'For'].includes(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}
