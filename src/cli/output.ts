/** Plain-text tables for people; --json prints the data itself for machines. */
export function table(headers: string[], rows: (string | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => oneLine(c ?? '')))];
  const widths = headers.map((_h, i) => Math.min(60, Math.max(...cells.map((r) => (r[i] ?? '').length))));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Control characters from minutes or chat must not drive the operator's terminal. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

export interface Output {
  json: boolean;
  print(text: string): void;
  data(value: unknown, human: () => string): void;
  /**
   * A list read in pages: with --json written page by page, byte for byte what `data` would write
   * for the whole list; for people, gathered and shown by `human`.
   */
  list<T>(pages: AsyncIterable<T[]>, human: (all: T[]) => string): Promise<void>;
}

let pipeWatched = false;

/** Standard output, where a reader that stops reading (`idmg actions --json | head`) ends the command. */
function toStdout(text: string): void {
  if (!pipeWatched) {
    pipeWatched = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  process.stdout.write(text);
}

export function output(json: boolean, write: (s: string) => void = toStdout): Output {
  return {
    json,
    print: (text) => write(`${text}\n`),
    data: (value, human) => write(`${json ? JSON.stringify(value, null, 2) : human()}\n`),
    async list(pages, human) {
      if (!json) {
        const all = [];
        for await (const page of pages) all.push(...page);
        write(`${human(all)}\n`);
        return;
      }
      let first = true;
      for await (const page of pages) {
        if (page.length === 0) continue;
        // A page laid out as its own array is "[\n" + its items, indented as the whole list's are, +
        // "\n]": the items are written between the pages' commas.
        const items = JSON.stringify(page, null, 2).slice(2, -2);
        write(`${first ? '[\n' : ',\n'}${items}`);
        first = false;
      }
      write(first ? '[]\n' : '\n]\n');
    },
  };
}
