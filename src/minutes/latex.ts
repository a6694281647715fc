/**
 * Minutes kept as LaTeX source, as a secretariat that typesets its papers keeps them: read with a
 * LaTeX parser (latex-utensils), the source becomes the lines the printed page shows, which every
 * other stage reads: `\title` and `\date` as the title's lines, a numbered `\section` as "2. Title"
 * (numbered as LaTeX numbers it), `\section*` as a heading, itemize and enumerate entries as "- "
 * and "1. " lines, a tabular as a pipe table (its rules gone), `\textbf` as Markdown bold (so
 * `\textbf{Action:}` is the label it prints), and commands that only lay the page out gone.
 * Pure: lines in, lines out; text that is no LaTeX comes back as it was.
 */
import { createRequire } from 'node:module';
import type { latexParser as LatexParser } from 'latex-utensils';
import { pipeRow, ruleFor } from './pipe-rows.js';

type Node = LatexParser.Node;

// Loaded on the first LaTeX minutes only: most minutes are none, and the parser is large.
let parser: typeof LatexParser | undefined;
const latexParser = (): typeof LatexParser =>
  (parser ??= (createRequire(import.meta.url)('latex-utensils') as { latexParser: typeof LatexParser })
    .latexParser);

// Lines only LaTeX source opens with; two of them among the first lines make the text LaTeX.
const LATEX_LINE =
  /^\s*\\(?:documentclass\b|begin\{(?:document|itemize|enumerate|description|tabularx?|longtable)\}|(?:sub)*section\*?\{|item\b|maketitle\b|title\{)/;
const LOOKED_AT = 200;
// The largest source read: minutes are some kilobytes; the parser's time grows with the text.
const MAX_CHARS = 200_000;
const TIMEOUT_MS = 500;

/** Whether the first lines of the text are LaTeX source. */
function isLatex(lines: readonly string[]): boolean {
  let signs = 0;
  let looked = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (line.includes('\\') && LATEX_LINE.test(line)) signs += 1;
    looked += 1;
    if (signs >= 2) return true;
    if (looked >= LOOKED_AT) return false;
  }
  return false;
}

export function latexSource(lines: readonly string[]): string[] {
  if (!isLatex(lines)) return [...lines];
  const source = lines.join('\n');
  if (source.length > MAX_CHARS) return [...lines];
  let content: Node[];
  try {
    const ast = latexParser().parse(source, { timeout: TIMEOUT_MS });
    if (ast.kind !== 'ast.root') return [...lines];
    content = ast.content;
  } catch {
    return [...lines];
  }
  const written = new Writer().nodes(content);
  const out: string[] = [];
  for (const line of written.split('\n')) {
    const l = line.replace(/[ \t]+/g, ' ').trim();
    // One blank line between blocks, however many the source's layout left.
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  return out;
}

// Commands whose arguments are settings, not text: they and their arguments go.
const SETTINGS = new Set([
  'documentclass',
  'usepackage',
  'newcommand',
  'renewcommand',
  'providecommand',
  'setlength',
  'addtolength',
  'setcounter',
  'pagestyle',
  'thispagestyle',
  'geometry',
  'hypersetup',
  'definecolor',
  'vspace',
  'hspace',
  'includegraphics',
  'input',
  'include',
  'bibliography',
  'bibliographystyle',
  'footnote',
  'cline',
  'cmidrule',
  'author',
]);
// The sectioning commands, by depth: a numbered one is numbered as LaTeX numbers it.
const DEPTH: Readonly<Record<string, number>> = { chapter: 0, section: 1, subsection: 2, subsubsection: 3 };
// Characters a command writes.
const CHARACTERS: Readonly<Record<string, string>> = {
  '&': '&',
  '%': '%',
  $: '$',
  '#': '#',
  _: '_',
  '{': '{',
  '}': '}',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  pounds: '£',
  textsterling: '£',
  euro: '€',
  texteuro: '€',
  textendash: '–',
  textemdash: '—',
  textbullet: '•',
  ',': ' ',
  ' ': ' ',
  '\\': '\n',
  newline: '\n',
  par: '\n\n',
};
const TABLES = new Set(['tabular', 'tabular*', 'tabularx', 'tabulary', 'longtable', 'supertabular', 'array']);
const LISTS = new Set(['itemize', 'enumerate', 'description']);

class Writer {
  private readonly counters = [0, 0, 0, 0];
  private title = '';
  private date = '';
  private titled = false;
  // Inside a table's cell bold is no label: the cell is its text.
  private plain = false;

  nodes(nodes: readonly Node[]): string {
    let out = '';
    for (const n of nodes) out += this.node(n);
    return out;
  }

  private node(n: Node): string {
    switch (n.kind) {
      case 'text.string':
        return n.content.replace(/---/g, '—').replace(/--/g, '–').replace(/``|''/g, '"');
      case 'space':
      case 'softbreak':
      case 'activeCharacter':
      case 'alignmentTab':
        return ' ';
      case 'parbreak':
        return '\n\n';
      case 'linebreak':
        return '\n';
      case 'command':
        return this.command(n);
      case 'command.text':
        return this.nodes(n.arg.content);
      case 'command.url':
        return n.url;
      case 'command.href':
        return this.nodes(n.content);
      case 'arg.group':
        return this.nodes(n.content);
      case 'env':
        return this.environment(n);
      case 'inlineMath':
        return n.content.map((c) => (c.kind === 'math.character' ? c.content : '')).join('');
      case 'verb':
        return n.content;
      case 'env.verbatim':
        return `\n${n.content}\n`;
      default:
        return '';
    }
  }

  private command(n: LatexParser.Command): string {
    const name = n.name;
    const groups = n.args.filter((a): a is LatexParser.Group => a.kind === 'arg.group');
    const last = groups[groups.length - 1];
    const text = () => (last ? this.nodes(last.content) : '');
    if (name in CHARACTERS) return CHARACTERS[name] ?? '';
    if (SETTINGS.has(name)) return '';
    if (name === 'title') {
      this.title = text().trim();
      return '';
    }
    if (name === 'date') {
      this.date = text().trim();
      return '';
    }
    if (name === 'maketitle') return this.titleLines();
    const starred = name.endsWith('*');
    const depth = DEPTH[starred ? name.slice(0, -1) : name];
    if (depth !== undefined) return this.heading(depth, starred, text().trim());
    if (name === 'paragraph' || name === 'subparagraph') return `\n\n**${text().trim()}** `;
    if (name === 'textbf' || name === 'bf') {
      const written = text();
      const bold = written.trim();
      return this.plain || bold === '' ? written : `**${bold}**`;
    }
    // Any other command with text (\emph, \textit, \underline, \textsc, a macro of the secretariat's
    // own) prints its last argument; one without (\noindent, \toprule, \centering) prints nothing.
    return text();
  }

  private titleLines(): string {
    if (this.titled) return '';
    this.titled = true;
    return `\n\n${this.title}\n\n${this.date}\n\n`;
  }

  private heading(depth: number, starred: boolean, title: string): string {
    if (starred) return `\n\n${title}\n\n`;
    this.counters[depth] = (this.counters[depth] ?? 0) + 1;
    for (let d = depth + 1; d < this.counters.length; d += 1) this.counters[d] = 0;
    // A section under no chapter is numbered from its own counter: "2.", then "2.1" under it.
    const from = this.counters[0] === 0 ? 1 : 0;
    const number = this.counters.slice(from, depth + 1).join('.');
    return `\n\n${number}${depth === from ? '.' : ''} ${title}\n\n`;
  }

  private environment(n: LatexParser.Environment): string {
    if (n.name === 'document') {
      const body = this.nodes(n.content);
      // A title given but never made (no \maketitle) still heads the page.
      return (this.title !== '' || this.date !== '') && !this.titled ? `${this.titleLines()}${body}` : body;
    }
    if (LISTS.has(n.name)) return this.list(n);
    if (TABLES.has(n.name)) return this.table(n);
    if (n.name.startsWith('equation') || n.name === 'figure' || n.name === 'comment') return '';
    return `\n${this.nodes(n.content)}\n`;
  }

  /** A list's entries, each from its \item to the next, as "- " or "1. " lines. */
  private list(n: LatexParser.Environment): string {
    const entries: { label: string | null; nodes: Node[] }[] = [];
    for (const c of n.content) {
      if (c.kind === 'command' && c.name === 'item') {
        const optional = c.args.find((a) => a.kind === 'arg.optional');
        entries.push({ label: optional ? this.nodes(optional.content).trim() : null, nodes: [] });
      } else entries[entries.length - 1]?.nodes.push(c);
    }
    const lines = entries.map((e, k) => {
      const body = this.nodes(e.nodes)
        .trim()
        .replace(/\n\s*\n/g, '\n');
      const nested = body.replace(/\n/g, '\n  ');
      if (n.name === 'description') return `- ${e.label ? `**${e.label}** ` : ''}${nested}`;
      const marker = e.label ?? (n.name === 'enumerate' ? `${k + 1}.` : '-');
      return `${marker} ${nested}`;
    });
    return `\n\n${lines.join('\n')}\n\n`;
  }

  /** A tabular's rows (parted by \\) and cells (parted by &) as a pipe table under its first row. */
  private table(n: LatexParser.Environment): string {
    const rows: string[][] = [[]];
    let cell: Node[] = [];
    const endCell = () => {
      rows[rows.length - 1]?.push(this.cell(cell));
      cell = [];
    };
    for (const c of n.content) {
      if (c.kind === 'alignmentTab') endCell();
      else if (c.kind === 'linebreak') {
        endCell();
        rows.push([]);
      } else cell.push(c);
    }
    endCell();
    const filled = rows.filter((r) => r.some((c) => c !== ''));
    if (filled.length === 0) return '';
    const lines = filled.map(pipeRow);
    lines.splice(1, 0, ruleFor(lines[0] ?? ''));
    return `\n\n${lines.join('\n')}\n\n`;
  }

  private cell(nodes: readonly Node[]): string {
    const plain = this.plain;
    this.plain = true;
    const text = this.nodes(nodes).replace(/\s+/g, ' ').trim();
    this.plain = plain;
    return text;
  }
}
