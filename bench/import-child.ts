/**
 * Child entry: times parseMinutes(decodeMinutes(bytes)) on one generated input (argv[2]: realistic
 * or hostile), median of 3, in its own process so the parent can bound it with a time limit.
 */
import { decodeMinutes, parseMinutes } from '../src/minutes/index.js';
import { hostileMinutes, realisticMinutes } from './minutes-gen.js';
import { mb, median } from './stats.js';

const kind = process.argv[2];
const bytes = kind === 'hostile' ? hostileMinutes() : realisticMinutes();
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
