/**
 * `npm run minutes:variants [VARIANT…] [-- --dir DIR…] [--verbose]`: every text fixture with an
 * expected parse, rewritten by each variant (scripts/score/variants.ts) and scored against its own
 * expectation rewritten alike. Prints, per variant, how many documents it changed and how many of
 * those the reader reads fully right before and after, then each document it read right before and
 * misreads after: a wording the reader learned from its fixtures rather than a class.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeMinutes, parseMinutes } from '../src/minutes/index.js';
import { EMPTY, type Parse, scoreDocument } from './score/score.js';
import { VARIANTS } from './score/variants.js';

const ROOT = 'test/fixtures/minutes';
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirAt = args.indexOf('--dir');
const dirs =
  dirAt >= 0
    ? args.slice(dirAt + 1).filter((a) => !a.startsWith('--'))
    : [
        ROOT,
        ...readdirSync(ROOT)
          .map((d) => join(ROOT, d))
          .filter((d) => statSync(d).isDirectory()),
      ];
const named = args.slice(0, dirAt >= 0 ? dirAt : args.length).filter((a) => !a.startsWith('--'));
const unknown = named.filter((n) => !VARIANTS.some((v) => v.name === n));
if (unknown.length > 0) {
  console.error(
    `unknown variant: ${unknown.join(', ')}; the variants are ${VARIANTS.map((v) => v.name).join(', ')}`,
  );
  process.exit(2);
}

/** Text documents with their expectation: the variants rewrite text, not Word or PDF files. */
function documents(): { name: string; text: string; expected: Parse }[] {
  const out: { name: string; text: string; expected: Parse }[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      if (!/\.(?:txt|md)$/.test(file)) continue;
      const expectation = join(dir, file.replace(/\.[^.]+$/, '.expected.json'));
      if (!existsSync(expectation)) continue;
      // Decoded as an import decodes it (Windows-1252 and UTF-16 files among them).
      let text: string;
      try {
        text = decodeMinutes(readFileSync(join(dir, file)));
      } catch {
        continue;
      }
      out.push({
        name: join(dir, file),
        text,
        expected: JSON.parse(readFileSync(expectation, 'utf8')) as Parse,
      });
    }
  }
  return out;
}

function parse(text: string): Parse {
  try {
    return parseMinutes(text) as Parse;
  } catch {
    return EMPTY;
  }
}

const corpus = documents();
for (const variant of VARIANTS.filter((v) => named.length === 0 || named.includes(v.name))) {
  let changed = 0;
  let rightBefore = 0;
  let rightAfter = 0;
  const lost: string[] = [];
  for (const doc of corpus) {
    const rewritten = variant.rewrite(doc.text, doc.expected);
    if (!rewritten) continue;
    changed += 1;
    const before = scoreDocument(parse(doc.text), doc.expected).fullyRight;
    const after = scoreDocument(parse(rewritten.text), rewritten.expected);
    if (before) rightBefore += 1;
    if (after.fullyRight) rightAfter += 1;
    if (before && !after.fullyRight)
      lost.push(
        `  ${doc.name}${verbose ? `\n${after.differences.map((d) => `      ${d}`).join('\n')}` : ''}`,
      );
  }
  console.log(
    `${variant.name} (${variant.about}): ${changed} documents rewritten, fully right ${rightBefore} as written, ${rightAfter} rewritten`,
  );
  for (const line of lost) console.log(line);
}
