/**
 * Child entry: times parseMinutes(decodeMinutes(bytes)) on one generated input (argv[2]: realistic
 * or hostile; argv[3]: its size in MB), median of 3, in its own process so the parent can bound it with a time limit.
 */
import { decodeMinutes, parseMinutes } from '../src/minutes/index.js';
import { hostileMinutes, realisticMinutes } from './minutes-gen.js';
import { mb, median } from './stats.js';

const kind = process.argv[2];
// argv[3]: the input's size in MB (2^20 bytes; 4 unless given), so the parent can see how time grows with size.
const target = Number(process.argv[3] ?? 4) * 1024 * 1024;
const bytes = kind === 'hostile' ? hostileMinutes(target) : realisticMinutes(target);
const runs: number[] = [];
let actions = 0;
let items = 0;
for (let i = 0; i < 3; i += 1) {
  const started = performance.now();
  const parsed = parseMinutes(decodeMinutes(bytes));
  runs.push(performance.now() - started);
  actions = parsed.actions.length;
  items = parsed.items.length;
}
const ms = median(runs);
process.send?.(
  {
    type: 'imported',
    kind,
    bytes: bytes.length,
    runsMs: runs,
    ms,
    mbPerS: mb(bytes.length) / (ms / 1000),
    actions,
    items,
  },
  () => process.exit(0),
);
