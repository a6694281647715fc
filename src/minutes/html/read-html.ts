/**
 * An HTML export of minutes (Word's "Web page", Google Docs, an intranet page) -> the document
 * model, through htmlparser2: headings, paragraphs, list items with their numbers, tables cell by
 * cell, quoted blocks — what the markup says, rather than what is left once tags are stripped.
 * Scripts, styles and the head are not read.
 */

import { createRequire } from 'node:module';
import type { ChildNode, Element } from 'domhandler';
import type * as Htmlparser2 from 'htmlparser2';
import type { Block, MinutesDocument } from '../document/model.js';
import { matchSection } from '../markers.js';

// Loaded on the first HTML document, not with the reader: `idmg next` must not pay for it.
let htmlparser2: typeof Htmlparser2 | null = null;
const parser = (): typeof Htmlparser2 => {
  htmlparser2 ??= createRequire(import.meta.url)('htmlparser2') as typeof Htmlparser2;
  return htmlparser2;
};

const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'nav']);

// A web page's furniture around the minutes (a wiki's or an intranet's export): its menus,
// breadcrumbs, page details, a heading's "[edit]" link, categories and footer, marked by their role
// or named by their id or class.
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search']);
const FURNITURE_NAMES =
  /(?:^|[\s_-])(?:breadcrumbs?|breadcrumb-section|navbar|menu|footer|sidebar|page-metadata|skip-link|editsection|printfooter|catlinks|jump-link)(?:$|[\s_-])/i;

/** An element of the page around the minutes, not of them (see FURNITURE_NAMES). */
function isFurniture(n: Element): boolean {
  const { role, id, class: cls } = n.attribs;
  return (
    (role !== undefined && FURNITURE_ROLES.has(role.toLowerCase())) ||
    FURNITURE_NAMES.test(`${id ?? ''} ${cls ?? ''}`)
  );
}
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'body',
  'html',
  'blockquote',
  'center',
  'form',
  'address',
  'pre',
]);

/** Elements that end a line inside a table cell: paragraphs, headings, list entries. */
const CELL_LINES = new RegExp(`^(?:${[...BLOCKS].join('|')}|h[1-6]|li|dt|dd)$`);

/** Word's tab, marked apart from whitespace typed in the source until the text is squashed. */
const TAB = '\uE000';

const isElement = (n: ChildNode): n is Element =>
  n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** "☐ " or "☑ " for a to-do's box, or null for any other element. */
function checkbox(n: Element): string | null {
  const { type, class: cls, checked } = n.attribs;
  if (n.name === 'input' ? type?.toLowerCase() !== 'checkbox' : !/(?:^|\s)checkbox(?:$|\s)/i.test(cls ?? ''))
    return null;
  return checked !== undefined || /checkbox-on|checked/i.test(cls ?? '') ? '☑ ' : '☐ ';
}

/** The inline text of a node: bold marked "**…**", line breaks kept, other tags dropped. */
function inline(n: ChildNode): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data;
  if (!isElement(n) || SKIPPED.has(n.name) || isFurniture(n)) return '';
  if (n.name === 'br') return '\n';
  // A to-do's box ("<input type=checkbox>", a notes app's "<div class="checkbox checkbox-off">"):
  // the box text writes, which marks a task (see markers.ts's CHECKBOX).
  const box = checkbox(n);
  if (box !== null) return box;
  // Word's "Save as HTML" writes a tab as a span of non-breaking spaces: a column gap, as in Word.
  if (n.name === 'span' && /mso-tab-count/i.test(n.attribs.style ?? '')) return TAB;
  const inner = n.children.map(inline).join('');
  if ((n.name === 'b' || n.name === 'strong') && inner.trim() !== '')
    return `**${inner.trim()}** `.replace(/\s$/, inner.endsWith(' ') ? ' ' : '');
  return inner;
}

/**
 * A cell's text, each paragraph in it a line: those a committee system wraps in a div of their own
 * ("<td><p>Title</p><div><p>…</p><p>ACTION: …</p></div></td>") as well as those directly in the cell.
 */
function cellText(nodes: readonly ChildNode[]): string {
  return nodes
    .map((x) => {
      if (!isElement(x) || !CELL_LINES.test(x.name)) return inline(x);
      const holdsLines = x.children.some((y) => isElement(y) && CELL_LINES.test(y.name));
      if (!holdsLines || checkbox(x) !== null) return `${inline(x)}\n`;
      return isFurniture(x) ? '' : `${cellText(x.children)}\n`;
    })
    .join('');
}

const squash = (t: string) =>
  t
    .split('\n')
    // A run of blanks with Word's tab in it is a tab (a column gap); other runs, a tab typed in the
    // HTML source among them, are one space.
    .map((l) =>
      l
        .replace(/[ \t\r\f\v\u00a0\uE000]+/g, (run) => (run.includes(TAB) ? '\t' : ' '))
        .replace(/^\t+|\t+$/g, '')
        .trim(),
    )
    .filter((l) => l !== '')
    .join('\n');

/** The table's own rows' cells (through tbody, thead, tfoot), not those of a table inside one. */
function ownRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (!isElement(n) || n.name === 'table') continue;
      if (n.name === 'tr')
        rows.push(
          n.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th')),
        );
      else visit(n.children);
    }
  };
  visit(table.children);
  return rows;
}

// "12.", "3", "4)": a cell holding only an item's number.
const ITEM_NUMBER_CELL = /^\d{1,3}[.)]?$/;

/** Whether an element holds a heading or a table anywhere inside it. */
function holdsHeadingOrTable(nodes: ChildNode[], depth = 0): boolean {
  if (depth > 40) return false;
  return nodes.some(
    (n) => isElement(n) && (/^h[1-6]$|^table$/.test(n.name) || holdsHeadingOrTable(n.children, depth + 1)),
  );
}

// A bullet's character at the start of a list entry's text: the list's own bullet, drawn as text.
const DRAWN_BULLET = /^[•◦▪▫■□●○‣⁃∙]\s*/;

// What stands between a menu's links: bars, dots, slashes, breadcrumb arrows.
const BETWEEN_LINKS = /^[\s|·•/>»›:,–-]*$/;

/**
 * "<div><a>Committee structure</a> | <a>Calendar</a></div>": a block of two links or more and
 * nothing between them but separators is the site's menu or breadcrumb trail, whatever its class
 * is called, not a paragraph of the minutes.
 */
function linksOnly(n: Element): boolean {
  let links = 0;
  for (const c of n.children) {
    if (c.type === 'text') {
      if (!BETWEEN_LINKS.test((c as unknown as { data: string }).data)) return false;
    } else if (isElement(c) && c.name === 'a') links += 1;
    else if (!(isElement(c) && c.name === 'br')) return false;
  }
  return links >= 2;
}

/** A table laying the page out, not holding data: a cell of its own holds a heading or a table. */
function laysOut(table: Element): boolean {
  return ownRows(table).some((cells) => cells.some((c) => holdsHeadingOrTable(c.children)));
}

class HtmlReader {
  readonly blocks: Block[] = [];

  walk(nodes: ChildNode[]): void {
    let run: ChildNode[] = [];
    // Text and inline elements between blocks make a paragraph of their own.
    const flush = () => {
      const text = squash(run.map(inline).join(''));
      if (text !== '') this.blocks.push({ kind: 'paragraph', text });
      run = [];
    };
    for (const n of nodes) {
      if (!isElement(n)) {
        if (n.type === 'text') run.push(n);
        continue;
      }
      const name = n.name;
      if (SKIPPED.has(name) || isFurniture(n)) continue;
      if (/^h[1-6]$/.test(name)) {
        flush();
        const text = squash(n.children.map(inline).join('')).replace(/\*\*/g, '');
        if (text !== '')
          this.blocks.push({ kind: 'heading', level: Number(name.slice(1)), number: null, text });
      } else if (name === 'table') {
        flush();
        // A table that lays the page out (an email template's), its cells holding headings or tables
        // of their own, is read as the blocks in its cells, in order.
        // (Its footer's cell, "You are receiving this because …", is furniture as a footer is.)
        if (laysOut(n)) this.layout(n);
        else this.blocks.push({ kind: 'table', rows: this.table(n) });
      } else if (name === 'dl') {
        flush();
        const rows = this.definitions(n);
        if (rows.length > 0 && rows.every(([term = '']) => matchSection(term)?.rest === ''))
          this.attendance(rows);
        else if (rows.length > 0) this.blocks.push({ kind: 'table', rows });
      } else if (name === 'ul' || name === 'ol') {
        flush();
        this.list(n, name === 'ol', 0);
      } else if (BLOCKS.has(name)) {
        flush();
        // A block holding only text and inline markup is one paragraph; one holding blocks is walked.
        if (
          n.children.some(
            (c) => isElement(c) && (BLOCKS.has(c.name) || /^h[1-6]$|^table$|^[uo]l$/.test(c.name)),
          )
        )
          this.walk(n.children);
        else if (!linksOnly(n)) {
          const text = squash(n.children.map(inline).join(''));
          if (text !== '') this.blocks.push({ kind: 'paragraph', text });
        }
      } else if (name === 'hr') {
        flush();
        this.blocks.push({ kind: 'blank' });
      } else run.push(n);
    }
    flush();
  }

  /**
   * A table laying the page out, read as the blocks in its cells, row by row. A cell holding only an
   * item's number before a cell that opens with a heading ("12." beside "<h2>Minutes of the previous
   * meeting</h2>", as council systems lay out their minutes) numbers that heading.
   */
  private layout(table: Element): void {
    for (const cells of ownRows(table)) {
      const [first, ...rest] = cells.filter((c) => !isFurniture(c));
      if (!first) continue;
      const number = squash(first.children.map(inline).join(''));
      if (rest.length === 0 || !ITEM_NUMBER_CELL.test(number)) {
        for (const cell of [first, ...rest]) this.walk(cell.children);
        continue;
      }
      const at = this.blocks.length;
      for (const cell of rest) this.walk(cell.children);
      const heading = this.blocks[at];
      if (heading?.kind === 'heading' && heading.number === null) this.blocks[at] = { ...heading, number };
      else this.blocks.splice(at, 0, { kind: 'paragraph', text: number });
    }
  }

  private list(list: Element, ordered: boolean, level: number): void {
    let n = Number(list.attribs.start ?? 1) || 1;
    for (const li of list.children) {
      if (!isElement(li) || li.name !== 'li') continue;
      const own = li.children.filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol')));
      // LibreOffice's XHTML draws each bullet as a character in a span floated before the text.
      const text = squash(own.map(inline).join('')).replace(DRAWN_BULLET, '');
      if (text !== '') this.blocks.push({ kind: 'list-item', number: ordered ? `${n}.` : null, level, text });
      n += 1;
      for (const c of li.children)
        if (isElement(c) && (c.name === 'ul' || c.name === 'ol')) this.list(c, c.name === 'ol', level + 1);
    }
  }

  /**
   * A definition list is a table of two columns, each description a row beside its term: a body
   * over its people ("<dt>NCA</dt><dd>A</dd><dd>B</dd>"), or an action's fields ("<dt>Owner</dt>
   * <dd>NCA</dd>") as a Word table of field rows has them.
   */
  private definitions(dl: Element): string[][] {
    const rows: string[][] = [];
    let term = '';
    let described = true;
    const visit = (nodes: ChildNode[]) => {
      for (const n of nodes) {
        if (!isElement(n)) continue;
        const text = squash(n.children.map(inline).join('')).replace(/\*\*/g, '');
        if (n.name === 'dt') {
          // A term without a description stands as a row of its own.
          if (!described) rows.push([term, '']);
          term = text;
          described = false;
        } else if (n.name === 'dd') {
          rows.push([term, text]);
          described = true;
        } else if (n.name === 'div') visit(n.children);
      }
    };
    visit(dl.children);
    if (!described) rows.push([term, '']);
    return rows;
  }

  /**
   * "<dt>Present</dt><dd>A, NCA</dd>…<dt>Apologies</dt><dd>…</dd>": terms that name the parts of the
   * attendance head their lists, as "Present:" over its entries does in text.
   */
  private attendance(rows: readonly string[][]): void {
    let heading: string | null = null;
    for (const [term = '', text = ''] of rows) {
      if (term !== heading) {
        this.blocks.push({ kind: 'blank' }, { kind: 'paragraph', text: `${term}:` });
        heading = term;
      }
      if (text !== '') this.blocks.push({ kind: 'paragraph', text });
    }
    this.blocks.push({ kind: 'blank' });
  }

  private table(table: Element): string[][] {
    const rows: string[][] = [];
    let cellCount = 0;
    // Cells spanning rows below their own (rowspan), by column: their text and the rows left.
    const spanning = new Map<number, { text: string; rows: number }>();
    const visit = (nodes: ChildNode[]) => {
      for (const n of nodes) {
        // Rows of cells each spanning fifty below make every row fifty wide: read no further.
        if (cellCount > MAX_TABLE_CELLS) return;
        if (!isElement(n)) continue;
        if (n.name === 'tr') {
          const own = n.children.filter(
            (c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'),
          );
          const cells: string[] = [];
          // A cell spanning from a row above stands in its column again ("2" beside each action of
          // item 2): the row's own cells fill the columns around it.
          const fillSpanned = () => {
            for (let span = spanning.get(cells.length); span; span = spanning.get(cells.length)) {
              cells.push(span.text);
              if (--span.rows === 0) spanning.delete(cells.length - 1);
            }
          };
          for (const c of own) {
            fillSpanned();
            const text = squash(cellText(c.children))
              .replace(/\*\*/g, '')
              // A register's box alone in its cell: ticked, the tick a register writes; unticked, no
              // mark at all (a to-do's box before its task stays, see checkbox()).
              .replace(/^☑$/, '✓')
              .replace(/^☐$/, '');
            const across = Math.min(20, Number(c.attribs.colspan ?? 1) || 1);
            const down = Math.min(50, Number(c.attribs.rowspan ?? 1) || 1);
            if (down > 1) spanning.set(cells.length, { text, rows: down - 1 });
            cells.push(text, ...Array.from({ length: across - 1 }, () => ''));
          }
          fillSpanned();
          if (cells.length > 0) rows.push(cells);
          cellCount += cells.length;
        } else if (n.name !== 'table') visit(n.children);
      }
    };
    visit(table.children);
    return rows;
  }
}

/**
 * True when the text is an HTML document or fragment of blocks, not text with a stray tag. Text a
 * PDF extractor wrote as "<p>" runs laid out in columns ("<p>Official⇥MOJ</p>", "</p>⇥<p>") is
 * text: its tabs between words part cells, which HTML would read as a space.
 */
export function isHtmlDocument(text: string): boolean {
  // (An XHTML export opens with its XML declaration and perhaps a comment: LibreOffice's does.)
  const head = text
    .trimStart()
    .slice(0, 2000)
    .replace(/^<\?xml\b[^>]{0,200}\?>\s*/i, '')
    .replace(/^(?:<!--[\s\S]{0,500}?-->\s*)+/, '');
  if (/^(?:<!doctype\s+html|<html|<body|<head|<meta)\b/i.test(head)) return true;
  return (
    /^(?:<table|<h[1-6]|<div|<p)\b/i.test(head) &&
    /<\/(?:p|div|table|h[1-6]|body|li|td)>/i.test(text) &&
    !COLUMN_TAB.test(text.slice(0, 20_000))
  );
}

// A tab between two things on a line (not an indent at its start): "Official⇥MOJ", "</p>⇥<p>".
const COLUMN_TAB = /[^\s]\t+[^\s]/;

/** More cells than any table of minutes holds (a log of a thousand actions has some ten thousand). */
const MAX_TABLE_CELLS = 100_000;

/** Deeper than any export's markup nests (a Word or Docs export nests a dozen levels or so). */
const MAX_DEPTH = 500;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]{0,2000}?(\/?)>/g;
// Elements that end where the next of their kind (or their parent) does, as HTML's parsing rules
// close them, and elements with no content: neither makes the markup any deeper.
const NOT_NESTING: ReadonlySet<string> = new Set([
  ...['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'thead', 'tbody', 'tfoot', 'colgroup'],
  ...['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'base', 'source', 'track', 'embed'],
]);

/**
 * Markup nested thousands deep ("<ul><li>" again and again, a "<div>" never closed): hostile, not
 * minutes. Told before parsing, as the parser's stack of open elements costs it time for each level
 * with every tag, and the reader's walk a frame of the call stack.
 */
function nestsTooDeep(text: string): boolean {
  let depth = 0;
  for (const m of text.matchAll(TAG)) {
    if (m[3] === '/' || NOT_NESTING.has((m[2] ?? '').toLowerCase())) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > MAX_DEPTH) return true;
  }
  return false;
}

export function readHtml(text: string): MinutesDocument {
  // Nothing of a document so built is read: the empty extraction, as for any text that is no minutes.
  if (nestsTooDeep(text)) return { source: 'text', blocks: [] };
  const dom = parser().parseDocument(text, { decodeEntities: true, lowerCaseTags: true });
  const reader = new HtmlReader();
  reader.walk(dom.children);
  return { source: 'text', blocks: reader.blocks };
}
