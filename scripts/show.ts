import { readFileSync } from 'node:fs';
import { parseMinutes } from '/work/main/src/minutes/index.ts';

const f = process.argv[2] as string;
const got = parseMinutes(new TextDecoder().decode(readFileSync(f)));
const exp = JSON.parse(readFileSync(f.replace(/\.[a-z]+$/, '.expected.json'), 'utf8'));
const key = process.argv[3] ?? 'actions';
console.log('GOT', JSON.stringify((got as never)[key], null, 0).slice(0, 3000));
console.log('EXP', JSON.stringify(exp[key], null, 0).slice(0, 3000));
