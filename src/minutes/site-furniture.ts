/**
 * Minutes copied from a web page bring the site around them: "Skip to main content", the menu, a
 * breadcrumb ("Home › Meetings › Minutes"), the page's own date ("Published 2 February 2024"),
 * "Share this page", "Back to top" after each section, "Was this page helpful?" and the footer's
 * links. None of it is the minutes'. Pure: lines in, lines out.
 */

// Each a whole line; the vocabulary of sites' chrome.
const SITE_LINES: readonly RegExp[] = [
  /^skip\s+to\s+(?:main\s+)?content$/i,
  /^(?:menu|main\s+menu|search|search\s+this\s+site|print(?:\s+this\s+page)?|share(?:\s+this\s+page)?|back\s+to\s+top|top\s+of\s+page|return\s+to\s+top)$/i,
  // A breadcrumb: "Home › About us › Minutes", "Home > Meetings".
  /^home\s*(?:[›>»/]\s*[^›>»/]{1,60}){1,6}$/i,
  /^(?:first\s+)?(?:published|last\s+updated|updated|last\s+modified)(?:\s+on)?\s*:?\s+\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}$/i,
  /^was\s+this\s+page\s+(?:helpful|useful)\??(?:\s+(?:yes|no))*$/i,
  // The footer's links, parted by bars: "Contact us | Accessibility | Cookies | Privacy".
  /^(?:contact\s+us|accessibility(?:\s+statement)?|cookies?(?:\s+policy)?|privacy(?:\s+(?:notice|policy))?|terms(?:\s+(?:and|&)\s+conditions)?|sitemap|freedom\s+of\s+information|feedback)(?:\s*\|\s*(?:contact\s+us|accessibility(?:\s+statement)?|cookies?(?:\s+policy)?|privacy(?:\s+(?:notice|policy))?|terms(?:\s+(?:and|&)\s+conditions)?|sitemap|freedom\s+of\s+information|feedback))+$/i,
  /^(?:©|\(c\)|copyright)\s+[^.]{1,80}\s(?:19|20)\d{2}$/i,
];

// The first letter of every such line: most lines are ruled out by it.
const FIRST = /^[sSmMpPbBtTrRhHfFlLuUwWcCaA©(]/;

const isSiteLine = (line: string): boolean => {
  const t = line.trim();
  return t.length > 0 && t.length <= 160 && FIRST.test(t) && SITE_LINES.some((re) => re.test(t));
};

/** The lines without a web page's chrome; other text returned as it is. */
export function withoutSiteFurniture(lines: readonly string[]): string[] {
  // A page copied from a site says so at its top or foot; text without those words has none of it.
  const marked = lines.some(
    (l) =>
      l.length <= 160 && /^\s*(?:skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|was\s+this\s+page)/i.test(l),
  );
  return marked ? lines.filter((l) => !isSiteLine(l)) : (lines as string[]);
}
