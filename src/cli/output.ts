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
}

export function output(json: boolean, write: (s: string) => void = (s) => process.stdout.write(s)): Output {
  return {
    json,
    print: (text) => write(`${text}\n`),
    data: (value, human) => write(`${json ? JSON.stringify(value, null, 2) : human()}\n`),
  };
}
