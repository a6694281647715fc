/**
 * The minutes a corpus already has, written another way: other words for the labels and headings,
 * dates in figures, other sentences for the next meeting, other departments, items headed
 * "Item N –". Each variant rewrites a document's text and its expected parse alike, so the reader
 * is measured on the rewritten document against the rewritten expectation: a document it read
 * before and misreads now points at a class it has learned from its fixtures' wording. Pure.
 */
import type { Parse } from './score.js';

export interface Variant {
  name: string;
  about: string;
  /** the rewritten text and expectation, or null when the variant changes nothing in this document */
  rewrite(text: string, expected: Parse): { text: string; expected: Parse } | null;
}

type Replacer = (match: string, ...groups: string[]) => string;
type Swap = readonly [RegExp, string | Replacer];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "13 September 2013" with `gap` between its parts: its day, month and year captured. */
const dateInWords = (gap: string, flags?: string, yearGap = gap) =>
  new RegExp(
    String.raw`(?<![\w/])(\d{1,2})(?:st|nd|rd|th)?${gap}(${MONTHS.join('|')})${yearGap}(\d{4})(?![\w/])`,
    flags,
  );
const DATE_IN_WORDS = dateInWords(' ', 'g');
// The same broken over lines or spaced out (a box's column, "&nbsp;" gone to spaces).
const DATE_SPREAD = dateInWords(String.raw`\s+`);
// A date one of whose gaps is a line break, a run of spaces or a no-break space (a rewrite that
// keeps the date in words would match DATE_SPREAD at every date it wrote).
const BROKEN = String.raw`(?:[ \t\r]*\n\s*|[ \t]{2,}|\t|\u00a0|&nbsp;)`;
const DATE_BROKEN = new RegExp(
  `${dateInWords(BROKEN, undefined, String.raw`\s+`).source}|${dateInWords(String.raw`\s+`, undefined, BROKEN).source}`,
);
const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.indexOf(name) + 1;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "st", "nd", "rd" or "th" for a day of the month. */
const ordinal = (d: number) =>
  d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';

/** Every string of the expectation but its dates and times (which a rewrite of the words keeps). */
function mapStrings(expected: Parse, f: (s: string) => string): Parse {
  const keep = new Set(['date', 'due', 'start', 'end', 'number', 'item']);
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return keep.has(key) ? value : f(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(expected, '') as Parse;
}

/**
 * A variant that swaps words in the text and in the expectation alike. `undone`: what the swaps
 * cannot reach in a document's text (a date broken over two lines) though the expectation writes
 * it on one: such a document is left out, its text and expectation no longer saying the same.
 */
function swaps(name: string, about: string, list: readonly Swap[], undone?: RegExp): Variant {
  const apply = (s: string) =>
    list.reduce(
      (t, [pattern, by]) => (typeof by === 'string' ? t.replace(pattern, by) : t.replace(pattern, by)),
      s,
    );
  return {
    name,
    about,
    rewrite(text, expected) {
      const rewritten = apply(text);
      if (rewritten === text || undone?.test(rewritten)) return null;
      return { text: rewritten, expected: mapStrings(expected, apply) };
    },
  };
}

/**
 * A variant of the layout alone: the text rewritten line by line (each line without its CR, put
 * back after), the expectation as it was.
 */
function layout(name: string, about: string, rewrite: (text: string) => string | null): Variant {
  return {
    name,
    about,
    rewrite(text, expected) {
      const rewritten = rewrite(text);
      return rewritten === null || rewritten === text ? null : { text: rewritten, expected };
    },
  };
}

const eachLine = (text: string, f: (line: string) => string) =>
  text
    .split('\n')
    .map((l) => (l.endsWith('\r') ? `${f(l.slice(0, -1))}\r` : f(l)))
    .join('\n');

/** Tabs to the next stop of eight, at least two spaces on (one space would join two cells' words). */
function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) {
    if (ch !== '\t') out += ch;
    else {
      const gap = 8 - (out.length % 8);
      out += ' '.repeat(gap < 2 ? gap + 8 : gap);
    }
  }
  return out;
}

// A whole word (no letter on either side), as a department's initials are written.
const word = (w: string) => new RegExp(`(?<![A-Za-z])${w}(?![A-Za-z])`, 'g');

export const VARIANTS: readonly Variant[] = [
  swaps('labels-a', 'Present / Apologies for absence / Action points / Action Point', [
    [/^Attendees:/gm, 'Present:'],
    [/^Apologies:/gm, 'Apologies for absence:'],
    [word('Actions:'), 'Action points:'],
    [word('ACTION:'), 'Action Point:'],
  ]),
  swaps('labels-b', 'Those present / Attending / Apologies received / Agreed actions / AGREED ACTION', [
    [/^Attendees:/gm, 'Those present:'],
    [/^Present:/gm, 'Attending:'],
    [/^Apologies:/gm, 'Apologies received:'],
    [word('Actions:'), 'Agreed actions:'],
    [word('ACTION:'), 'AGREED ACTION:'],
  ]),
  swaps('labels-c', 'Attendance / Absent / Action items / ACTION POINT', [
    [/^Attendees:/gm, 'Attendance:'],
    [/^Apologies:/gm, 'Absent:'],
    [word('Actions:'), 'Action items:'],
    [word('ACTION:'), 'ACTION POINT:'],
  ]),
  swaps('actions-agreed', '"Actions:" written "Actions agreed:"', [[word('Actions:'), 'Actions agreed:']]),
  swaps('action-dash', '"ACTION:" written "Action –"', [[word('ACTION:'), 'Action –']]),
  swaps('next-scheduled', 'the next meeting "is scheduled for"', [
    [
      /The next (?:IDMG |Board |Group )?meeting will (?:be held|take place) on /g,
      'The next meeting is scheduled for ',
    ],
  ]),
  swaps('next-agreed', 'the next meeting "It was agreed that … would take place on"', [
    [
      /The next (?:IDMG |Board |Group )?meeting will (?:be held|take place) on /g,
      'It was agreed that the next meeting would take place on ',
    ],
  ]),
  swaps(
    'dates-figures',
    'dates in words written 13/09/2013',
    [
      [
        DATE_IN_WORDS,
        (_m: string, d: string, m: string, y: string) => `${pad(Number(d))}/${pad(monthOf(m))}/${y}`,
      ],
    ],
    DATE_SPREAD,
  ),
  swaps(
    'dates-iso',
    'dates in words written 2013-09-13',
    [
      [
        DATE_IN_WORDS,
        (_m: string, d: string, m: string, y: string) => `${y}-${pad(monthOf(m))}-${pad(Number(d))}`,
      ],
    ],
    DATE_SPREAD,
  ),
  swaps(
    'dates-short',
    'months shortened: 13 Sep 2013',
    [[DATE_IN_WORDS, (_m: string, d: string, m: string, y: string) => `${d} ${m.slice(0, 3)} ${y}`]],
    DATE_SPREAD,
  ),
  swaps('labels-caps', 'labels in capitals: ATTENDEES / PRESENT / APOLOGIES / ACTIONS / ACTION', [
    [/^Attendees:/gm, 'ATTENDEES:'],
    [/^Present:/gm, 'PRESENT:'],
    [/^Apologies:/gm, 'APOLOGIES:'],
    [word('Actions:'), 'ACTIONS:'],
    [word('Action:'), 'ACTION:'],
  ]),
  swaps(
    'dates-ordinal',
    'dates in words with an ordinal day: 13th September 2013',
    [
      [
        DATE_IN_WORDS,
        (whole: string, d: string, m: string, y: string) =>
          /\d(?:st|nd|rd|th)/.test(whole) ? whole : `${d}${ordinal(Number(d))} ${m} ${y}`,
      ],
    ],
    DATE_BROKEN,
  ),
  // At a line's start only: bold inside a PDF extractor's run-on line is no layout any tool writes.
  swaps('labels-bold', 'action labels starting their line in Markdown bold: **ACTION:**, **Actions:**', [
    [/^([ \t]*)(ACTION:|Action:|Actions:)(?!\*)/gm, '$1**$2**'],
  ]),
  swaps(
    'due-no-year',
    'due dates after "by" without their year: by 13 September',
    [
      [
        /\bby (\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)) \d{4}(?![\w/])/g,
        'by $1',
      ],
    ],
    DATE_BROKEN,
  ),
  swaps('deputy-behalf', 'deputies written "on behalf of": "(on behalf of X)", "attending on behalf of X"', [
    [/\((?:for|deputising for|substituting for) (?=[A-Z])/g, '(on behalf of '],
    [/\b(?:deputising|substituting) for (?=[A-Z])/g, 'attending on behalf of '],
  ]),
  swaps('owners-ampersand', 'two names joined by "&": "Home Office & MOJ"', [
    [/(?<=\b[A-Z][A-Za-z]*) and (?=[A-Z])/g, ' & '],
  ]),
  // Names of the same length, so fixed-width columns keep their places.
  swaps(
    'other-departments',
    'Home Office → HM Treasury, MOJ → MOD, DfE → DfT, SOCA → NPCC, FCO → DIT, DWP → ONS',
    [
      [word('Home Office'), 'HM Treasury'],
      [word('HOME OFFICE'), 'HM TREASURY'],
      [word('Home office'), 'HM treasury'],
      [word('home office'), 'hm treasury'],
      [word('MOJ'), 'MOD'],
      [word('DfE'), 'DfT'],
      [word('SOCA'), 'NPCC'],
      [word('FCO'), 'DIT'],
      [word('DWP'), 'ONS'],
    ],
    // The same bodies by other names, which the swaps leave while the attendee they stood for goes;
    // or a name broken over two lines.
    /(?<![A-Za-z])(?:HO|MoJ|Ministry\s+of\s+Justice|Department\s+for\s+(?:Education|Work\s+and\s+Pensions)|Foreign\s+(?:and\s+Commonwealth\s+)?Office|Home\s*\n\s*Office)(?![A-Za-z])/,
  ),
  // Longer names: a document laid out in columns of spaces is left out (its columns would move).
  swaps(
    'departments-in-full',
    'MOJ, DfE, DWP, FCO and CPS written in full',
    [
      [word('MOJ'), 'Ministry of Justice'],
      [word('DfE'), 'Department for Education'],
      [word('DWP'), 'Department for Work and Pensions'],
      [word('FCO'), 'Foreign and Commonwealth Office'],
      [word('CPS'), 'Crown Prosecution Service'],
    ],
    /\S {3,}\S/,
  ),
  {
    name: 'item-dash',
    about: 'items headed "N. Title" written "Item N – Title"',
    rewrite(text, expected) {
      const titles = new Set(expected.items.map((i) => `${i.number}. ${i.title}`));
      const rewritten = text.replace(
        /^(\d{1,2})\. (.+?)(\r?)$/gm,
        (line, n: string, title: string, cr: string) =>
          titles.has(`${n}. ${title}`) ? `Item ${n} – ${title}${cr}` : line,
      );
      return rewritten === text ? null : { text: rewritten, expected };
    },
  },
  {
    name: 'item-paren',
    about: 'items headed "N. Title" written "N) Title"',
    rewrite(text, expected) {
      const titles = new Set(expected.items.map((i) => `${i.number}. ${i.title}`));
      const rewritten = text.replace(
        /^(\d{1,2})\. (.+?)(\r?)$/gm,
        (line, n: string, title: string, cr: string) =>
          titles.has(`${n}. ${title}`) ? `${n}) ${title}${cr}` : line,
      );
      return rewritten === text ? null : { text: rewritten, expected };
    },
  },
  {
    name: 'item-caps',
    about: 'items headed "N. Title" written in capitals, "N. TITLE" (titles compare without case)',
    rewrite(text, expected) {
      const titles = new Set(expected.items.map((i) => `${i.number}. ${i.title}`));
      const rewritten = text.replace(
        /^(\d{1,2})\. (.+?)(\r?)$/gm,
        (line, n: string, title: string, cr: string) =>
          titles.has(`${n}. ${title}`) ? `${n}. ${title.toUpperCase()}${cr}` : line,
      );
      return rewritten === text ? null : { text: rewritten, expected };
    },
  },
  {
    name: 'item-colon',
    about: 'items headed "N. Title" written "Item N: Title"',
    rewrite(text, expected) {
      const titles = new Set(expected.items.map((i) => `${i.number}. ${i.title}`));
      const rewritten = text.replace(
        /^(\d{1,2})\. (.+?)(\r?)$/gm,
        (line, n: string, title: string, cr: string) =>
          titles.has(`${n}. ${title}`) ? `Item ${n}: ${title}${cr}` : line,
      );
      return rewritten === text ? null : { text: rewritten, expected };
    },
  },
  {
    name: 'item-bold',
    about: 'items headed "N. Title" written in Markdown bold, "**N. Title**"',
    rewrite(text, expected) {
      const titles = new Set(expected.items.map((i) => `${i.number}. ${i.title}`));
      const rewritten = text.replace(
        /^(\d{1,2})\. (.+?)(\r?)$/gm,
        (line, n: string, title: string, cr: string) =>
          titles.has(`${n}. ${title}`) ? `**${n}. ${title}**${cr}` : line,
      );
      return rewritten === text ? null : { text: rewritten, expected };
    },
  },
  swaps('labels-bare', 'list labels alone on their line without a colon: "Attendees", "Apologies"', [
    [/^(Attendees|Present|Apologies|Actions):(\r?)$/gm, '$1$2'],
  ]),
  swaps(
    'dates-weekday',
    'dates in words with their weekday before them: Friday 13 September 2013',
    [
      [
        /(?<![\w/]|day,? )(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})(?![\w/])/g,
        (_m: string, d: string, m: string, y: string) =>
          `${WEEKDAYS[new Date(Date.UTC(Number(y), monthOf(m) - 1, Number(d))).getUTCDay()]} ${d} ${m} ${y}`,
      ],
    ],
    DATE_BROKEN,
  ),
  swaps('times-12h', 'meeting times on the 24-hour clock written on the 12-hour one: 2.00–3.30pm', [
    [
      /(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d) ?([–-]) ?([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g,
      (whole: string, h1: string, m1: string, dash: string, h2: string, m2: string) => {
        const a = Number(h1);
        const b = Number(h2);
        if (b <= a) return whole;
        const twelve = (h: number) => (h % 12 === 0 ? 12 : h % 12);
        const half = (h: number) => (h < 12 ? 'am' : 'pm');
        const start = `${twelve(a)}.${m1}${half(a) === half(b) ? '' : half(a)}`;
        return `${start}${dash}${twelve(b)}.${m2}${half(b)}`;
      },
    ],
  ]),
  {
    name: 'paragraph-letters',
    about: 'numbered paragraphs "2.1", "2.2" written "(a)", "(b)"',
    rewrite(text, expected) {
      // Paragraphs under the items the expectation has, in running text (not a table's references).
      const items = new Set(expected.items.map((i) => i.number));
      const rewritten = text.replace(
        /^([ \t]*)(\d{1,2})\.(\d{1,2})[ \t]+(?=[A-Z])(?![^\n]*(?:\t|\S {3,}\S))/gm,
        // "2.0": the item's own heading in decimal numbering, not a paragraph.
        (whole, indent: string, item: string, n: string) =>
          items.has(item) && Number(n) > 0
            ? `${indent}(${String.fromCharCode(96 + Math.min(26, Number(n)))}) `
            : whole,
      );
      return rewritten === text ? null : { text: rewritten, expected };
    },
  },
  // The same words laid out as other tools and editors leave them.
  layout('tabs-as-spaces', "tabs turned into spaces, as an editor's paste does", (t) =>
    t.includes('\t') ? eachLine(t, expandTabs) : null,
  ),
  layout('single-spaced', 'no blank lines at all, page breaks kept', (t) =>
    t
      .split('\n')
      .filter((l) => l.trim() !== '' || l.includes('\f'))
      .join('\n'),
  ),
  // (Between paragraphs only: a blank line between a table's rows or a paragraph's wrapped lines is
  // no layout an export writes.)
  layout('blank-lines-doubled', 'every blank line written twice', (t) =>
    /\n[ \t]*\r?\n/.test(t) ? t.replace(/(\n[ \t]*\r?\n)/g, (gap) => `${gap}${gap.slice(1)}`) : null,
  ),
  layout('bullets-dash', 'bullets "•" written "- "', (t) =>
    t.includes('•') ? eachLine(t, (l) => l.replace(/^([ \t]*)•[ \t]*/, '$1- ')) : null,
  ),
  layout('trailing-spaces', 'two spaces at the end of every line', (t) =>
    eachLine(t, (l) => (l.trim() === '' ? l : `${l}  `)),
  ),
  // (After a page's form feed: the new page's first line is as far in as the others.)
  layout('indented', 'every line four spaces in', (t) =>
    eachLine(t, (l) => (l.trim() === '' ? l : l.replace(/^\f?/, (feed) => `${feed}    `))),
  ),
  layout('crlf', 'Windows line ends', (t) => (t.includes('\r') ? null : t.replace(/\n/g, '\r\n'))),
  // Prose only: a table's row, a heading or a quoted line wrapped is no layout a mail client writes
  // (it would break a row in two, which no reader could be asked to mend).
  layout('wrapped-72', "prose lines wrapped at 72 characters, as a mail client's plain text is", (t) =>
    // A layout of aligned columns (pdftotext's) is no mail client's prose; text wrapped already,
    // wrapped again, is ragged as no one client leaves it.
    /<(?:p|table|div|html|br)\b/i.test(t) || /\S {3,}\S/.test(t) || wrappedAlready(t)
      ? null
      : eachLine(t, (l) => (WRAPPABLE(l) ? wrapAt(l, 72) : l)),
  ),
];

/**
 * A line of prose longer than a mail client's width: no cells, columns, indent, markup heading, quote
 * or CSV record.
 */
const WRAPPABLE = (line: string) =>
  line.length > 72 &&
  !/[\t|]|\S {2,}\S|^\s|^[#>=+{!^]|^"|","|(?:,(?=\S)[^,]*){3}/.test(line) &&
  !line.includes('\f');

/** Two lines or more of 60 characters or more that break off mid-sentence, the next in lower case. */
function wrappedAlready(text: string): boolean {
  const lines = text.split(/\r?\n/);
  let broken = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = (lines[i] ?? '').trimEnd();
    if (line.length >= 60 && !/[.!?:;]$/.test(line) && /^[a-z]/.test(lines[i + 1] ?? '')) broken += 1;
  }
  return broken >= 2;
}

/** Words put on lines of at most `width` characters (a longer word on its own line), unindented. */
function wrapAt(line: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const w of line.split(' ')) {
    if (current !== '' && current.length + 1 + w.length > width) {
      lines.push(current);
      current = w;
    } else current = current === '' ? w : `${current} ${w}`;
  }
  lines.push(current);
  return lines.join('\n');
}
