/** The results: a table on stdout, bench/results.md and bench/results.json. */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { round } from './stats.js';

export interface Results {
  ack_p50_ms: number;
  ack_p95_ms: number;
  ack_p99_ms: number;
  bare_bolt_p50_ms: number;
  bare_bolt_p95_ms: number;
  bare_bolt_p99_ms: number;
  ack_p99_ratio: number;
  responses_all_ms: number | null;
  responses_per_s: number | null;
  reminder_plan_ms: number | null;
  reminder_plan_messages: number | null;
  import_mb_per_s: number | null;
  import_hostile_mb_per_s: number | null;
  import_sizes_realistic?: ImportSize[];
  import_sizes_hostile?: ImportSize[];
  rss_idle_mb: number;
  rss_load_mb: number;
  heap_used_load_mb: number;
  heap_used_after_load_gc_mb: number;
  cli_next_ms: number;
  cli_next_npx_ms: number;
  rss_server_idle_mb: number | null;
  ack_max_ms: number;
  ack_fresh_connections_p99_ms: number;
  bare_bolt_fresh_connections_p99_ms: number;
  ack_over_1s: number;
  bare_bolt_max_ms: number;
  event_loop_delay_p99_ms: number;
  event_loop_delay_max_ms: number;
  startup_ms: number;
  seed_ms: number;
  total_run_s: number;
  [extra: string]: unknown;
}

interface Aim {
  name: string;
  figure: string;
  target: string;
  pass: boolean | null;
}

/** The scale series as results.json holds it (see run.ts): columns of 1,000, 10,000, 100,000 actions. */
interface ScaleColumns {
  actions: number[];
  ack_p99_ratio: (number | null)[];
  reminder_plan_ms: (number | null)[];
}

/** The aims of the open issues (speed: #16; the minutes reader's throughput: #14), and older ones still kept. */
/** One input size's importer times: the median of three runs (the first included) and the third run. */
export interface ImportSize {
  mb: number;
  ms: number | null;
  last_ms: number | null;
}

/** How many times longer 4 MB took than 1 MB (medians); 4× is linear, less is better than linear. */
function importGrowth(series: ImportSize[] | undefined): number | null {
  const at = (mbs: number) => series?.find((s) => s.mb === mbs)?.ms ?? null;
  const one = at(1);
  const four = at(4);
  return one && four ? round(four / one, 2) : null;
}

/** "109 / 154 / 257 ms (third runs 66 / 104 / 191 ms)" for 1, 2 and 4 MB. */
function importSizes(series: ImportSize[] | undefined): string {
  if (!series || series.length === 0) return 'n/a';
  const ms = (v: number | null) => (v === null ? 'null' : String(Math.round(v)));
  return `${series.map((s) => ms(s.ms)).join(' / ')} ms (third runs ${series.map((s) => ms(s.last_ms)).join(' / ')} ms)`;
}

export function aims(r: Results): Aim[] {
  const check = (v: number | null | undefined, ok: (x: number) => boolean) =>
    v === null || v === undefined ? null : ok(v);
  const scale = r.scale as ScaleColumns | undefined;
  const column = (actions: number) => scale?.actions.indexOf(actions) ?? -1;
  const at = <T>(list: T[] | undefined, i: number): T | undefined => (i >= 0 ? list?.[i] : undefined);
  const ratio100k = at(scale?.ack_p99_ratio, column(100_000));
  const plan10k = at(scale?.reminder_plan_ms, column(10_000)) ?? r.reminder_plan_ms;
  const plan100k = at(scale?.reminder_plan_ms, column(100_000));
  const growth = plan10k && plan100k ? round(plan100k / plan10k, 1) : null;
  const realisticGrowth = importGrowth(r.import_sizes_realistic);
  const hostileGrowth = importGrowth(r.import_sizes_hostile);
  return [
    {
      name: 'Slash-command ack p99',
      figure: `${r.ack_p99_ms} ms`,
      target: '< 300 ms',
      pass: r.ack_p99_ms < 300,
    },
    {
      name: 'Ack p99 ÷ bare Bolt, 10,000 actions (median of 3)',
      figure: `${r.ack_p99_ratio}×`,
      target: '≤ 1.2×',
      pass: r.ack_p99_ratio <= 1.2,
    },
    {
      name: 'Ack p99 ÷ bare Bolt, 100,000 actions (median of 3)',
      figure: ratio100k === undefined || ratio100k === null ? 'null' : `${ratio100k}×`,
      target: '≤ 1.3×',
      pass: check(ratio100k, (x) => x <= 1.3),
    },
    {
      name: 'Reminder planning, 10,000 actions (median of 5)',
      figure: r.reminder_plan_ms === null ? 'null' : `${r.reminder_plan_ms} ms`,
      target: '≤ 50 ms',
      pass: check(r.reminder_plan_ms, (x) => x <= 50),
    },
    {
      name: 'Reminder planning, 100,000 actions ÷ 10,000',
      figure: growth === null ? 'null' : `${growth}× (${plan100k} ms)`,
      target: '≤ 10×',
      pass: check(growth, (x) => x <= 10),
    },
    {
      name: 'Importer, realistic minutes',
      figure: r.import_mb_per_s === null ? 'null' : `${r.import_mb_per_s} MB/s`,
      target: '≥ 50 MB/s',
      pass: check(r.import_mb_per_s, (x) => x >= 50),
    },
    {
      name: 'Importer, hostile text',
      figure: r.import_hostile_mb_per_s === null ? 'null' : `${r.import_hostile_mb_per_s} MB/s`,
      target: '≥ 50 MB/s',
      pass: check(r.import_hostile_mb_per_s, (x) => x >= 50),
    },
    {
      name: 'Importer time, 4 MB ÷ 1 MB, realistic / hostile (linear: 4×)',
      figure: `${realisticGrowth ?? 'null'}× / ${hostileGrowth ?? 'null'}×`,
      target: '≤ 5×',
      pass:
        realisticGrowth === null || hostileGrowth === null
          ? null
          : realisticGrowth <= 5 && hostileGrowth <= 5,
    },
    {
      name: 'Server start-up (npm start)',
      figure: `${r.startup_ms} ms`,
      target: '≤ 350 ms',
      pass: r.startup_ms <= 350,
    },
    {
      name: "RSS of npm start's server, idle",
      figure: `${r.rss_server_idle_mb} MB`,
      target: '≤ 110 MB',
      pass: check(r.rss_server_idle_mb, (x) => x <= 110),
    },
    {
      name: 'idmg next, cold',
      figure: `${r.cli_next_ms} ms`,
      target: '≤ 250 ms',
      pass: r.cli_next_ms <= 250,
    },
    {
      name: 'Idle RSS (bench server)',
      figure: `${r.rss_idle_mb} MB`,
      target: '≤ 150 MB',
      pass: r.rss_idle_mb <= 150,
    },
    ...(typeof r.import_pdf_20p_ms === 'number'
      ? [
          {
            name: `Import a ${String(r.import_pdf_pages)}-page PDF (CLI, cold)`,
            figure: `${r.import_pdf_20p_ms} ms`,
            target: '< 300 ms (goal)',
            pass: r.import_pdf_20p_ms < 300,
          },
          {
            name: 'Import the same as .docx (CLI, cold)',
            figure: `${String(r.import_docx_20p_ms)} ms`,
            target: '< 300 ms (goal)',
            pass: Number(r.import_docx_20p_ms) < 300,
          },
        ]
      : []),
  ];
}

export function machine(): Record<string, string | number> {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
  };
}

const verdict = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'pass' : 'FAIL');

export function printTable(r: Results, notes: string[]): void {
  const rows: [string, string][] = [
    ['seeding (not a headline)', `${r.seed_ms} ms`],
    ['ack p50 / p95 / p99 (bot)', `${r.ack_p50_ms} / ${r.ack_p95_ms} / ${r.ack_p99_ms} ms`],
    [
      'ack p50 / p95 / p99 (bare Bolt)',
      `${r.bare_bolt_p50_ms} / ${r.bare_bolt_p95_ms} / ${r.bare_bolt_p99_ms} ms`,
    ],
    ['ack p99 ratio', `${r.ack_p99_ratio}×`],
    [
      'all response_url posts',
      r.responses_all_ms === null
        ? 'incomplete'
        : `${r.responses_all_ms} ms (${r.responses_per_s} commands/s)`,
    ],
    ['reminder planning', r.reminder_plan_ms === null ? 'null' : `${r.reminder_plan_ms} ms`],
    ['importer realistic / hostile', `${r.import_mb_per_s} / ${r.import_hostile_mb_per_s} MB/s`],
    ['ack max / acks over 1 s (bot)', `${r.ack_max_ms} ms / ${r.ack_over_1s}`],
    [
      'ack p99 on 50 fresh connections (bot / bare)',
      `${r.ack_fresh_connections_p99_ms} / ${r.bare_bolt_fresh_connections_p99_ms} ms`,
    ],
    [
      'event-loop delay p99 / max under load',
      `${r.event_loop_delay_p99_ms} / ${r.event_loop_delay_max_ms} ms`,
    ],
    ['GC pause max / total under load', `${r.gc_pause_max_ms} / ${r.gc_pause_total_ms} ms`],
    ['RSS idle / peak under load', `${r.rss_idle_mb} / ${r.rss_load_mb} MB`],
    ['heap used peak / after load + GC', `${r.heap_used_load_mb} / ${r.heap_used_after_load_gc_mb} MB`],
    ["RSS of `npm start`'s server, idle", `${r.rss_server_idle_mb} MB`],
    ['start-up (median of 5)', `${r.startup_ms} ms`],
    ['idmg next, cold (median of 10) / via npx', `${r.cli_next_ms} / ${r.cli_next_npx_ms} ms`],
    ['whole run', `${r.total_run_s} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log('');
  for (const a of aims(r))
    console.log(`${verdict(a.pass).padEnd(5)} ${a.name}: ${a.figure} (aim ${a.target})`);
  for (const n of notes) console.log(`note: ${n}`);
}

export function writeResults(dir: URL, r: Results, notes: string[], details: string[]): void {
  const m = machine();
  writeFileSync(new URL('results.json', dir), `${JSON.stringify({ ...r, machine: m, notes }, null, 2)}\n`);
  const md = [
    '# idmg-bot benchmark',
    '',
    `Run with \`npm run bench\` on ${m.date}.`,
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu} (${m.cores} cores)`,
    `- Memory: ${m.memory_gb} GB`,
    `- Node: ${m.node} (${m.platform})`,
    '',
    '## Aims',
    '',
    '| aim | figure | target | result |',
    '| --- | --- | --- | --- |',
    ...aims(r).map((a) => `| ${a.name} | ${a.figure} | ${a.target} | ${verdict(a.pass)} |`),
    '',
    '## Figures',
    '',
    '| figure | value |',
    '| --- | --- |',
    `| Slash-command ack latency, bot, p50 / p95 / p99 | ${r.ack_p50_ms} / ${r.ack_p95_ms} / ${r.ack_p99_ms} ms |`,
    `| Slash-command ack latency, bare Bolt, p50 / p95 / p99 | ${r.bare_bolt_p50_ms} / ${r.bare_bolt_p95_ms} / ${r.bare_bolt_p99_ms} ms |`,
    `| Ack p99 ratio (bot / bare Bolt) | ${r.ack_p99_ratio} |`,
    `| All response_url posts for the bot's commands | ${r.responses_all_ms === null ? 'incomplete' : `${r.responses_all_ms} ms (${r.responses_per_s} commands/s)`} |`,
    `| Reminder planning, median of 5 | ${r.reminder_plan_ms === null ? 'null' : `${r.reminder_plan_ms} ms`} |`,
    `| Importer, realistic ~4 MB minutes | ${r.import_mb_per_s} MB/s |`,
    `| Importer, ~4 MB hostile text | ${r.import_hostile_mb_per_s} MB/s |`,
    `| Importer, realistic minutes of 1 / 2 / 4 MB, median of 3 (first run included) | ${importSizes(r.import_sizes_realistic)} |`,
    `| Importer, hostile text of 1 / 2 / 4 MB, median of 3 (first run included) | ${importSizes(r.import_sizes_hostile)} |`,
    `| Slowest bot ack; acks over 1 s | ${r.ack_max_ms} ms; ${r.ack_over_1s} |`,
    `| Extra: ack p99 when 500 commands arrive on 50 fresh connections opened at once, bot / bare Bolt | ${r.ack_fresh_connections_p99_ms} / ${r.bare_bolt_fresh_connections_p99_ms} ms |`,
    `| Bot event-loop delay under load, worst turn's p99 / max | ${r.event_loop_delay_p99_ms} / ${r.event_loop_delay_max_ms} ms |`,
    `| Bot garbage-collection pauses under load, longest / total | ${r.gc_pause_max_ms} / ${r.gc_pause_total_ms} ms |`,
    `| RSS of the bot's process, idle, 1 s after it listens on the seeded database | ${r.rss_idle_mb} MB |`,
    `| RSS peak under the slash-command load (sampled every 50 ms) | ${r.rss_load_mb} MB |`,
    `| Heap used, peak under load / after the load and a full GC | ${r.heap_used_load_mb} / ${r.heap_used_after_load_gc_mb} MB |`,
    `| RSS of the server as \`npm start\` runs it, 1 s after it listens (scheduler on, no Slack), median of 5 | ${r.rss_server_idle_mb ?? 'n/a'} MB |`,
    `| Start-up of the server as \`npm start\` runs it, median of 5 | ${r.startup_ms} ms |`,
    `| \`node bin/idmg.js next\`, cold process, median of 10 / \`npx idmg next\`, median of 3 | ${r.cli_next_ms} / ${r.cli_next_npx_ms} ms |`,
    ...(r.postgres
      ? [
          `| PostgreSQL: ack p99 of the same commands, and its ratio to SQLite's | ${(r.postgres as { ack_p99_ms: number }).ack_p99_ms} ms, ${(r.postgres as { ack_p99_vs_sqlite: number }).ack_p99_vs_sqlite}× |`,
          `| PostgreSQL: reminder delivery, one replica / two replicas | ${(r.postgres as { delivery_one_replica_per_s: number }).delivery_one_replica_per_s} / ${(r.postgres as { delivery_two_replicas_per_s: number }).delivery_two_replicas_per_s} messages/s (${(r.postgres as { delivery_messages: number }).delivery_messages} messages) |`,
        ]
      : []),
    `| Seeding (not a headline figure) | ${r.seed_ms} ms |`,
    `| Whole benchmark run | ${r.total_run_s} s |`,
    '',
    '## How',
    '',
    ...details.map((d) => `- ${d}`),
    '',
    ...(notes.length > 0 ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
  writeFileSync(new URL('results.md', dir), md);
}
