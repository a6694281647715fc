/**
 * `npm run minutes:score DIR [--json] [--verbose]`: reads every X.* in DIR that has an
 * X.expected.json beside it, as `idmg import` would (text decoded and parsed; a Word file or a PDF
 * read into the document model in the import's worker, then parsed; an email's message, or the
 * minutes attached to it, likewise), and prints per document and in total: actions exactly right,
 * due dates right, next meetings right and documents fully right.
 * A document the reader refuses (hostile bytes, a damaged file) counts as the empty parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openMinutesFile, parseDocument, parseMinutes } from '../src/minutes/index.js';
import { type DocumentScore, EMPTY, type Parse, percent, scoreDocument, total } from './score/score.js';

/** The parse `idmg import` would make of the file's bytes. */
async function read(bytes: Uint8Array): Promise<Parse> {
  // A measurement, not a person waiting: the worker is given time to start on a busy machine.
  const opened = await openMinutesFile(bytes, { limits: { timeoutMs: 60_000 } });
  return (opened.kind === 'text' ? parseMinutes(opened.text) : parseDocument(opened.document)) as Parse;
}

export async function scoreFolder(dir: string): Promise<{ name: string; score: DocumentScore }[]> {
  const files = readdirSync(dir);
  const out: { name: string; score: DocumentScore }[] = [];
  for (const file of files.sort()) {
    if (file.endsWith('.expected.json')) continue;
    const base = file.replace(/\.[^.]+$/, '');
    if (!files.includes(`${base}.expected.json`)) continue;
    const expected = JSON.parse(readFileSync(join(dir, `${base}.expected.json`), 'utf8')) as Parse;
    let found: Parse;
    try {
      found = await read(readFileSync(join(dir, file)));
    } catch {
      found = EMPTY;
    }
    out.push({ name: file, score: scoreDocument(found, expected) });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run minutes:score DIR [--json] [--verbose]');
    process.exit(2);
  }
  const scores = await scoreFolder(dir);
  const t = total(scores.map((s) => s.score));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ documents: scores, total: t }, null, 2));
  } else {
    const width = Math.max(8, ...scores.map((s) => s.name.length));
    console.log(`${'document'.padEnd(width)}  actions exact  due right  next  fully right`);
    for (const { name, score: s } of scores) {
      console.log(
        `${name.padEnd(width)}  ${`${s.actionsExact}/${s.actionsOutOf}`.padStart(13)}  ${`${s.dueRight}/${s.dueOutOf}`.padStart(9)}  ${(s.nextMeetingRight ? 'yes' : 'no').padStart(4)}  ${(s.fullyRight ? 'yes' : 'no').padStart(11)}`,
      );
      if (args.includes('--verbose')) for (const d of s.differences) console.log(`    ${d}`);
    }
    console.log(
      `\ntotal: actions exact ${t.actionsExact}/${t.actionsOutOf} (${percent(t.actionsExact, t.actionsOutOf)}%), due dates ${t.dueRight}/${t.dueOutOf} (${percent(t.dueRight, t.dueOutOf)}%), next meetings ${t.nextMeetingsRight}/${t.documents} (${percent(t.nextMeetingsRight, t.documents)}%), documents fully right ${t.fullyRight}/${t.documents} (${percent(t.fullyRight, t.documents)}%)`,
    );
  }
}
