/**
 * Turns whatever text a converter produced (PDF-to-text, Word "save as text", Markdown, HTML
 * fragments, an email) into plain lines the parser can read: one character set, one line end,
 * no page furniture. Column structure (tabs, runs of spaces) is kept: layout.ts needs it.
 */
import { findDates } from './dates.js';
import { repairMojibake } from './mojibake.js';
import { misreadKeyWords, misreadRn, misreadZero } from './ocr.js';
import { PICTOGRAPHS, stripMarkup, stripSlack } from './sanitise.js';
import { withoutReactions, withoutShortcodes } from './shortcodes.js';
import { initials } from './title-words.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '...',
  pound: '£',
};

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x')
        ? Number.parseInt(lower.slice(2), 16)
        : Number.parseInt(lower.slice(1), 10);
      // Lone surrogates and NUL would make output that later fails to encode; keep the entity as text.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return whole;
      return String.fromCodePoint(code);
    }
    return ENTITIES[lower] ?? whole;
  });
}

const SCRIPT_OR_STYLE = /<script|<style/i;

/**
 * Script and style bodies are code, not minutes; dropping them by index search (not a lazy regex)
 * keeps this linear when an opening tag is never closed.
 */
function dropScripts(text: string): string {
  // Lower-casing a whole document costs more than the search; most have no script at all.
  if (!SCRIPT_OR_STYLE.test(text)) return text;
  const lower = text.toLowerCase();
  let out = '';
  let at = 0;
  for (;;) {
    const s = lower.indexOf('<script', at);
    const t = lower.indexOf('<style', at);
    const start = s < 0 ? t : t < 0 ? s : Math.min(s, t);
    if (start < 0) break;
    const closer = start === s ? '</script' : '</style';
    const close = lower.indexOf(closer, start);
    out += text.slice(at, start);
    if (close < 0) {
      // Unclosed: drop only the opening tag so the rest of the document still parses.
      const gt = lower.indexOf('>', start);
      at = gt < 0 ? text.length : gt + 1;
      continue;
    }
    const gt = lower.indexOf('>', close);
    at = gt < 0 ? text.length : gt + 1;
  }
  return out + text.slice(at);
}

// Word's bullets in the Symbol and Wingdings fonts, which a text export writes as the private-use
// characters the fonts keep them at ("\uF0B7" for "•", "\uF0A7" for "§", "\uF0D8" for "➢").
const FONT_BULLETS = '\uF0B7\uF0A7\uF0A8\uF0D8\uF076\uF0FC\uF0E0\uF06E\uF071';

/**
 * Single characters that are cleaned up: NBSP and the other Unicode spaces PDF and Word exports
 * use for alignment, typographic quotes, zero-width characters and soft hyphens (which split words
 * invisibly), Unicode line ends, and control characters other than tab, newline and form feed
 * (never meaningful in minutes). One pass over the document for all of them.
 */
const ODD_CHARACTER = new RegExp(
  String.raw`^[${FONT_BULLETS}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u2033\u200B-\u200D\u2060\uFEFF\u00AD\u2028\u2029\u0085\v\u0000-\u0008\u000E-\u001F\u007F]$`,
);

// Every character but tab, line ends and printable ASCII. V8 scans a class this simple several
// times faster than ODD_CHARACTER's many ranges, so the odd ones are told apart among its matches.
const NOT_PLAIN = /[^\t\n\f\r\u0020-\u007E]/g;

/** A character NOT_PLAIN found: cleaned up if it is an ODD_CHARACTER, else kept. */
function oddOrKept(ch: string): string {
  return ODD_CHARACTER.test(ch) ? replacement(ch) : ch;
}

/** What one ODD_CHARACTER becomes. */
function replacement(ch: string): string {
  const c = ch.charCodeAt(0);
  if (FONT_BULLETS.includes(ch)) return '•';
  if (c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x0b) return '\n';
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return "'";
  if ((c >= 0x201c && c <= 0x201f) || c === 0x2033) return '"';
  if (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
    return ' ';
  // Zero-width characters, soft hyphens and control characters.
  return '';
}

/** Character-level clean-up: line ends, odd spaces, typographic quotes, invisible characters. */
export function normaliseCharacters(text: string): string {
  let t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  // "partnershipâ€™s": UTF-8 read once as Windows-1252; before the quotes and spaces are mapped.
  t = repairMojibake(t);
  t = stripSlack(dropScripts(decodeEntities(t)));
  t = t.replace(NOT_PLAIN, oddOrKept);
  // "📌 Action:", "👥 Attendees:", "1️⃣ Contract update": a chat tool's pictures say nothing the
  // words do not; a keycap is the digit it shows. (Symbols such as "➔" and "☐" stay: they mark.)
  if (TASK_SYMBOL.test(t) && TASK_FIELD.test(t)) t = t.replace(TASK_FIELDS, '');
  // "✅ 2 👀 1" under a chat message copied: its reactions, not numbers of the minutes.
  t = withoutReactions(t);
  if (PICTURE.test(t)) t = t.replace(KEYCAP, '$1').replace(TASK_DUE, ' (Due: $1)').replace(PICTURES, '');
  // ":pushpin:", ":white_check_mark:", ":one:": the same pictures copied from a chat tool as shortcodes.
  t = withoutShortcodes(t);
  // "## ✅ Actions": a symbol of the basic plane before a Markdown heading's words is as much a picture.
  if (t.includes('#')) t = t.replace(HEADING_SYMBOL, '$1');
  // A table drawn with box-drawing characters ("┌──┬──┐", "│") is the same table drawn in ASCII.
  if (BOX_DRAWING.test(t)) t = t.replace(BOX_DRAWINGS, asciiRule);
  // "1\. Minutes", "\*\*Action\*\*", "\[ \] task": a Markdown converter (Pandoc's, a notes app's) escapes the
  // punctuation it would otherwise read as markup; the text means the punctuation itself.
  if (t.includes('\\')) t = t.replace(MARKDOWN_ESCAPE, '$1');
  // "ACTI0N:", "ACTlON:": a scanner's misreading of a label in capitals; "M0dern", of a letter in a word.
  t = misreadZero(misreadRn(misreadKeyWords(t)));
  // Typographic ligatures a PDF or a scanner leaves: "ﬁgures" is "figures" to every search.
  return LIGATURE.test(t) ? t.replace(LIGATURES, (ch) => ch.normalize('NFKC')) : t;
}

// Four dots or more, two ellipses or more, or four dots spaced out, with the spaces around them.
const DOT_LEADERS = /[ \t]*(?:\.{4,}|…{2,}|\.(?: \.){3,})[ \t]*/g;

/**
 * Dot leaders ("Share the lessons ........ PSNI", Word's tab leaders typed or exported as text) run
 * to the next column: they are the gap between two cells, as a tab is. (A contents page's leaders
 * are gone by now with the page: see markup.ts.) Pure: lines in, lines out.
 */
export function leadersAsTabs(lines: readonly string[]): string[] {
  return lines.map((l) => {
    if (l.length > 2000 || !(l.includes('..') || l.includes('……') || l.includes('. . . .'))) return l;
    const led =
      l.includes('....') || l.includes('……') || l.includes('. . . .') ? l.replace(DOT_LEADERS, '\t') : l;
    // A leader of three dots runs to a name at the line's end ("… (item 4) ... Migrant Help"); an
    // ellipsis in a sentence goes on in lower case or ends with a full stop.
    return led.replace(SHORT_LEADER, '\t');
  });
}

const SHORT_LEADER = /[ \t]+\.{3}[ \t]+(?=[A-Z][^.!?]{0,60}$)/;

// "…</p>   <p>Actions:</p>": a gap of spaces between one paragraph's end and the next's start.
const PARAGRAPH_GAP = /(<\/p>)[ ]{2,}(?=<p\b)/gi;

/**
 * Minutes pasted as "<p>" runs, one column's paragraphs after another's, whose tab between the
 * columns became spaces (a tab expanded by an editor or an extractor): the gap between a closing
 * and an opening tag is the column gap the tab was. (Within a column the runs stand one space
 * apart.) Pure: lines in, lines out.
 */
export function paragraphGapsAsTabs(lines: readonly string[]): string[] {
  return lines.map((l) => (l.includes('>  ') && l.length <= 200_000 ? l.replace(PARAGRAPH_GAP, '$1\t') : l));
}

// Pictographs of the supplementary planes (emoji), with the presentation selector after them and
// the space that set them apart at a line's start.
const PICTURE = /[\u{1F000}-\u{1FAFF}]|\u20E3/u;
const PICTURES = /(?<=^|\n)[ \t]*[\u{1F000}-\u{1FAFF}]\uFE0F?[ \t]*|[\u{1F000}-\u{1FAFF}]\uFE0F?/gu;
const KEYCAP = /([0-9#*])\uFE0F?\u20E3/g;
// "- [ ] GLAA to split the figures by sector 📅 2024-06-11 ➕ 2024-05-14": a notes app's task fields
// (Obsidian's Tasks) after a task's words, an ISO date each. The calendar's (📅, 📆, 🗓) is when
// the task is due, a field the action reader knows; scheduled (⏳), start (🛫), created (➕), done
// (✅) and cancelled (❌) say nothing the record keeps. After words only: "📅 2024-05-14" at a
// line's start, or after a label's colon, dates the meeting.
const TASK_DUE = /(?<=[^\s:])[ \t]+[\u{1F4C5}\u{1F4C6}\u{1F5D3}]\uFE0F?[ \t]*(\d{4}-\d{2}-\d{2})\b/gu;
// Its priority marks (⏫ ⏬ as well as the pictures 🔺 🔼 🔽) go with them.
const TASK_FIELD =
  /(?<=[^\s:])[ \t]+(?:[\u23F3\u{1F6EB}\u2795\u2705\u274C]\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}\b|[\u23EB\u23EC]\uFE0F?(?=\s|$))/u;
const TASK_FIELDS = new RegExp(TASK_FIELD.source, 'gu');
// The symbols TASK_FIELD starts with, found first: its look-behind at every space costs more.
const TASK_SYMBOL = /[\u23F3\u2795\u2705\u274C\u23EB\u23EC]|\uD83D\uDEEB/;
const HEADING_SYMBOL = new RegExp(`^(#{1,6}[ \\t]+)${PICTOGRAPHS}[ \\t]+(?=\\p{L})`, 'gmu');
// A backslash before punctuation Markdown reads as markup (a path's "\" before a letter or digit stays).
const MARKDOWN_ESCAPE = /\\([.*_#[\]()+!>`~-])/g;
const BOX_DRAWING = /[\u2500-\u257F]/;
const BOX_DRAWINGS = /[\u2500-\u257F]/g;

/** A box-drawing character as ASCII draws it: lines "-" (double "="), sides "|", corners and joints "+". */
function asciiRule(ch: string): string {
  const c = ch.charCodeAt(0);
  // ─ ━ ┄ ┅ ┈ ┉ ╌ ╍ ╴ ╶ ╸ ╺ ╼ ╾: horizontal lines; ═: double.
  if (
    [
      0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254c, 0x254d, 0x2574, 0x2576, 0x2578, 0x257a, 0x257c,
      0x257e,
    ].includes(c)
  )
    return '-';
  if (c === 0x2550) return '=';
  // │ ┃ ┆ ┇ ┊ ┋ ╎ ╏ ║ ╵ ╷ ╹ ╻ ╽ ╿: vertical lines.
  if (
    [
      0x2502, 0x2503, 0x2506, 0x2507, 0x250a, 0x250b, 0x254e, 0x254f, 0x2551, 0x2575, 0x2577, 0x2579, 0x257b,
      0x257d, 0x257f,
    ].includes(c)
  )
    return '|';
  return '+';
}

const LIGATURE = /[\uFB00-\uFB06]/;
const LIGATURES = /[\uFB00-\uFB06]/g;

// Protective markings are written in capitals; "Official" in mixed case is an attendee's name.
const MARKING =
  /^(?:(?:OFFICIAL(?:\s?[-–—]?\s?SENSITIVE)?|RESTRICTED|PROTECT|CONFIDENTIAL|SECRET)(?:\s*[-–—:]\s*[A-Z ]{1,30})?|UNCLASSIFIED|NOT PROTECTIVELY MARKED|DRAFT)$/;
// (A slide deck's outline copied as text numbers its slides as a document's pages: "Slide 3 of 5".)
const PAGE_NUMBER =
  /^(?:(?:page|slide)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,3}|\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4}|\d{1,4}\s*(?:of|\/)\s*\d{1,4})$/i;

// "*** END OF REPORT ***", "--- End of minutes ---", "[End of document]": a system's or a template's
// line closing the document, no part of the last paragraph above it.
const END_OF_DOCUMENT =
  /^[-*=_#~[<(\s]*end\s+of\s+(?:the\s+)?(?:report|document|minutes|notes|record)[-*=_#~\]>).\s]*$/i;

// The first letter of every marking and page number: most lines are ruled out by it.
const FURNITURE_START = /^[-0-9CDNOPRSUp]/;

/**
 * Text every line of which starts a few spaces in (a margin an export or a mail client added): the
 * margin taken off, so an email's "From:" and a heading start their lines as they do elsewhere, and
 * columns keep their places relative to one another. Blank lines and page breaks do not count.
 */
export function dedent(lines: readonly string[]): string[] {
  let margin = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line === '\f' || line.trim() === '') continue;
    let n = 0;
    while (n < line.length && line.charCodeAt(n) === 32) n += 1;
    if (n < margin) margin = n;
    if (margin === 0) return lines as string[];
  }
  if (!Number.isFinite(margin)) return lines as string[];
  return lines.map((l) => (l === '\f' || l.trim() === '' ? l : l.slice(margin)));
}

const LETTER_SPACED = /^\s*\S(?: \S){2,}(?:\s{2,}\S(?: \S)+)*\s*$/;

/**
 * A heading a typesetter or a scanner letter-spaced, "S T R A T E G Y   B O A R D", read as
 * "STRATEGY BOARD": single characters one space apart, words three apart.
 */
export function unspaceLetters(lines: readonly string[]): string[] {
  return lines.map((line) =>
    line.length <= 200 && LETTER_SPACED.test(line)
      ? line
          .trim()
          .split(/\s{2,}/)
          .map((w) => w.replace(/ /g, ''))
          .join(' ')
      : line,
  );
}

/** "R E S T R I C T E D  -  P O L I C Y", as a scanner letter-spaces a heading, read as written. */
function unspaced(line: string): string {
  return /^(?:\S\s{1,2}){3,}\S/.test(line) ? line.replace(/(?<=\S)\s{1,2}(?=\S(?:\s|$))/g, '') : line;
}

/** A running header or footer: a marking, a page number, or both on one line. */
// "Human Trafficking and Exploitation Working Group – 12 February 2013   Page 2 of 2": a running footer.
// "IDMG on Modern Slavery - 14 June 2016        Page 2": a running header set right, by spaces or by tabs.
// "https://intranet…/minutes/2024-12-03      1/2": a browser's printout, the page's address and its
// page of the pages.
const FOOTER_PAGE =
  /\bpage\s+\d{1,4}\s+of\s+\d{1,4}\s*$|\S(?:\t+|\s{3,})page\s+\d{1,4}\s*$|^(?:https?|file):\/\/\S+(?:\t+|\s{2,})\d{1,4}\s*\/\s*\d{1,4}$/i;
// "05/12/2024, 16:42      Partnership Board minutes - Westshire Intranet": when a browser printed
// the page, over its title. Recurring at the top of every page, it is no title, on the first page
// as on the others.
const PRINT_STAMP = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?(?:\t+|\s{2,})\S/i;
// A footer's date: "12 February 2013", "July 2018" (its month alone), "08/07/2014", "2014-07-08".
const FOOTER_DATES = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}`;
// "Human Trafficking IDMG – 12 February 2013 ⇥ 2", "Strategy Board – 08/07/2014 ⇥ 2": the minutes'
// title and date, a gap, a bare number.
const DATED_FOOTER = new RegExp(
  String.raw`\b(?:${FOOTER_DATES})(?:\t+|\s{3,})(?:-\s*)?\d{1,3}(?:\s*-)?$`,
  'i',
);
// The date alone, as one part of a footer ("OFFICIAL ⇥ 1 ⇥ July 2018").
const FOOTER_DATE = new RegExp(`^(?:${FOOTER_DATES})$`, 'i');

/** Two parts only: a table's row that ends in a date and a number ("… ⇥ NCA ⇥ 10 February 2017 ⇥ 2") is none. */
function datedFooter(trimmed: string): boolean {
  return DATED_FOOTER.test(trimmed) && trimmed.split(/\t+|\s{3,}/).length === 2;
}

export function isPageFurniture(line: string): boolean {
  // Furniture is short: a paragraph is ruled out before it is copied or searched.
  if (line.length > 400 && line.trim().length > 240) return false;
  const trimmed = line.trim();
  // Both footers end in a page number: most lines are ruled out by their last character.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (
    trimmed.length <= 160 &&
    ((last >= 48 && last <= 57) || last === 45) &&
    (FOOTER_PAGE.test(trimmed) || datedFooter(trimmed)) &&
    !/[.!?]\s+\S/.test(trimmed)
  )
    return true;
  // "<p>2</p>": a PDF-to-HTML tool wraps the page's number in a paragraph, as it does every line.
  if (trimmed.startsWith('<') && trimmed.length <= 120) {
    const text = stripMarkup(trimmed).trim();
    return text !== '' && !text.startsWith('<') && isPageFurniture(text);
  }
  if (trimmed.length <= 60 && END_OF_DOCUMENT.test(trimmed)) return true;
  if (trimmed === '' || trimmed.length > 240 || !FURNITURE_START.test(trimmed)) return false;
  const t = unspaced(trimmed);
  if (t.length > 120) return false;
  const parts = t.split(/\t|\s{3,}|\s+\|\s+/).map((p) => p.trim());
  if (parts.every((p) => MARKING.test(p) || PAGE_NUMBER.test(p))) return true;
  // "OFFICIAL      1      July 2018": a footer's marking and page number, and the month it was
  // written beside them (a date alone, or beside a number only, may be the meeting's or a table's).
  return (
    parts.length >= 3 &&
    parts.some((p) => MARKING.test(p)) &&
    parts.some((p) => PAGE_NUMBER.test(p)) &&
    parts.every((p) => MARKING.test(p) || PAGE_NUMBER.test(p) || FOOTER_DATE.test(p))
  );
}

const ENDS_SENTENCE = /[.!?:]["')\]]?\s*$/;

/**
 * Lines that open two or more pages (the first lines after a form feed, the same each time): a
 * running header such as "IDMG minutes – 12 March 2013", which a page break must not leave in an
 * action cut in two.
 */
function runningHeaders(lines: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  // The top of the first page counts as a page's top: a header on it and after one break is two.
  let pages = 1;
  const top = (from: number) => {
    let taken = 0;
    // A line counts once a page: two attendees of one body written alike at a page's top
    // ("Scottish Executive ⇥ Official (for …)" twice) are no header recurring page after page.
    const page = new Set<string>();
    for (let j = from; j < lines.length && taken < 3; j += 1) {
      // A page's top lines stop at its end: a short page's are not the next page's.
      if (lines[j] === '\f') return;
      const t = (lines[j] ?? '').trim();
      if (t === '') continue;
      taken += 1;
      if (t.length <= 120 && !page.has(t)) seen.set(t, (seen.get(t) ?? 0) + 1);
      page.add(t);
    }
  };
  top(0);
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i] !== '\f') continue;
    pages += 1;
    top(i + 1);
  }
  const out = new Set<string>();
  if (pages < 2) return out;
  for (const [line, count] of seen) if (count >= 2) out.add(line);
  return out;
}

/**
 * Lines that end page after page: the last line before each break and the document's last line,
 * when one of them recurs ("Strategy Board minutes – 3 February 2016"). A running footer, which a
 * page break must not leave in an action cut in two, as a running header must not.
 */
function runningFooters(lines: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  const bottom = (before: number) => {
    // A page's last line is near its end: a few lines back at most, and never on the page before.
    for (let j = before - 1; j >= 0 && j >= before - 20; j -= 1) {
      if (lines[j] === '\f') return;
      const t = (lines[j] ?? '').trim();
      if (t === '' || isPageFurniture(t)) continue;
      if (t.length <= 120) seen.set(t, (seen.get(t) ?? 0) + 1);
      return;
    }
  };
  let breaks = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i] !== '\f') continue;
    breaks += 1;
    bottom(i);
  }
  const out = new Set<string>();
  if (breaks === 0) return out;
  bottom(lines.length);
  for (const [line, count] of seen) if (count >= 2) out.add(line);
  return out;
}

/**
 * The first page's top lines (its title, the body's name), each in lower case, and the dates they
 * give: a line at the top of a later page made of them, a date and page furniture is a running
 * header, though Word's "different first page" prints it on no page but the later ones.
 */
interface FirstPageTop {
  lines: Set<string>;
  dates: Set<string>;
  /** the top lines' words, in lower case, and their initials ("IDMG") */
  words: Set<string>;
  initials: Set<string>;
}

const dateKey = (d: { day: number; month: number; year: number | null }) => `${d.year}-${d.month}-${d.day}`;

function firstPageTop(lines: readonly string[]): FirstPageTop {
  const top = noTop();
  for (const line of lines) {
    if (line === '\f' || top.lines.size >= 5) break;
    const written = stripMarkup(line).trim();
    const t = written.toLowerCase();
    // "Attendees:", "1. Welcome": a list's label or an item heads a page only once, where it stands.
    if (t === '' || t.length > 120 || /:$|^\d{1,2}[.)]\s/.test(t)) continue;
    top.lines.add(t);
    for (const w of t.split(/[^a-z\u00e0-\u024f]+/)) if (w !== '') top.words.add(w);
    if (written.split(/\s+/).length >= 3) top.initials.add(initials(written));
    for (const d of findDates(t)) top.dates.add(dateKey(d));
  }
  return top;
}

const noTop = (): FirstPageTop => ({
  lines: new Set(),
  dates: new Set(),
  words: new Set(),
  initials: new Set(),
});

/**
 * "IDMG on Modern Slavery" under "Inter-Departmental Ministerial Group on Modern Slavery": the
 * title shortened, each word one of its own or letters of its initials.
 */
function shortensTitle(part: string, top: FirstPageTop): boolean {
  const ws = part.split(/\s+/);
  let lettered = false;
  for (const w of ws) {
    if (/^[A-Z]{2,8}$/.test(w) && [...top.initials].some((i) => i.includes(w))) lettered = true;
    else if (!top.words.has(w.toLowerCase())) return false;
  }
  return lettered;
}

// "IDMG minutes", "Board meeting notes": a running header's short name for the document.
const DOCUMENT_NAME = /^(?:\S+\s+){0,5}(?:minutes|notes|record)(?:\s+\S+){0,2}$/i;

/**
 * "Anti-Slavery Working Group – 11 July 2013", "IDMG minutes - 12 February 2013": the document's
 * title as its first page gives it, or a short name for the minutes with the meeting's own date,
 * and page furniture: a page's header.
 */
function namesDocument(line: string, top: FirstPageTop): boolean {
  const t = line.trim();
  if (t.length > 160 || ENDS_SENTENCE.test(t)) return false;
  let titled = false;
  let named = false;
  let dated = false;
  for (const part of t.split(/\s+[–—|-]\s+|\t|\s{3,}/)) {
    const p = part.trim();
    if (p === '' || isPageFurniture(p)) continue;
    if (top.lines.has(p.toLowerCase())) titled = true;
    else if (DOCUMENT_NAME.test(p) || shortensTitle(p, top)) named = true;
    else {
      const date = dateAlone(p);
      if (date === null) return false;
      dated ||= top.dates.has(date);
    }
  }
  return titled || (named && dated);
}

/** The date a text is and nothing more, as a key, or null. */
function dateAlone(text: string): string | null {
  const found = findDates(text);
  const d = found[0];
  if (found.length !== 1 || !d || text.slice(0, d.index).trim() !== '' || text.slice(d.end).trim() !== '')
    return null;
  return dateKey(d);
}

/**
 * Removes page breaks and the headers and footers around them. A break in mid-sentence leaves no
 * trace (so an action cut in two reads as one); a break between paragraphs leaves one blank line.
 */
/** A short line with a page's number ("Page 2 of 3") straight under it: the top of a page. */
function overPageNumber(lines: readonly string[], at: number): boolean {
  const line = lines[at] ?? '';
  if (line.trim().length > 160 || ENDS_SENTENCE.test(line)) return false;
  const next = lines[at + 1] ?? '';
  return next.trim() !== '' && next !== '\f' && isPageFurniture(next);
}

export function removePageFurniture(lines: readonly string[]): string[] {
  const running = runningHeaders(lines);
  const top: FirstPageTop = lines.includes('\f') ? firstPageTop(lines) : noTop();
  const footers = runningFooters(lines);
  // A running footer where it stands: followed by nothing but blank lines and a break (or the end).
  const footerAt = (k: number): boolean => {
    const line = lines[k] ?? '';
    // Footers are kept at 120 characters at most (see runningFooters): a longer line is none.
    if (footers.size === 0 || line.length > 240 || !footers.has(line.trim())) return false;
    for (let j = k + 1; j < lines.length && j <= k + 20; j += 1) {
      const l = lines[j] ?? '';
      if (l === '\f') return true;
      if (l.trim() !== '' && !isPageFurniture(l)) return false;
    }
    return k + 20 >= lines.length;
  };
  const stampAt = (k: number): boolean => {
    const t = (lines[k] ?? '').trim();
    return running.size > 0 && PRINT_STAMP.test(t) && running.has(t);
  };
  const out: string[] = [];
  // Until the first line of text, no page has broken: "OFFICIAL-SENSITIVE" over the title is a
  // marking to drop, but the title under it is the first page's own top, not a running header.
  let started = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed !== '' && line !== '\f' && !isPageFurniture(line) && !footerAt(i) && !stampAt(i)) {
      out.push(line);
      started = true;
      i += 1;
      continue;
    }
    // A run of blank lines, form feeds and furniture.
    let j = i;
    let isBreak = false;
    let fed = false;
    while (j < lines.length) {
      const l = lines[j] ?? '';
      if (l === '\f') fed = true;
      if (l === '\f' || isPageFurniture(l) || footerAt(j) || stampAt(j)) isBreak = true;
      else if (
        isBreak &&
        (started || fed) &&
        (running.has(l.trim()) || overPageNumber(lines, j) || (fed && namesDocument(l, top)))
      ) {
        // a running header ("IDMG minutes – 12 March 2013") on the new page, recurring or standing
        // over the page's number ("Page 2 of 3") at its top
      } else if (l.trim() !== '') break;
      j += 1;
    }
    if (!isBreak) {
      for (let k = i; k < j; k += 1) out.push('');
    } else {
      let prev = '';
      for (let k = out.length - 1; k >= 0; k -= 1) {
        const candidate = out[k] ?? '';
        if (candidate.trim() !== '') {
          prev = candidate;
          break;
        }
      }
      // Markup at the end of a PDF-to-text line (</p>, a trailing tab) must not hide the full stop.
      const prevText = stripMarkup(prev.slice(-300)).trimEnd();
      if (prevText === '' || ENDS_SENTENCE.test(prevText)) out.push('');
    }
    i = j;
  }
  return out;
}

/** Splits normalised text into lines; a form feed becomes a line of its own (a page break). */
export function toLines(text: string): string[] {
  const lines = text.split('\n');
  // Spaces at the end of a line mean nothing (a Markdown line break, Word's and Outlook's padding),
  // and would hide a header's or a table row's end. Tabs stay: a trailing tab is an empty cell.
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.charCodeAt(line.length - 1) === 32) lines[i] = line.replace(/ +$/, '');
  }
  if (!text.includes('\f')) return lines;
  // Splitting first and expanding the few lines with a form feed avoids copying the document.
  const out: string[] = [];
  for (const line of lines) {
    if (!line.includes('\f')) {
      out.push(line);
      continue;
    }
    const pieces = line.split('\f');
    out.push(pieces[0] ?? '');
    for (let i = 1; i < pieces.length; i += 1) out.push('\f', pieces[i] ?? '');
  }
  return out;
}

// Block-level tags mark paragraph ends in HTML and in PDF-to-text output that wraps runs in <p>.
const BLOCK_TAG =
  /<\/?(?:p|div|br|li|ul|ol|tr|td|th|h[1-6]|table|tbody|thead|section|article|header|footer|blockquote|hr)\b[^<>]{0,500}>/gi;

/** Splits one cell of a line into its paragraphs and removes any other markup. */
export function splitParagraphs(cell: string): string[] {
  if (!cell.includes('<')) return [cell];
  return cell
    .replace(BLOCK_TAG, '\n')
    .split('\n')
    .map((p) => stripMarkup(p));
}

// "Yn bresennol / Present:", "Eitem 2 / Item 2 – …": a bilingual label, Welsh first. Within one
// cell: "| Item | Discussion | Outcome / Action |" is a table's header, not a label. An item's
// heading, "3. Cyfarfod nesaf / Next meeting", "3 – Cyfarfod nesaf / …" or "Item 3 – Cyfarfod
// nesaf / …", is none, however its number is set off or marked up ("**3. … / …**").
const BILINGUAL_LABEL =
  /^(?!\s*(?:[*_#]+\s*)?(?:\d{1,3}(?:[.):/]|\s+[–—-])?\s|(?:agenda\s+)?item\s+\d{1,3}\b))[^/|\t]{1,40}?\s\/\s(?=(?:present|attendees|attendance|apologies|in\s+attendance|agenda|(?:agreed\s+)?actions?(?:\s+points?|\s+items?)?|item\s+\d|date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\b)/i;

/**
 * Keeps the English half of bilingual labels, which is what the rest of the reader knows. A
 * numbered item keeps its number and its title as written ("3. Cyfarfod nesaf / Next meeting",
 * "Item 3 – Cyfarfod nesaf / Next meeting").
 */
export function englishLabels(lines: readonly string[]): string[] {
  return lines.map((line) =>
    line.includes(' / ') && line.length <= 300 ? line.replace(BILINGUAL_LABEL, '') : line,
  );
}
