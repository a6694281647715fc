/**
 * How long a secretariat waits to import a long Word file or PDF: a 20-page document of each,
 * made by the test suite's own builders (test/support), imported cold with
 * `node bin/idmg.js import FILE --dry-run --json` (the bundle, its worker thread, pdf.js), median
 * of 5. The same minutes as text beside them, for the cost of reading the file itself.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx, p, table } from '../test/support/docx.js';
import { buildPdf, type PdfBlock } from '../test/support/pdf.js';
import { ROOT } from './child.js';
import { median } from './stats.js';

const BIN = join(ROOT, 'bin/idmg.js');
const ITEMS = 95;
const SENTENCE =
  'Departments reported on progress against the strategy, on the support offered to victims in each region, and on the work with partners in source countries. ';

function item(i: number) {
  return {
    title: `Item ${i + 1} of the agenda`,
    text: SENTENCE.repeat(5).trim(),
    action: `DfE to report on item ${i + 1} to the next meeting.`,
  };
}

export async function documentsOf(dir: string): Promise<{ pdf: string; docx: string; pdfPages: number }> {
  const items = Array.from({ length: ITEMS }, (_, i) => item(i));
  const blocks: PdfBlock[] = [
    { kind: 'title', text: 'Inter-Departmental Ministerial Group on Human Trafficking' },
    { kind: 'para', text: 'Minutes of the meeting of 6 December 2012' },
    { kind: 'para', text: 'Present:', bold: true },
    {
      kind: 'table',
      widths: [150, 230],
      rows: [
        ['Home Office', 'Damian Green MP (Chair)'],
        ['DfE', 'Official'],
      ],
      header: false,
    },
    ...items.flatMap((it, i): PdfBlock[] => [
      { kind: 'heading', text: `${i + 1}. ${it.title}` },
      { kind: 'para', text: it.text },
      { kind: 'para', text: `Action: ${it.action}` },
    ]),
  ];
  const pdfBytes = await buildPdf({ blocks, header: 'OFFICIAL', footer: 'Page {page} of {pages}' });
  const pdfPages = (new TextDecoder('latin1').decode(pdfBytes).match(/\/Type \/Page\b/g) ?? []).length;
  const docx = buildDocx({
    styles: [{ id: 'AgendaItem', name: 'Agenda item', num: { id: 1 } }],
    numbering: {
      abstracts: [{ id: 0, levels: [{ format: 'decimal', text: '%1.', style: 'AgendaItem' }] }],
      nums: [{ id: 1, abstract: 0 }],
    },
    body: [
      p('Inter-Departmental Ministerial Group on Human Trafficking'),
      p('Minutes of the meeting of 6 December 2012'),
      p('**Present:**'),
      table([
        ['Home Office', 'Damian Green MP (Chair)'],
        ['DfE', 'Official'],
      ]),
      ...items.flatMap((it) => [
        p(it.title, { style: 'AgendaItem' }),
        p(it.text),
        p(`**Action:** ${it.action}`),
      ]),
    ],
  });
  const files = { pdf: join(dir, 'long.pdf'), docx: join(dir, 'long.docx') };
  writeFileSync(files.pdf, pdfBytes);
  writeFileSync(files.docx, docx);
  return { ...files, pdfPages };
}

function importOnce(file: string, db: string): { ms: number; actions: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'import', file, '--dry-run', '--json', '--db', db], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent' },
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`idmg import ${file}: ${r.stderr}`);
  return { ms, actions: (JSON.parse(r.stdout) as { actions: unknown[] }).actions.length };
}

export interface DocumentTimes {
  pdfMs: number;
  docxMs: number;
  pdfPages: number;
  pdfActions: number;
  docxActions: number;
}

export async function measureDocuments(dir: string, runs = 5): Promise<DocumentTimes> {
  const { pdf, docx, pdfPages } = await documentsOf(dir);
  const db = join(dir, 'documents.sqlite');
  const time = (file: string) => {
    const all = Array.from({ length: runs }, () => importOnce(file, db));
    return { ms: median(all.map((r) => r.ms)), actions: all[0]?.actions ?? 0 };
  };
  const p = time(pdf);
  const d = time(docx);
  return { pdfMs: p.ms, docxMs: d.ms, pdfPages, pdfActions: p.actions, docxActions: d.actions };
}

if (process.argv[1]?.endsWith('documents.ts')) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  console.log(await measureDocuments(mkdtempSync(join(tmpdir(), 'idmg-docs-'))));
}
