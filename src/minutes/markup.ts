/**
 * Minutes kept in a plain-text markup language (AsciiDoc, Confluence wiki or Textile, MediaWiki or
 * DokuWiki, Emacs org-mode, a forum's BBCode, an outliner's export, reStructuredText's field lists and table directives, Pandoc's definition
 * lists and footnotes) or
 * with text drawn in ASCII boxes: the markup becomes the plain lines every other stage reads
 * (a heading is marked as Markdown marks one, "## ", a table becomes a pipe table with a rule under its header, a box's
 * frame goes and its text stays a paragraph of its own). Each format is recognised by markup that
 * only it writes, so a stray "= " or "h1." in ordinary minutes is left alone. Pure: lines in,
 * lines out.
 */

import { DateTime } from 'luxon';
import { bbcode } from './bbcode.js';
import { findDates } from './dates.js';
import { fieldOf } from './fields.js';
import { embeddedHtmlTables } from './html/embedded-tables.js';
import { markdownExtras } from './markdown-extras.js';
import {
  ARROW_CHARS,
  isActionItemsHeading,
  isActionStyle,
  isActionSummaryHeading,
  isAgendaHeading,
  isBareLabel,
  isRecordSection,
  matchLabel,
  matchSection,
} from './markers.js';
import { outline } from './outline.js';
import { pipeRow, ruleFor } from './pipe-rows.js';
import { rstTables } from './rst-tables.js';
import { assignsTask, startsWithActionVerb } from './verbs.js';

/** How each format marks what the reader needs; the vocabulary of the stage, kept apart from its code. */
const FORMATS = {
  asciidoc: {
    // "= Title", "== 1. Item": section titles (not a reStructuredText rule, "=====  =====").
    heading: /^={1,6}\s+(?=[^\s=])/,
    // ":revdate: 14 May 2019", "[cols="1,4",options="header"]", "// comment": metadata, not text.
    metadata: /^(?::[\w-]+:.*|\[[^\]]*\]|\/\/.*)$/,
    // ":revdate: 8 December 2015": the document's date, shown as the header's date line.
    dateAttribute: /^:(?:revdate|date):\s*(\S.*)$/i,
    tableFence: /^\|={3,}\s*$/,
    closingRun: /[ \t]+={1,6}[ \t]*$/,
  },
  confluence: {
    heading: /^h[1-6]\.\s+(?=\S)/,
    headerRow: /^\|\|.*\|\|\s*$/,
    // Textile (Redmine, and Confluence's own ancestor) marks a header cell "|_. Action |_. Owner |".
    textileHeaderRow: /^\s*\|_\.\s.*\|\s*$/,
    textileHeaderCell: /\|_\.\s*/g,
    // "{panel:title=Actions|borderStyle=solid}" … "{panel}", "{info}…{info}": a macro's box around
    // text; its title (a panel's, an expand's) heads what it holds.
    box: /\{(?:panel|info|note|tip|warning|expand|quote|section|column|excerpt)(?::([^{}]{0,300}))?\}/g,
    // "{status:colour=Yellow|title=Open}": a coloured lozenge, which says its title.
    status: /\{status(?::([^{}]{0,300}))?\}/g,
  },
  wiki: {
    // "== Present ==" (MediaWiki), "===== Attendees =====" (DokuWiki): a heading closed by the run
    // of "=" that opened it. (AsciiDoc allows the closing run too; its fence tells it apart.)
    closedHeading: /^(={1,6})[ \t]*([^=\s].*?)[ \t]*\1[ \t]*$/,
    // MediaWiki's table: "{|" opens, "|-" parts rows, "!" starts header cells ("!!" between them),
    // "|" data cells ("||" between them), "|+" a caption, "|}" closes.
    tableOpen: /^\s*\{\|/,
    tableClose: /^\s*\|\}/,
    rowBreak: /^\s*\|-/,
    caption: /^\s*\|\+/,
    headerCells: /^\s*!/,
    dataCells: /^\s*\|/,
    // 'style="…" | text': a cell's attributes before a single bar, not its text.
    cellAttributes: /^\s*(?:[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|\S+)\s*)+\|(?!\|)/,
    // DokuWiki's header row: "^ Action ^ Owner ^ Due ^".
    dokuHeaderRow: /^\s*\^.*\^\s*$/,
    // '''bold''' and ''italic'': emphasis, no part of the words.
    emphasis: /(?<!')'{2,5}(?!')/g,
  },
  org: {
    heading: /^\*{1,6}\s+(?=\S)/,
    // "#+TITLE: …", "#+DATE: …" give the header; other "#+" lines are settings.
    keyword: /^#\+([A-Za-z_]+):\s*(.*)$/,
    shownKeywords: new Set(['title', 'date', 'subtitle']),
    // "<2016-05-10 Tue 14:00-15:30>", "[2016-02-09 Tue 15:10]": a timestamp, active or not.
    timestamp:
      /[<[](\d{4})-(\d{2})-(\d{2})(?:\s+[A-Za-z]{2,3}\.?)?(?:\s+(\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?))?[>\]]/g,
    tableRule: /^\s*\|[-+]+\|?\s*$/,
  },
  frontMatter: {
    // YAML front matter, as static-site and Pandoc exports open a Markdown file: "---", "key: value"
    // lines, "---" (or "...").
    open: /^---\s*$/,
    close: /^(?:---|\.\.\.)\s*$/,
    entry: /^(?:[\w-]+\s*:.*|\s+.*|\s*-\s.*|\s*)$/,
    field: /^(title|date|subtitle)\s*:\s*(.*)$/i,
    // "next_meeting: 2023-08-15T09:00:00Z": the next meeting, as a line of the minutes gives it.
    nextMeeting: /^next[\s_-]?meeting\s*:\s*(\S.*)$/i,
    // "attendees:" over "  - Ruth Baker (…)": a list under a key (which keys are attendance lists is
    // matchSection's vocabulary).
    listKey: /^([A-Za-z][\w -]{1,30}):\s*$/,
    listEntry: /^\s*-\s+(.+)$/,
    // Pandoc's title block instead: "% Title", "% Author", "% Date" as the first lines.
    pandocTitle: /^%\s+(\S.*)$/,
    // The document's own title, a Markdown heading of the first level ("# 1. Welcome", numbered,
    // is an item's).
    heading: /^#\s+(?!\d{1,3}[.):]?\s)\S/,
  },
  rst: {
    // reStructuredText's field list, ":Chair: Cllr Amy Hall (…)": the field's name between colons,
    // capitalised (a chat tool's lower-case shortcode, ":pushpin:", is no field).
    field: /^:([A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,3}):[ \t]+(\S.*)$/,
  },
  admonition: {
    // '!!! todo "Actions"', '??? note': a Markdown extension's boxed note (Python-Markdown, MkDocs),
    // its body indented four spaces under it; its title in quotes, or its type as the title.
    indented: /^(\s*)(?:!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]{0,20})(?:[ \t]+"([^"]{0,120})")?[ \t]*$/,
    // ":::note Actions" … ":::", ':::: {.todo title="Actions"}': a fenced one (Docusaurus, Pandoc),
    // its body between the fences.
    fenceOpen:
      /^[ \t]*:{3,}[ \t]*\{?[ \t]*\.?([A-Za-z][\w-]{0,20})(?:[ \t]+(?:title=")?([^"}]{1,120})"?)?[ \t]*\}?[ \t]*$/,
    fenceClose: /^[ \t]*:{3,}[ \t]*$/,
    // '::: {custom-style="Action Point"}': Pandoc's div for a Word paragraph style it kept (from a
    // .docx read with +styles): no box, but the style may say what the paragraphs are.
    styleFence: /^[ \t]*:{3,}[ \t]*\{[ \t]*custom-style="([^"]{1,60})"[^{}]{0,100}\}[ \t]*$/,
    // "[31 March 2025]{.mark}", "[clause]{.underline}": Pandoc's span, its attributes no part of the words.
    span: /\[([^[\]\n]{1,300}(?:\n[^[\]\n]{1,300})?)\]\{[^{}\n]{1,100}\}/g,
  },
  box: {
    // "+------+" or a run of one frame character ("*******", "#######", "=======" is a rule elsewhere).
    rule: /^\s*(?:\+-{3,}\+|\*{8,}|#{8,})\s*$/,
    // Its sides: "| … |", "* … *", "# … #".
    line: /^\s*([|*#])(.*)\1\s*$/,
  },
} as const;

type Format = 'asciidoc' | 'confluence' | 'org' | 'wiki';

/** The format a document is written in, by lines only it writes (two headings, a fence, a keyword). */
function formatOf(lines: readonly string[]): Format | null {
  let asciidoc = 0;
  let confluence = 0;
  let wiki = 0;
  let fenced = false;
  for (const line of lines.slice(0, 400)) {
    if (FORMATS.org.keyword.test(line)) return 'org';
    if (FORMATS.asciidoc.tableFence.test(line)) fenced = true;
    if (FORMATS.asciidoc.tableFence.test(line) || /^=\s+[^\s=]/.test(line)) asciidoc += 2;
    else if (FORMATS.asciidoc.heading.test(line)) asciidoc += 1;
    if (
      FORMATS.confluence.heading.test(line) ||
      FORMATS.confluence.headerRow.test(line) ||
      FORMATS.confluence.textileHeaderRow.test(line)
    )
      confluence += 1;
    if (FORMATS.wiki.tableOpen.test(line) || FORMATS.wiki.dokuHeaderRow.test(line)) wiki += 2;
    else if (FORMATS.wiki.closedHeading.test(line)) wiki += 1;
  }
  // Headings closed as they open and no AsciiDoc fence, or a wiki's own table: a wiki page.
  if (wiki >= 2 && !fenced) return 'wiki';
  if (asciidoc >= 2) return 'asciidoc';
  if (confluence >= 2) return 'confluence';
  return null;
}

/** An AsciiDoc line's cells: "| a | b" -> ["a", "b"]; a line with no "|" first goes on with the cell above. */
const adocCells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .split('|')
    .map((c) => c.trim());

function asciidoc(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inTable = false;
  let header = true;
  // The first line's cells set the table's width; a row may then write its cells a line each, as
  // AsciiDoc allows ("| Write to …" / "| Home Office" / "| 31/03/2016"), until it has that many.
  let width = 0;
  let pending: string[] = [];
  const emit = (cells: string[]) => {
    const row = pipeRow(cells);
    out.push(row);
    // The first row is the header (options="header", or a title row as most exports write).
    if (header) out.push(ruleFor(row));
    header = false;
  };
  for (const line of lines) {
    if (FORMATS.asciidoc.tableFence.test(line)) {
      if (inTable && pending.length > 0) emit(pending);
      inTable = !inTable;
      header = true;
      width = 0;
      pending = [];
      continue;
    }
    if (inTable) {
      if (line.trim() === '') continue;
      if (!line.trim().startsWith('|') && pending.length > 0) {
        pending[pending.length - 1] = `${pending[pending.length - 1]} ${line.trim()}`;
        continue;
      }
      const cells = adocCells(line);
      if (width === 0) width = cells.length;
      pending.push(...cells);
      while (pending.length >= width) emit(pending.splice(0, width));
      continue;
    }
    const dated = FORMATS.asciidoc.dateAttribute.exec(line);
    if (dated) {
      out.push(dated[1] ?? '', '');
      continue;
    }
    if (FORMATS.asciidoc.metadata.test(line)) continue;
    // "== 1. Welcome ==": AsciiDoc allows a title closed by the run that opened it.
    out.push(
      FORMATS.asciidoc.heading.test(line)
        ? line.replace(FORMATS.asciidoc.heading, '## ').replace(FORMATS.asciidoc.closingRun, '')
        : line,
    );
  }
  return out;
}

function confluence(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (FORMATS.confluence.headerRow.test(line)) {
      const row = line.trim().replace(/\|\|/g, '|');
      out.push(row, ruleFor(row));
      continue;
    }
    if (FORMATS.confluence.textileHeaderRow.test(line)) {
      const row = line.trim().replace(FORMATS.confluence.textileHeaderCell, '| ');
      out.push(row, ruleFor(row));
      continue;
    }
    out.push(...confluenceMacros(line.replace(FORMATS.confluence.heading, '## ')));
  }
  return out;
}

/** A macro's parameter: "title" in "title=Actions|borderStyle=solid". */
function macroParameter(parameters: string | undefined, name: string): string {
  for (const part of (parameters ?? '').split('|')) {
    const [key, value] = part.split('=');
    if (key?.trim().toLowerCase() === name) return (value ?? '').trim();
  }
  return '';
}

/** A Confluence line's macros read: a box's title as a heading on a line of its own, a status as its title, the rest gone. */
function confluenceMacros(line: string): string[] {
  if (!line.includes('{')) return [line];
  const { box, status } = FORMATS.confluence;
  const titles: string[] = [];
  const text = line
    .replace(status, (_, parameters: string | undefined) => macroParameter(parameters, 'title'))
    .replace(box, (_, parameters: string | undefined) => {
      const title = macroParameter(parameters, 'title');
      if (title !== '') titles.push(title);
      return '';
    });
  if (text === line) return [line];
  const rest = text.trim() === '' ? [] : [text.trim()];
  return titles.length > 0 ? [...titles.map((t) => `## ${t}`), ...rest] : rest.length > 0 ? rest : [''];
}

/** A MediaWiki cell's text, without the attributes a bar sets off before it. */
const wikiCell = (cell: string) => cell.replace(FORMATS.wiki.cellAttributes, '').trim();

/**
 * MediaWiki and DokuWiki pages: closed headings marked as Markdown marks them, emphasis dropped,
 * a "{| … |}" table or a "^ … ^" header row read as a pipe table with a rule under its header.
 */
function wiki(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inTable = false;
  let row: string[] = [];
  let ruled = false;
  const emit = () => {
    if (row.length === 0) return;
    const piped = pipeRow(row);
    out.push(piped);
    // The first row is the header, whether its cells are marked "!" or not (as AsciiDoc's is read).
    if (!ruled) out.push(ruleFor(piped));
    ruled = true;
    row = [];
  };
  for (const raw of lines) {
    const line = raw.replace(FORMATS.wiki.emphasis, '');
    if (!inTable && FORMATS.wiki.tableOpen.test(line)) {
      inTable = true;
      ruled = false;
      row = [];
      continue;
    }
    if (inTable) {
      if (FORMATS.wiki.tableClose.test(line)) {
        emit();
        inTable = false;
      } else if (FORMATS.wiki.rowBreak.test(line)) emit();
      else if (FORMATS.wiki.caption.test(line)) continue;
      else if (FORMATS.wiki.headerCells.test(line)) {
        row.push(
          ...line
            .trim()
            .slice(1)
            .split(/!!|\|\|/)
            .map(wikiCell),
        );
      } else if (FORMATS.wiki.dataCells.test(line)) {
        row.push(...line.trim().slice(1).split('||').map(wikiCell));
      } else if (line.trim() !== '' && row.length > 0) {
        // A cell's text runs on over the lines below it.
        row[row.length - 1] = `${row[row.length - 1]} ${line.trim()}`;
      }
      continue;
    }
    if (FORMATS.wiki.dokuHeaderRow.test(line)) {
      const piped = line.trim().replace(/\^/g, '|');
      out.push(piped, ruleFor(piped));
      continue;
    }
    const heading = FORMATS.wiki.closedHeading.exec(line);
    out.push(heading ? `## ${heading[2] ?? ''}` : line);
  }
  if (inTable) emit();
  return out;
}

function org(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const keyword = FORMATS.org.keyword.exec(line);
    if (keyword) {
      if (FORMATS.org.shownKeywords.has((keyword[1] ?? '').toLowerCase())) out.push(keyword[2] ?? '', '');
      continue;
    }
    if (FORMATS.org.tableRule.test(line)) {
      out.push(line.replace(/\+/g, '|'));
      continue;
    }
    out.push(line.replace(FORMATS.org.heading, '## ').replace(FORMATS.org.timestamp, orgTimestamp));
  }
  return out;
}

/**
 * "<2016-05-10 Tue 14:00-15:30> Room 3" as minutes write it: "10 May 2016, 14:00-15:30, Room 3" (a
 * comma parting the place that follows).
 */
function orgTimestamp(
  whole: string,
  year: string,
  month: string,
  day: string,
  time: string | undefined,
  at: number,
  line: string,
): string {
  const date = DateTime.fromObject(
    { year: Number(year), month: Number(month), day: Number(day) },
    { locale: 'en-GB' },
  );
  if (!date.isValid) return whole;
  const followed = /^\s*[\w(]/.test(line.slice(at + whole.length));
  return `${date.toFormat('d LLLL yyyy')}${time ? `, ${time}` : ''}${followed ? ',' : ''}`;
}

/**
 * Text drawn in a box of "+----+" rules and "| … |" sides (one column: a grid of two or more is a
 * table, read elsewhere): the text, a paragraph of its own.
 */
export function unboxText(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!FORMATS.box.rule.test(line)) {
      out.push(line);
      continue;
    }
    const inner: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      if (FORMATS.box.rule.test(lines[j] ?? '')) break;
      const m = FORMATS.box.line.exec(lines[j] ?? '');
      // A side with an inner "|" is a row of cells, not a box's text.
      if (!m || (m[2] ?? '').includes('|')) break;
      inner.push((m[2] ?? '').trim());
    }
    if (inner.length === 0 || !FORMATS.box.rule.test(lines[j] ?? '')) {
      out.push(line);
      continue;
    }
    out.push('', ...inner, '');
    i = j;
  }
  return out;
}

// "2. Labour exploitation ........ 1": a contents line, its dot leaders and its page number.
const CONTENTS_LINE = /^\s*\S.{0,150}?(?:\s?\.){4,}\s*\d{1,4}\s*$/;
const CONTENTS_HEADING = /^\s*(?:table\s+of\s+)?contents\s*$/i;

/**
 * A table of contents at the top of an export ("1. Welcome ...... 1") repeats the item headings
 * with page numbers: it goes, with its "Contents" heading, so each item is read once, in the body.
 */
export function dropContents(lines: readonly string[]): string[] {
  // Contents lines are short; the length check keeps the pattern off hostile megabyte lines.
  // Dot leaders have two dots together (or spaced); the pattern runs only on lines that have them.
  const isContents = (l: string | undefined) =>
    l !== undefined && l.length <= 200 && (l.includes('..') || l.includes('. .')) && CONTENTS_LINE.test(l);
  if (!lines.some((l) => isContents(l))) return [...lines];
  return lines.filter((l, i) => {
    if (isContents(l)) return false;
    // The "Contents" heading over them, with or without a blank line between.
    const next = lines[i + 1]?.trim() === '' ? lines[i + 2] : lines[i + 1];
    return !(CONTENTS_HEADING.test(l) && isContents(next));
  });
}

// "👉 ACTION: …", "➤ Action: …", "▶ The next meeting …", "❖ …", "-> …", "=> …": a pictograph, a
// dingbat or an arrow (typed or drawn) standing as a bullet.
// A checkbox ("☐", "☑", "☒", "□") is no picture: it marks a task (see markers.ts's CHECKBOX).
const PICTURE_BULLET =
  /^(\s*)(?:(?:(?![\u2610-\u2612\u25A1])[\p{Extended_Pictographic}\u2190-\u21FF\u25A0-\u25FF\u2700-\u27BF]\uFE0F?)+|-{1,2}>|=>)\s+/u;

// An arrow, typed or drawn ("→", "⇒", "➜", "->", "=>"), not a dingbat or a picture.
const ARROW = new RegExp(String.raw`^\s*(?:[${ARROW_CHARS}]\uFE0F?|-{1,2}>|=>)\s`, 'u');

// "✅ Action items", "🗒️ Agenda", "📝 Notes": the name of a part of the record, which a template
// marks with an icon.
const isPartName = (text: string) =>
  isActionItemsHeading(text) ||
  isActionSummaryHeading(text) ||
  isAgendaHeading(text) ||
  isRecordSection(text) ||
  matchSection(text)?.rest === '';

// "Newcastle City Council: publish …": a name (each word capitalised but its joining words) before
// a colon, then a task.
const NAME_COLON = /^([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|of|for|the|&)){0,7}):\s+(\S.*)$/;
const namesOwnerThenTask = (text: string): boolean => {
  const m = NAME_COLON.exec(text);
  return m !== null && matchSection(`${m[1]}:`) === null && startsWithActionVerb(m[2] ?? '');
};

/**
 * Bullets drawn with pictographs and arrows, as the bullet every other stage knows ("• "). An arrow
 * pointing at a body's task ("→ Home Office to publish …") marks an action, as "Action:" does. A
 * picture before a part's name is its icon: the heading is read without it.
 */
export function plainBullets(lines: readonly string[]): string[] {
  return lines.map((l) => {
    if (l.length > 2000 || !PICTURE_BULLET.test(l)) return l;
    const bulleted = l.replace(PICTURE_BULLET, '$1• ');
    const rest = bulleted.trimStart().slice(2);
    if (rest.length <= 40 && isPartName(rest)) return l.replace(PICTURE_BULLET, '$1');
    return ARROW.test(l) && (assignsTask(rest) || namesOwnerThenTask(rest))
      ? l.replace(PICTURE_BULLET, '$1Action: ')
      : bulleted;
  });
}

// "[[Home Office]]", "[[2024-03-29]]", "[[People/Sarah Linton|Sarah Linton]]": a notes vault's links,
// read as the words they show.
const WIKI_LINK = /\[\[([^[\]|#]{1,200})(?:#[^[\]|]{0,200})?(?:\|([^[\]]{1,200}))?\]\]/g;
// "> [!todo] Actions", "> [!note]": a callout's type, no part of what it says.
const CALLOUT = /^(\s*(?:>\s*)+)\[![A-Za-z-]{1,20}\][+-]?\s*/;

/** Wiki links as their words, callouts without their type marks. */
export function plainLinks(lines: readonly string[]): string[] {
  return lines.map((l) => {
    if (l.length > 20_000) return l;
    let t = l.includes('[[')
      ? l.replace(WIKI_LINK, (_, target: string, label?: string) => label ?? target)
      : l;
    if (t.includes('[!')) t = t.replace(CALLOUT, '$1');
    return t;
  });
}

// "**Action:** …", "__Owner__: …", "- **Due:** …", "> **Action:** …": a label in bold at a line's
// start (after a bullet or a quote's mark), its colon inside the bold or after it.
const BOLD_LABEL =
  /^([ \t]*(?:>[ \t]*)*(?:[-*+•][ \t]+)?)(\*\*|__)([A-Za-z][A-Za-z ()/'-]{0,40}?)(:?)\2(:?)(?=\s|$)/;
// Labels of a meeting's details, which neither the field names nor the attendance headings hold.
const DETAIL_LABEL =
  /^(?:date|time|venue|location|where|when|next\s+meeting|date\s+of\s+(?:the\s+)?next\s+meeting|chair(?:ed\s+by)?)$/i;

/** Whether the words a bold label holds are a label the reader knows: an action's, a field's, a list's. */
function isKnownLabel(words: string): boolean {
  const w = words.trim();
  return (
    isBareLabel(w) || fieldOf(`${w}: x`) !== null || matchSection(`${w}:`) !== null || DETAIL_LABEL.test(w)
  );
}

/**
 * A label set in bold ("**Owner:** Local Government Association", "**Action:** survey …") read as
 * the label it is, so that fields and labels in a Markdown export are read as they are in plain
 * text. Bold that is not a label ("**DWP**: share …", an owner set off) stays for the readers of it.
 */
export function plainLabels(lines: readonly string[]): string[] {
  return lines.map((line) => {
    if (line.length > 2000 || !(line.includes('**') || line.includes('__'))) return line;
    const m = BOLD_LABEL.exec(line);
    if (!m || (m[4] === '' && m[5] === '') || !isKnownLabel(m[3] ?? '')) return line;
    return `${m[1]}${m[3]}:${line.slice(m[0].length)}`;
  });
}

/** Two lines of a reStructuredText field list at least (only lines opening with ":" are looked at). */
function hasFieldList(lines: readonly string[]): boolean {
  let fields = 0;
  for (const l of lines)
    if (l.charCodeAt(0) === 0x3a && FORMATS.rst.field.test(l) && ++fields >= 2) return true;
  return false;
}

/** A reStructuredText field list's lines (":Date: 5 February 2020") as the fields they are ("Date: …"). */
function fieldList(lines: readonly string[]): string[] {
  return lines.map((l) => l.replace(FORMATS.rst.field, '$1: $2'));
}

/**
 * Boxed notes (admonitions) as a heading of their title over their lines: '!!! todo "Actions"' over
 * an indented "- Home Office to …" is an Actions heading over its list. With no title, the type
 * names the box ("Note", "Todo"), as the renderers show it.
 */
function plainAdmonitions(lines: readonly string[]): string[] {
  const { indented, fenceOpen, fenceClose, styleFence } = FORMATS.admonition;
  if (!lines.some((l) => l.length <= 200 && (indented.test(l) || fenceOpen.test(l) || styleFence.test(l))))
    return [...lines];
  const out: string[] = [];
  // Inside a div of a style that marks actions: each paragraph is an action (Pandoc wraps a
  // paragraph over lines; its first line takes the label).
  let actionStyle = false;
  let paragraphStarts = false;
  const title = (type: string, given: string | undefined) =>
    given?.trim() || `${type.charAt(0).toUpperCase()}${type.slice(1).toLowerCase()}`;
  let fenced = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const box = line.length <= 200 ? indented.exec(line) : null;
    if (box) {
      out.push(`${box[1]}${title(box[2] ?? '', box[3])}`);
      // The body: the lines indented further than the marker, blank lines between them kept.
      const margin = `${box[1]}    `;
      while (
        i + 1 < lines.length &&
        ((lines[i + 1] ?? '').startsWith(margin) || (lines[i + 1] ?? '').trim() === '')
      ) {
        const next = lines[i + 1] ?? '';
        if (next.trim() === '' && !(lines[i + 2] ?? '').startsWith(margin)) break;
        out.push(next.trim() === '' ? '' : `${box[1]}${next.slice(margin.length)}`);
        i += 1;
      }
      continue;
    }
    const styled = line.length <= 200 ? styleFence.exec(line) : null;
    if (styled) {
      actionStyle = isActionStyle(styled[1] ?? '');
      paragraphStarts = true;
      fenced += 1;
      continue;
    }
    if (actionStyle && !fenceClose.test(line)) {
      const first = paragraphStarts && line.trim() !== '';
      paragraphStarts = line.trim() === '';
      out.push(first && matchLabel(line.trim()) === null ? `Action: ${line.trim()}` : line);
      continue;
    }
    const open = line.length <= 200 ? fenceOpen.exec(line) : null;
    if (open && !fenceClose.test(line)) {
      out.push(title(open[1] ?? '', open[2]));
      fenced += 1;
      continue;
    }
    if (fenced > 0 && fenceClose.test(line)) {
      fenced -= 1;
      actionStyle = false;
      out.push('');
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Pandoc's spans ("[31 March 2025]{.mark}") as their words, a span wrapped over two lines too. */
function plainSpans(lines: readonly string[]): string[] {
  if (!lines.some((l) => l.includes(']{'))) return [...lines];
  // (The words keep their line break, so the lines stay as many.)
  return lines.join('\n').replace(FORMATS.admonition.span, '$1').split('\n');
}

/** The document's lines with its markup language's markers read (see the file comment). */

export function plainMarkup(input: readonly string[]): string[] {
  const lines = plainAdmonitions(
    plainSpans(
      embeddedHtmlTables(
        markdownExtras(rstTables(withoutFrontMatter(pandocTitleBlock(outline(bbcode(input)))))),
      ),
    ),
  );
  const format = formatOf(lines);
  const plain =
    format === 'asciidoc'
      ? asciidoc(lines)
      : format === 'confluence'
        ? confluence(lines)
        : format === 'org'
          ? org(lines)
          : format === 'wiki'
            ? wiki(lines)
            : lines;
  const fielded = hasFieldList(plain) ? fieldList(plain) : plain;
  const unboxed = fielded.some((l) => FORMATS.box.rule.test(l)) ? unboxText(fielded) : fielded;
  return plainLabels(plainBullets(plainLinks(withoutDocumentLinks(dropContents(unboxed)))));
}

// "… PDF 142 KB", "(PDF, 98KB)", "[DOCX 1.2 MB]": a document's link on a committee system's web
// page, its type and size, left behind when the page is copied as text.
const DOCUMENT_LINK =
  /\s*[([]?\b(?:PDF|DOCX?|XLSX?|PPTX?|ODT|RTF)\b,?\s*\d{1,5}(?:\.\d{1,2})?\s?[KM]B[)\]]?\s*$/i;
// "Additional documents:", "Supporting documents:": the heading over such links.
const DOCUMENTS_HEADING = /^\s*(?:additional|supporting|background|related)\s+documents\s*:?\s*$/i;

/**
 * A web page's links to documents, as a committee system lists them under each item: an item's
 * title keeps its words without the link's size; a line that is only a link, and the heading over
 * such lines, go.
 */
function withoutDocumentLinks(lines: readonly string[]): string[] {
  // A link's size ends in "KB" or "MB", or its bracket: only such lines are searched.
  const linked = (l: string) => {
    const end = l.trimEnd();
    return end.length <= 300 && /[bB)\]]$/.test(end) ? DOCUMENT_LINK.exec(l) : null;
  };
  if (!lines.some((l) => linked(l) !== null)) return [...lines];
  const out: string[] = [];
  for (const line of lines) {
    const link = linked(line);
    if (DOCUMENTS_HEADING.test(line)) continue;
    if (link === null) out.push(line);
    else if (/^\s*\d{1,3}[.)]?\s/.test(line)) out.push(line.slice(0, link.index));
  }
  return out;
}

/**
 * Pandoc's title block, "% Title" over "% Author or date" over "% Date" at the top of a Markdown
 * file: its lines are the header's, without the marks.
 */
function pandocTitleBlock(lines: readonly string[]): readonly string[] {
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first += 1;
  let end = first;
  while (end < lines.length && end - first < 3 && FORMATS.frontMatter.pandocTitle.test(lines[end] ?? ''))
    end += 1;
  if (end === first) return lines;
  const block = lines.slice(first, end).map((l) => l.replace(FORMATS.frontMatter.pandocTitle, '$1'));
  return [...lines.slice(0, first), ...block, ...lines.slice(end)];
}

/**
 * A Markdown export's front matter is the file's metadata, not its text: gone when the document
 * titles itself with a "# " heading; otherwise its title and date stand as the first lines, as
 * org-mode's "#+TITLE:" does.
 */
export function withoutFrontMatter(lines: readonly string[]): readonly string[] {
  const { frontMatter } = FORMATS;
  let open = 0;
  while (open < lines.length && (lines[open] ?? '').trim() === '') open += 1;
  if (!frontMatter.open.test(lines[open] ?? '')) return lines;
  let close = open + 1;
  while (close < lines.length && close <= open + 40 && !frontMatter.close.test(lines[close] ?? '')) {
    if (!frontMatter.entry.test(lines[close] ?? '')) return lines;
    close += 1;
  }
  // An opening rule with no closing one, or nothing between the two, is no front matter.
  if (close >= lines.length || close > open + 40 || close === open + 1) return lines;
  const entries = lines.slice(open + 1, close);
  const attendance = attendanceLists(entries);
  const unquoted = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');
  // The next meeting closes the minutes, where they give it.
  const next = entries.map((l) => frontMatter.nextMeeting.exec(l)).find((m) => m !== null);
  const body = next
    ? [...lines.slice(close + 1), '', `Next meeting: ${unquoted(next[1] ?? '')}`]
    : lines.slice(close + 1);
  const fields = entries.flatMap((l) => {
    const field = frontMatter.field.exec(l);
    return field ? [{ key: (field[1] ?? '').toLowerCase(), value: unquoted(field[2] ?? '') }] : [];
  });
  const titled = body.slice(0, 60).findIndex((l) => frontMatter.heading.test(l));
  if (titled >= 0) {
    // "title: Research Network – steering group" over "# Steering group – 16 May 2023": the heading
    // names the group in short; the front matter's fuller name stands in its place.
    const title = fields.find((f) => f.key === 'title')?.value ?? '';
    const heading = body[titled] ?? '';
    const words = heading.replace(/^#+\s*/, '');
    const top = shortFor(words, title)
      ? [...body.slice(0, titled), `# ${title}`, words]
      : body.slice(0, titled + 1);
    const rest = body.slice(titled + 1);
    // The attendance stands under the document's own title, where minutes list it.
    return attendance.length > 0 ? [...top, '', ...attendance, ...rest] : [...top, ...rest];
  }
  return [...fields.flatMap((f) => [f.value, '']), ...attendance, ...body];
}

/** Whether a heading's words, its date aside, are a shorter form of a title: "Steering group" of "Network – steering group". */
function shortFor(heading: string, title: string): boolean {
  // Its date aside ("Steering group – 16 May 2023"), with the dash or comma that set it off.
  const date = findDates(heading).at(-1);
  const undated = date && heading.slice(date.end).trim() === '' ? heading.slice(0, date.index) : heading;
  const words = undated
    .replace(/[\s,:–—-]+$/, '')
    .trim()
    .toLowerCase();
  const full = title.toLowerCase();
  return words.length >= 3 && full.length > words.length && full.includes(words);
}

/** The front matter's lists of those present and those who sent apologies, as the lines minutes write. */
function attendanceLists(entries: readonly string[]): string[] {
  const { frontMatter } = FORMATS;
  const out: string[] = [];
  let open = false;
  for (const line of entries) {
    const key = frontMatter.listKey.exec(line);
    if (key) {
      if (open) out.push('');
      open = matchSection(`${key[1] ?? ''}:`) !== null;
      if (open) out.push(`${(key[1] ?? '').trim()}:`);
      continue;
    }
    const entry = frontMatter.listEntry.exec(line);
    if (open && entry) out.push((entry[1] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2'));
    else if (open) {
      open = false;
      out.push('');
    }
  }
  if (open) out.push('');
  return out;
}
