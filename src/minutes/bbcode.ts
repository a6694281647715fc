/**
 * Minutes posted to a forum or a bulletin board in BBCode ("[b]Present:[/b] …", "[u]1. Welcome[/u]",
 * "[list][*]…[/list]", "[quote]…[/quote]", "[table][tr][td]…"): read with a BBCode parser
 * (@bbob/parser), its tags become the plain lines every other stage reads: emphasis, colour and size
 * go, a list's entries become "- " lines, a table becomes a pipe table (a rule under a header row),
 * a quote its text. Brackets that are no BBCode tag ("[p. 14]", "[illegible]") stay as written.
 * Pure: lines in, lines out; text with no BBCode comes back as it was.
 */

import { parse } from '@bbob/parser';
import { pipeRow, ruleFor } from './pipe-rows.js';

type BbNode = string | { tag: string; attrs?: Record<string, unknown>; content?: unknown } | null;

// The tags the reader knows; any other bracketed text is the document's own words.
const INLINE = [
  'b',
  'i',
  'u',
  's',
  'size',
  'color',
  'colour',
  'font',
  'url',
  'email',
  'sup',
  'sub',
  'highlight',
];
const BLOCK = [
  'center',
  'left',
  'right',
  'justify',
  'indent',
  'quote',
  'code',
  'spoiler',
  'list',
  'ul',
  'ol',
];
const TABLE = ['table', 'tr', 'td', 'th'];
const DROPPED = ['img', 'youtube', 'video', 'attachment'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const ALLOWED = [...INLINE, ...BLOCK, ...TABLE, ...DROPPED, ...HEADINGS, '*', 'li'];

// Closing tags only BBCode writes: two of them make a document BBCode.
const CLOSING_TAG = /\[\/(?:b|i|u|s|size|colou?r|font|url|quote|list|table|tr|td|center|code|h[1-6])\]/gi;
// The parser's cost grows with the tags a block leaves open; text with more is no forum post.
const MAX_TAGS_IN_BLOCK = 2_000;
const MAX_TAGS = 20_000;

/** Whether the lines are written in BBCode. */
function isBbcode(lines: readonly string[]): boolean {
  let closing = 0;
  for (const line of lines) {
    if (line.length > 20_000 || !line.includes('[/')) continue;
    closing += line.match(CLOSING_TAG)?.length ?? 0;
    if (closing >= 2) return true;
  }
  return false;
}

const children = (node: BbNode): BbNode[] =>
  node !== null && typeof node === 'object' && Array.isArray(node.content) ? (node.content as BbNode[]) : [];

/** A node's words on one line: a table's cell, a heading. */
function inline(nodes: readonly BbNode[]): string {
  return render(nodes).replace(/\s+/g, ' ').trim();
}

/** A table's rows as a pipe table, a rule under its first row when that row is of header cells. */
function table(node: BbNode): string {
  const rows = children(node).filter(
    (n): n is { tag: string } => n !== null && typeof n === 'object' && n.tag.toLowerCase() === 'tr',
  );
  const lines: string[] = [];
  rows.forEach((row, i) => {
    const cells = children(row).filter(
      (n): n is { tag: string } => n !== null && typeof n === 'object' && /^t[dh]$/i.test(n.tag),
    );
    const line = pipeRow(cells.map((c) => inline(children(c))));
    lines.push(line);
    if (i === 0 && cells.length > 0 && cells.every((c) => c.tag.toLowerCase() === 'th'))
      lines.push(ruleFor(line));
  });
  return `\n${lines.join('\n')}\n`;
}

/** The nodes as plain text (see the file comment). */
function render(nodes: readonly BbNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node === null) continue;
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    const tag = node.tag.toLowerCase();
    if (tag === '*' || tag === 'li') {
      // An entry starts its own line; its words follow the tag (or are its content).
      if (out !== '' && !out.endsWith('\n')) out += '\n';
      out += `- ${render(children(node)).trimStart()}`;
    } else if (tag === 'table') out += table(node);
    else if (HEADINGS.includes(tag)) out += `## ${inline(children(node))}`;
    else if (DROPPED.includes(tag)) continue;
    else out += render(children(node));
  }
  return out;
}

/** The lines with their BBCode read (see the file comment). */
export function bbcode(lines: readonly string[]): string[] {
  if (!isBbcode(lines)) return [...lines];
  // Read a block (lines between blank lines) at a time: a tag left open ends with its block.
  const out: string[] = [];
  let tags = 0;
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const text = block.join('\n');
    const count = text.match(/\[\/?[*A-Za-z]/g)?.length ?? 0;
    tags += count;
    if (count > MAX_TAGS_IN_BLOCK || tags > MAX_TAGS) out.push(...block);
    else {
      const read = render(parse(text, { onlyAllowTags: ALLOWED }) as unknown as BbNode[]);
      out.push(...read.split('\n').map((l) => l.replace(/^(\s*)-\s+/, '$1- ')));
    }
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      out.push(line);
    } else block.push(line);
  }
  flush();
  return out;
}
