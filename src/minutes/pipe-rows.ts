/**
 * Writing a table as Markdown pipe rows, the one kind of table every text reader knows: markup
 * stages turn other tables (AsciiDoc, HTML inside text) into these. Pure.
 */

/** "| a | b |": a row's cells, each on one line, a "|" inside one written "/". */
export function pipeRow(cells: readonly string[]): string {
  return `| ${cells
    .map((c) =>
      c
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '/')
        .trim(),
    )
    .join(' | ')} |`;
}

/** "|---|---|" under a header row of as many cells as `row` has. */
export function ruleFor(row: string): string {
  return `|${Array.from({ length: Math.max(1, row.split('|').length - 2) }, () => '---').join('|')}|`;
}
