/**
 * Waiting for the machine to be quiet before a measurement. Seeding 100,000 actions writes ~90 MB
 * that the kernel then writes back while the next figures are taken, and the first server measured
 * after it (always the bot, before this) paid for that: its runs' ratios fell from the first to the
 * third every time. The database file is flushed, then the cores must be idle for a moment.
 */
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { cpus } from 'node:os';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Idle share of all cores over `ms` (0–1), from the kernel's per-core counters. */
async function idleShare(ms: number): Promise<number> {
  const total = (c: ReturnType<typeof cpus>) =>
    c.reduce(
      (sum, core) => {
        const t = core.times;
        return { idle: sum.idle + t.idle, all: sum.all + t.idle + t.user + t.nice + t.sys + t.irq };
      },
      { idle: 0, all: 0 },
    );
  const before = total(cpus());
  await sleep(ms);
  const after = total(cpus());
  const all = after.all - before.all;
  return all > 0 ? (after.idle - before.idle) / all : 1;
}

/**
 * Flushes `files` to disk, then waits until the cores have been at least `idle` idle for two
 * consecutive seconds, or `maxMs` have passed. Resolves to the seconds waited and the last idle
 * share seen, for the log.
 */
export async function settle(
  files: string[],
  { idle = 0.9, maxMs = 30_000 } = {},
): Promise<{ waitedS: number; idleShare: number }> {
  const started = performance.now();
  for (const file of files) {
    const fd = openSync(file, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  let quiet = 0;
  let share = 0;
  while (performance.now() - started < maxMs) {
    share = await idleShare(1000);
    quiet = share >= idle ? quiet + 1 : 0;
    if (quiet >= 2) break;
  }
  return { waitedS: Math.round((performance.now() - started) / 100) / 10, idleShare: share };
}
