import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/minutes/files/docx.js';
import { IN_PROCESS_CHARS } from '../../src/minutes/files/parse-off-thread.js';
import {
  MinutesError,
  parseDocument,
  parseMinutes,
  parseMinutesDocument,
  parseMinutesText,
} from '../../src/minutes/index.js';
import { buildDocx, p } from '../support/docx.js';

const zone = { timezone: 'Europe/London' };
const seed = readFileSync(
  new URL('../fixtures/minutes/idmg-2012-04-17-minutes.txt', import.meta.url),
  'utf8',
);
// Ordinary minutes grown past what is read in-process: the seed, then a long last item.
const long = `${seed}\n${'The Group noted the update from each department on its work in the regions.\n'.repeat(1200)}`;
// A megabyte of "-" lines: linear for the reader, but seconds of it.
const hostile = `Strategy Board\nMinutes of the meeting held on 12 February 2013\n\n${'-\n'.repeat(500_000)}`;

/** Which came first: a timer set as the reading starts, or the reading's end. */
async function firstDone(reading: () => Promise<unknown>): Promise<string[]> {
  const order: string[] = [];
  setTimeout(() => order.push('timer'), 0);
  await reading().then(
    () => order.push('read'),
    () => order.push('refused'),
  );
  await new Promise((r) => setTimeout(r, 5));
  return order;
}

describe('large minutes read off the event loop', () => {
  it('reads ordinary minutes in-process, before a timer set beside them can run', async () => {
    expect(seed.length).toBeLessThan(IN_PROCESS_CHARS);
    expect(await parseMinutesText(seed, zone)).toEqual(parseMinutes(seed, zone));
    expect(await firstDone(() => parseMinutesText(seed, zone))).toEqual(['read', 'timer']);
  });

  it('reads minutes past the in-process size in the worker, to the same parse, while the bot goes on', async () => {
    expect(long.length).toBeGreaterThan(IN_PROCESS_CHARS);
    const parsed = await parseMinutesText(long, zone);
    expect(parsed).toEqual(parseMinutes(long, zone));
    expect(parsed.actions.length).toBeGreaterThan(0);
    expect(await firstDone(() => parseMinutesText(long, zone))).toEqual(['timer', 'read']);
  });

  it('reads a large Word document in the worker, to the same parse', async () => {
    const body = [
      p('Human Trafficking Strategy Board'),
      p('Minutes of the meeting held on 4 December 2012'),
      p(''),
    ];
    for (let i = 1; i <= 600; i += 1)
      body.push(
        p(`${i}. Item ${i}`),
        p(`ACTION: DWP to report on the support offered to victims in region ${i}.`),
      );
    const document = readDocx(buildDocx({ body }));
    expect(JSON.stringify(document).length).toBeGreaterThan(IN_PROCESS_CHARS);
    const parsed = await parseMinutesDocument(document, zone);
    expect(parsed).toEqual(parseDocument(document, zone));
    expect(parsed.actions).toHaveLength(600);
  });

  it('stops hostile minutes at the time limit with a message for a person, the event loop free meanwhile', async () => {
    const err = await parseMinutesText(hostile, { ...zone, limits: { timeoutMs: 50 } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MinutesError);
    expect((err as Error).message).toBe(
      'Reading the minutes took longer than 0.05 s (a hostile or damaged file?); nothing was read.',
    );
    expect(await firstDone(() => parseMinutesText(hostile, { ...zone, limits: { timeoutMs: 50 } }))).toEqual([
      'timer',
      'refused',
    ]);
  });
});
