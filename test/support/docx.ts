/**
 * Builds real .docx files for tests: the OOXML parts Word writes (document, styles, numbering,
 * header and footer), zipped. Paragraphs, Word's own numbered lists (numbering linked from styles,
 * restarts through lvlOverride, "%1.%2" levels), tables, bold runs, tracked changes and text boxes
 * are written as Word writes them, so the reader is tested on the file's structure, not on text.
 */
import AdmZip from 'adm-zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run; `**bold**` spans in `text` become bold runs, "\t" a tab. */
export function runs(text: string): string {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((s) => s !== '')
    .map((s) => {
      const bold = s.startsWith('**');
      const body = bold ? s.slice(2, -2) : s;
      const parts = body.split('\t').map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`);
      return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}${parts.join('<w:tab/>')}</w:r>`;
    })
    .join('');
}

export interface ParaOptions {
  style?: string;
  num?: { id: number; level?: number };
}

export function p(text: string, o: ParaOptions = {}): string {
  const props = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : '',
    o.num ? `<w:numPr><w:ilvl w:val="${o.num.level ?? 0}"/><w:numId w:val="${o.num.id}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs(text)}</w:p>`;
}

/** A table; each cell's "\n" separates its paragraphs. */
export function table(rows: string[][]): string {
  const tr = rows
    .map(
      (r) =>
        `<w:tr>${r
          .map(
            (c) =>
              `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${c
                .split('\n')
                .map((t) => p(t))
                .join('')}</w:tc>`,
          )
          .join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${tr}</w:tbl>`;
}

/**
 * A table cell as Word writes a merged one: `merge` starts ('restart') or continues a vertical merge
 * (the continuing cell is empty in the file), `span` a gridSpan across columns.
 */
export function cell(text: string, o: { merge?: 'restart' | 'continue'; span?: number } = {}): string {
  const props = [
    '<w:tcW w:w="2000" w:type="dxa"/>',
    o.span ? `<w:gridSpan w:val="${o.span}"/>` : '',
    o.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : o.merge === 'continue' ? '<w:vMerge/>' : '',
  ].join('');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
}

/** A row of `cell`s; a header row is repeated at the top of each page. */
export const row = (cells: string[], header = false) =>
  `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;

/** A table of `row`s. */
export const rowsTable = (rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows.join('')}</w:tbl>`;

/** A paragraph with a tracked insertion and a tracked deletion: Word shows the text as accepted. */
export function tracked(before: string, deleted: string, inserted: string, after: string): string {
  return `<w:p>${runs(before)}<w:del w:id="1" w:author="Sec"><w:r><w:delText xml:space="preserve">${esc(deleted)}</w:delText></w:r></w:del><w:ins w:id="2" w:author="Sec">${runs(inserted)}</w:ins>${runs(after)}</w:p>`;
}

/** A paragraph anchoring a text box (DrawingML with its VML fallback, as Word writes both). */
export function textBox(lines: string[], anchorText = ''): string {
  const content = `<w:txbxContent>${lines.map((l) => p(l)).join('')}</w:txbxContent>`;
  return `<w:p>${runs(anchorText)}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

export interface Level {
  format: string;
  text: string;
  start?: number;
  style?: string;
}

export interface NumberingDef {
  abstracts: { id: number; levels: Level[] }[];
  nums: { id: number; abstract: number; startOverride?: { level: number; start: number } }[];
}

function numberingXml(n: NumberingDef): string {
  const abs = n.abstracts
    .map(
      (a) =>
        `<w:abstractNum w:abstractNumId="${a.id}">${a.levels
          .map(
            (l, i) =>
              `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>${l.style ? `<w:pStyle w:val="${l.style}"/>` : ''}<w:lvlText w:val="${l.text}"/></w:lvl>`,
          )
          .join('')}</w:abstractNum>`,
    )
    .join('');
  const nums = n.nums
    .map(
      (x) =>
        `<w:num w:numId="${x.id}"><w:abstractNumId w:val="${x.abstract}"/>${x.startOverride ? `<w:lvlOverride w:ilvl="${x.startOverride.level}"><w:startOverride w:val="${x.startOverride.start}"/></w:lvlOverride>` : ''}</w:num>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${abs}${nums}</w:numbering>`;
}

export interface StyleDef {
  id: string;
  name: string;
  basedOn?: string;
  num?: { id: number; level?: number };
}

function stylesXml(styles: StyleDef[]): string {
  const all: StyleDef[] = [{ id: 'Normal', name: 'Normal' }, ...styles];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${all
    .map(
      (s) =>
        `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.name}"/>${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}${s.num ? `<w:pPr><w:numPr>${s.num.level !== undefined ? `<w:ilvl w:val="${s.num.level}"/>` : ''}<w:numId w:val="${s.num.id}"/></w:numPr></w:pPr>` : ''}</w:style>`,
    )
    .join('')}</w:styles>`;
}

export interface DocxSpec {
  body: string[];
  styles?: StyleDef[];
  numbering?: NumberingDef;
  header?: string;
  /** a header for the first page alone (Word's "Different first page"), above `header` on the rest */
  firstPageHeader?: string[];
  footer?: string;
}

const NS = `xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"`;

export function buildDocx(spec: DocxSpec): Buffer {
  const zip = new AdmZip();
  const add = (name: string, text: string) => zip.addFile(name, Buffer.from(text, 'utf8'));
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  add(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`,
  );
  const first = spec.firstPageHeader ? '<w:headerReference w:type="first" r:id="rId5"/>' : '';
  const titlePg = spec.firstPageHeader ? '<w:titlePg/>' : '';
  const sect = `<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>${first}<w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/>${titlePg}</w:sectPr>`;
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${spec.body.join('')}${sect}</w:body></w:document>`,
  );
  add('word/styles.xml', stylesXml(spec.styles ?? []));
  add('word/numbering.xml', numberingXml(spec.numbering ?? { abstracts: [], nums: [] }));
  add(
    'word/header1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${NS}>${p(spec.header ?? 'OFFICIAL')}</w:hdr>`,
  );
  if (spec.firstPageHeader)
    add(
      'word/header2.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${NS}>${spec.firstPageHeader.map((t) => p(t)).join('')}</w:hdr>`,
    );
  add(
    'word/footer1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${NS}>${p(spec.footer ?? 'Page 1 of 1')}</w:ftr>`,
  );
  return zip.toBuffer();
}

/**
 * A content control around `inner` (runs, paragraphs, table rows or cells), as a form-like
 * template holds its fields: `placeholder` for one still showing its prompt ("Click or tap here to
 * enter text."), its runs in the PlaceholderText style; `date` for a date picker's value; `repeating`
 * for a repeating section (around its items) or one item of it (around a row).
 */
export function control(
  inner: string,
  o: { placeholder?: boolean; date?: string; repeating?: 'section' | 'item'; tag?: string } = {},
): string {
  const props = [
    o.tag ? `<w:alias w:val="${esc(o.tag)}"/><w:tag w:val="${esc(o.tag)}"/>` : '',
    '<w:id w:val="1"/>',
    o.placeholder
      ? '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
      : '',
    o.date
      ? `<w:date w:fullDate="${o.date}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/></w:date>`
      : '',
    o.repeating === 'section'
      ? '<w15:repeatingSection/>'
      : o.repeating === 'item'
        ? '<w15:repeatingSectionItem/>'
        : '',
  ].join('');
  return `<w:sdt><w:sdtPr>${props}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}

/** The runs of a control's prompt, in Word's PlaceholderText style. */
export const prompt = (text: string) =>
  `<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** A paragraph of raw runs (text runs and controls), with an optional style. */
export const pRaw = (inner: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${inner}</w:p>`;

/** A table cell of paragraphs already written. */
export const tcRaw = (paragraphs: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraphs}</w:tc>`;
