/**
 * The one document model every reader produces: text minutes, Word files and PDFs become the same
 * typed blocks, so there is one extraction for all three (parseDocument). A block keeps what the
 * author laid out — a table as rows of cells, a numbered list item with the number the reader saw,
 * an Actions box as a box — which text would have to guess again.
 */
export type DocumentSource = 'text' | 'docx' | 'pdf';

/** A heading: Word's Heading styles, a numbered agenda item, a line set in larger type. */
export interface HeadingBlock {
  kind: 'heading';
  level: number;
  /** the number shown before it ("3", "2.1"), when it has one */
  number: string | null;
  text: string;
}

/**
 * A paragraph. Line breaks the author made stay as "\n", a tab between columns as "\t"; bold spans
 * within a paragraph are marked "**…**" (minutes mark actions in bold; a wholly bold paragraph is
 * not marked, it is a heading or a label).
 */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

/** An entry of a list, with its number as displayed ("2.", "b)", "ii)") or null for a bullet. */
export interface ListItemBlock {
  kind: 'list-item';
  number: string | null;
  /** 0 for the outer list */
  level: number;
  text: string;
}

/** A table as rows of cells; a cell's paragraphs are joined by "\n". A merged cell repeats as "". */
export interface TableBlock {
  kind: 'table';
  rows: string[][];
}

/**
 * Text set apart beside the discussion: an "Actions" column level with the item it belongs to,
 * a Word text box. It is read where it stands, as a box.
 */
export interface AsideBlock {
  kind: 'aside';
  lines: string[];
}

/** Space the author left: an empty paragraph, the gap between paragraphs of a PDF. */
export interface BlankBlock {
  kind: 'blank';
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock | AsideBlock | BlankBlock;

export interface MinutesDocument {
  source: DocumentSource;
  blocks: Block[];
  /**
   * A Word file's first-page header, apart from the body: printed above it, but mostly a marking or
   * the committee's name again, so it is read only when the body names no meeting or no date.
   */
  pageHeader?: Block[];
}

/** The document's first lines of text, as a committee may be named in them (the header). */
export function headerLines(doc: MinutesDocument, max = 12): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (out.length >= max) break;
    const texts =
      b.kind === 'table'
        ? b.rows.flat()
        : b.kind === 'aside'
          ? b.lines
          : b.kind === 'blank'
            ? []
            : b.text.split('\n');
    for (const t of texts) {
      const line = t.replace(/\*\*/g, '').trim();
      if (line !== '' && out.length < max) out.push(line.slice(0, 300));
    }
  }
  return out;
}
