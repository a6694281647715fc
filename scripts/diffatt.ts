import { readdirSync, readFileSync } from 'node:fs';
import { parseMinutes } from '/work/main/src/minutes/index.ts';

const dir = process.argv[2] as string;
const norm = (s: unknown) =>
  String(JSON.stringify(s))
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');
for (const f of readdirSync(dir).filter(
  (f) => (!f.endsWith('.json') && !f.endsWith('.md')) || (f.endsWith('.md') && f !== 'README.md'),
)) {
  let exp;
  try {
    exp = JSON.parse(readFileSync(`${dir}/${f.replace(/\.[a-z]+$/, '.expected.json')}`, 'utf8'));
  } catch {
    continue;
  }
  const got = parseMinutes(new TextDecoder().decode(readFileSync(`${dir}/${f}`))) as never as Record<
    string,
    unknown[]
  >;
  for (const k of ['attendees', 'apologies', 'items']) {
    const g = got[k] ?? [],
      e = exp[k] ?? [];
    for (let i = 0; i < Math.max(g.length, e.length); i++)
      if (norm(g[i]) !== norm(e[i]))
        console.log(f.slice(0, 20), k, i, 'GOT', JSON.stringify(g[i]), 'EXP', JSON.stringify(e[i]));
  }
}
