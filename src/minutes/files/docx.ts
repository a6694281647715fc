/**
 * A Word (.docx) file -> the document model, from the file's own structure: paragraphs with the
 * numbers Word shows (numbering.xml, styles linked to lists, restarts), tables cell by cell, bold
 * runs, text boxes as asides, tracked changes as accepted (insertions in, deletions out). The first
 * page's header is read apart (pageHeader), for minutes that name the meeting only there; footers,
 * footnotes and comments are not read.
 */
import type { Block, MinutesDocument } from '../document/model.js';
import { isActionStyle, matchLabel } from '../markers.js';
import { trailingMarker } from '../trailing-marker.js';
import { MinutesError } from '../types.js';
import { Numbering, readStyles, type StyleInfo } from './numbering.js';
import { firstPageHeaderPart } from './page-header.js';
import { attr, child, childrenOf, isOn, parseXml, tagOf, textOf, type XNode } from './xml.js';
import { readText, zipEntries } from './zip.js';

interface Run {
  text: string;
  bold: boolean;
}

/** Elements whose content is not the document's text as it reads. */
const SKIPPED = new Set([
  'w:pPr',
  'w:rPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:commentReference',
  'w:footnoteReference',
  'w:endnoteReference',
  'mc:Fallback',
  'w:fldData',
]);

/**
 * A content control still showing its prompt ("Click or tap here to enter text.", "Click or tap to
 * enter a date."): a template's field no one filled in, no words of the minutes.
 */
const showsPrompt = (sdt: XNode) => child(child(sdt, 'w:sdtPr'), 'w:showingPlcHdr') !== undefined;

/**
 * The `tag` elements among `nodes` (a table's rows, a row's cells), those inside content controls
 * too: a template's repeating section holds its rows, each row an item in a control of its own, and a
 * cell may be a control's content.
 */
function within(nodes: XNode[], tag: string, depth = 0): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === tag) out.push(n);
    else if (depth < 8 && t === 'w:sdt' && !showsPrompt(n))
      out.push(...within(childrenOf(child(n, 'w:sdtContent') ?? {}), tag, depth + 1));
    else if (depth < 8 && t === 'w:customXml') out.push(...within(childrenOf(n), tag, depth + 1));
  }
  return out;
}

class DocxReader {
  readonly blocks: Block[] = [];
  /** Runs of hidden text passed over so far (see `runs`). */
  private hiddenRuns = 0;
  private readonly numbering: Numbering;
  private readonly styles: Map<string, StyleInfo>;

  constructor(numbering: XNode[] | null, styles: XNode[] | null) {
    this.numbering = new Numbering(numbering);
    this.styles = readStyles(styles);
  }

  body(nodes: XNode[]): void {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') this.paragraph(n, this.blocks);
      else if (tag === 'w:tbl') this.blocks.push(...this.tableBlocks(n, 0));
      else if (tag === 'w:sdt' && !showsPrompt(n)) this.body(childrenOf(child(n, 'w:sdtContent') ?? {}));
      else if (tag === 'w:ins' || tag === 'w:moveTo' || tag === 'w:customXml') this.body(childrenOf(n));
    }
  }

  /**
   * A table as a block, or, when it only frames the page (one column, its cells holding headings or
   * tables of their own: a template's bordered box around the whole minutes), the blocks inside it.
   */
  private tableBlocks(tbl: XNode, depth: number): Block[] {
    const cells = within(childrenOf(tbl), 'w:tr').map((tr) => within(childrenOf(tr), 'w:tc'));
    if (
      depth < 10 &&
      cells.length > 0 &&
      cells.every((c) => c.length === 1) &&
      cells.some(([tc]) => this.holdsHeadingOrTable(tc ?? {}))
    ) {
      const inner: Block[] = [];
      for (const [tc] of cells)
        this.cellBlocks(childrenOf(tc ?? {}), inner, (n) => this.tableBlocks(n, depth + 1));
      return inner;
    }
    return [{ kind: 'table', rows: this.table(tbl) }];
  }

  /** Whether a cell holds a table or a paragraph in a heading's style (told before it is read, as
   * reading a paragraph counts it in its list). */
  private holdsHeadingOrTable(tc: XNode): boolean {
    return childrenOf(tc).some((n) => {
      const tag = tagOf(n);
      if (tag === 'w:tbl') return true;
      if (tag !== 'w:p') return false;
      const { styleId, outline } = this.properties(n);
      return this.headingLevel(styleId, outline) !== null;
    });
  }

  private table(tbl: XNode): string[][] {
    const rows: string[][] = [];
    // The text of the cell each vertical merge started with, by grid column.
    const merged: string[] = [];
    for (const tr of within(childrenOf(tbl), 'w:tr')) {
      const row: string[] = [];
      for (const tc of within(childrenOf(tr), 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const merge = child(tcPr, 'w:vMerge');
        const span = Number(attr(child(tcPr, 'w:gridSpan') ?? {}, 'w:val') ?? 1);
        const at = row.length;
        // A cell merged with the one above is that cell, drawn over several rows: "Home Office"
        // merged down its three people is the department of each.
        const continues = merge !== undefined && attr(merge, 'w:val') !== 'restart';
        const text = continues ? (merged[at] ?? '') : this.cellText(tc);
        merged[at] = merge ? text : '';
        row.push(text);
        for (let s = 1; s < span && s < 50; s += 1) row.push('');
      }
      rows.push(row);
    }
    return rows;
  }

  /** A cell's paragraphs (and any table inside it, row by row) joined by line ends. */
  private cellText(tc: XNode): string {
    const inner: Block[] = [];
    this.cellBlocks(childrenOf(tc), inner, (n) =>
      this.table(n).map((r): Block => ({ kind: 'paragraph', text: r.join(' ') })),
    );
    return inner
      .map((b) =>
        b.kind === 'list-item' || b.kind === 'heading'
          ? `${b.number ? `${b.number} ` : ''}${b.text}`
          : b.kind === 'paragraph'
            ? b.text
            : b.kind === 'aside'
              ? b.lines.join('\n')
              : '',
      )
      .filter((t) => t.trim() !== '')
      .join('\n');
  }

  /** A cell's paragraphs (and its content controls' ones) as blocks; a table inside it as `table` gives it. */
  private cellBlocks(nodes: XNode[], out: Block[], table: (tbl: XNode) => Block[]): void {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') this.paragraph(n, out);
      else if (tag === 'w:tbl') out.push(...table(n));
      else if (tag === 'w:sdt' && !showsPrompt(n))
        this.cellBlocks(childrenOf(child(n, 'w:sdtContent') ?? {}), out, table);
    }
  }

  /** The paragraph's style and list, direct formatting first, then the style and its bases. */
  private properties(p: XNode): {
    styleId: string | null;
    numId: string | null;
    ilvl: number | null;
    outline: number | null;
  } {
    const pPr = child(p, 'w:pPr');
    const styleId = attr(child(pPr, 'w:pStyle') ?? {}, 'w:val') ?? null;
    const numPr = child(pPr, 'w:numPr');
    let numId = numPr ? (attr(child(numPr, 'w:numId') ?? {}, 'w:val') ?? null) : null;
    const direct = numPr ? attr(child(numPr, 'w:ilvl') ?? {}, 'w:val') : undefined;
    let ilvl = direct === undefined ? null : Number(direct);
    let outline: number | null = null;
    const outlineAttr = attr(child(pPr, 'w:outlineLvl') ?? {}, 'w:val');
    if (outlineAttr !== undefined) outline = Number(outlineAttr);
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); ) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      if (numId === null && s.numId !== null) {
        numId = s.numId;
        ilvl = ilvl ?? s.ilvl ?? this.numbering.levelOfStyle(s.numId, id);
      }
      if (outline === null && s.outline !== null) outline = s.outline;
      id = s.basedOn;
    }
    return { styleId, numId: numId === '0' ? null : numId, ilvl, outline };
  }

  private headingLevel(styleId: string | null, outline: number | null): number | null {
    const name = (styleId ? (this.styles.get(styleId)?.name ?? styleId) : '').toLowerCase();
    const m = /^heading\s*(\d)$/.exec(name);
    if (m) return Number(m[1]);
    if (name === 'title') return 0;
    // Outline level 9 is "body text".
    return outline !== null && outline < 9 ? outline + 1 : null;
  }

  /** Whether the style, or one it is based on, is named for an action ("Action Point"). */
  private marksAction(styleId: string | null): boolean {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      if (isActionStyle(this.styles.get(id)?.name ?? id)) return true;
    }
    return false;
  }

  private paragraph(p: XNode, out: Block[]): void {
    const all: Run[] = [];
    const boxes: string[][] = [];
    const hiddenBefore = this.hiddenRuns;
    this.runs(childrenOf(p), false, all, boxes);
    const [runs, ...labelled] = splitAtBoldLabels(all);
    const { styleId, numId, ilvl, outline } = this.properties(p);
    const written = paragraphText(runs ?? []);
    // A paragraph set in the document's action style is an action, as "Action:" before it would say.
    const text =
      written.trim() !== '' && !/^\s*actions?\b/i.test(written) && this.marksAction(styleId)
        ? `Action: ${written.trim()}`
        : written;
    const level = this.headingLevel(styleId, outline);
    // An empty paragraph is space the author left; it is not counted in a list.
    if (text.trim() === '') {
      // A paragraph of hidden text alone is not there to the reader, not a space left between two.
      if (boxes.length === 0 && this.hiddenRuns === hiddenBefore) out.push({ kind: 'blank' });
    } else {
      const number = numId === null ? null : this.numbering.next(numId, ilvl ?? 0);
      if (level !== null)
        out.push({ kind: 'heading', level, number: number?.text ?? null, text: plain(text) });
      else if (number) out.push({ kind: 'list-item', number: number.text, level: ilvl ?? 0, text });
      else out.push({ kind: 'paragraph', text });
    }
    // "… agreed the plan. **Action:** UKHTC to publish it.": the bold label starts a paragraph of its own.
    for (const rest of labelled) out.push({ kind: 'paragraph', text: paragraphText(rest) });
    // A text box anchored in the paragraph is read after it, as a box.
    for (const lines of boxes) out.push({ kind: 'aside', lines });
  }

  private runs(nodes: XNode[], bold: boolean, runs: Run[], boxes: string[][]): void {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (SKIPPED.has(tag)) continue;
      if (tag === 'w:r') {
        const rPr = child(n, 'w:rPr');
        // Hidden text (a template's guidance, a note to the secretariat) is neither shown nor printed.
        if (isOn(child(rPr, 'w:vanish'))) {
          this.hiddenRuns += 1;
          continue;
        }
        const b = isOn(child(rPr, 'w:b')) || isOn(child(rPr, 'w:bCs'));
        for (const c of childrenOf(n)) {
          const t = tagOf(c);
          if (t === 'w:t') runs.push({ text: childrenOf(c).map(textOf).join(''), bold: b });
          else if (t === 'w:tab' || t === 'w:ptab') runs.push({ text: '\t', bold: false });
          else if (t === 'w:br' || t === 'w:cr') runs.push({ text: '\n', bold: false });
          else if (t === 'w:noBreakHyphen') runs.push({ text: '-', bold: b });
          else if (!SKIPPED.has(t)) this.boxesIn(childrenOf(c), boxes, t);
        }
        continue;
      }
      if (tag === 'w:txbxContent') {
        this.box(n, boxes);
        continue;
      }
      if (tag === 'w:sdt' && showsPrompt(n)) continue;
      // Hyperlinks, smart tags, content controls, insertions, simple fields: their runs are text.
      this.runs(childrenOf(n), bold, runs, boxes);
    }
  }

  /** Text boxes inside a run's drawing or picture (mc:AlternateContent's Choice only). */
  private boxesIn(nodes: XNode[], boxes: string[][], parent: string): void {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'mc:Fallback' || tag === '#text') continue;
      if (tag === 'w:txbxContent') this.box(n, boxes);
      else if (parent !== 'w:t') this.boxesIn(childrenOf(n), boxes, tag);
    }
  }

  private box(content: XNode, boxes: string[][]): void {
    const inner: Block[] = [];
    for (const n of childrenOf(content)) if (tagOf(n) === 'w:p') this.paragraph(n, inner);
    const lines = inner
      .map((b) =>
        b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'heading'
          ? `${'number' in b && b.number ? `${b.number} ` : ''}${b.text}`
          : '',
      )
      .filter((t) => t.trim() !== '');
    if (lines.length > 0) boxes.push(lines);
  }
}

const plain = (t: string) => t.replace(/\*\*/g, '');

/**
 * Splits a paragraph before each bold run that begins an action label after some text: the
 * author marked the action by the bold, and a label in mid-paragraph is otherwise not one. A
 * label that names only owners at the paragraph's end ("… by 4 June. **ACTION: Westshire
 * Police**") stays: it marks the sentence before it, as it does on a line of text.
 */
function splitAtBoldLabels(runs: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as Run;
    const current = out[out.length - 1] as Run[];
    const before = current
      .map((x) => x.text)
      .join('')
      .trim();
    const rest = runs
      .slice(k)
      .map((x) => x.text)
      .join('')
      .trim();
    if (
      r.bold &&
      before !== '' &&
      matchLabel(rest) !== null &&
      trailingMarker(`${before} ${rest}`)?.before !== before
    ) {
      out.push([{ ...r, text: r.text.trimStart() }]);
      continue;
    }
    current.push(r);
  }
  return out;
}

/**
 * Runs -> the paragraph's text. Bold spans are marked "**…**" unless the whole paragraph is bold
 * (then it is a heading or a label, and marking it would say nothing).
 */
function paragraphText(runs: Run[]): string {
  const visible = runs.filter((r) => r.text.trim() !== '');
  const allBold = visible.length > 0 && visible.every((r) => r.bold);
  if (allBold || !visible.some((r) => r.bold)) return runs.map((r) => r.text).join('');
  let out = '';
  let open = false;
  for (const r of runs) {
    const bold = r.bold && r.text.trim() !== '' ? true : r.text.trim() === '' ? open : false;
    if (bold && !open) {
      const lead = /^\s*/.exec(r.text)?.[0] ?? '';
      out += `${lead}**${r.text.slice(lead.length)}`;
      open = true;
      continue;
    }
    if (!bold && open) {
      out = out.replace(/\s*$/, (space) => `**${space}`);
      open = false;
    }
    out += r.text;
  }
  if (open) out = out.replace(/\s*$/, (space) => `**${space}`);
  return out;
}

export function readDocx(bytes: Uint8Array): MinutesDocument {
  const entries = zipEntries(bytes);
  const documentName = entries.has('word/document.xml') ? 'word/document.xml' : null;
  if (!documentName)
    throw new MinutesError('The file is a ZIP archive but not a Word document (no word/document.xml).');
  const part = (name: string) => {
    const text = readText(bytes, entries, name);
    return text === null ? null : parseXml(text);
  };
  const doc = part(documentName) ?? [];
  const numbering = part('word/numbering.xml');
  const styles = part('word/styles.xml');
  const reader = new DocxReader(numbering, styles);
  const root = doc.find((n) => tagOf(n) === 'w:document');
  const body = child(root, 'w:body');
  if (!body) throw new MinutesError('The Word document has no body; open it in Word and save it again.');
  reader.body(childrenOf(body));
  const headerName = firstPageHeaderPart(body, part('word/_rels/document.xml.rels'));
  const header = headerName && entries.has(headerName) ? part(headerName) : null;
  const hdr = header?.find((n) => tagOf(n) === 'w:hdr');
  if (!hdr) return { source: 'docx', blocks: reader.blocks };
  const headerReader = new DocxReader(numbering, styles);
  headerReader.body(childrenOf(hdr));
  return { source: 'docx', blocks: reader.blocks, pageHeader: headerReader.blocks };
}
