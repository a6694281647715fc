import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { offsetAt, wallClockMillis } from '../../src/domain/zone-offset.js';

/** What the planner computed before: luxon's DateTime for the wall clock on that date. */
const luxon = (date: string, hour: number, minute: number, zone: string) =>
  DateTime.fromISO(date, { zone }).set({ hour, minute, second: 0, millisecond: 0 }).toMillis();

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham'];

describe('wall-clock instants without luxon', () => {
  it('agree with luxon at every quarter hour of the days the UK clocks change (GMT ↔ BST)', () => {
    for (const date of ['2012-03-25', '2012-10-28', '2026-03-29', '2026-10-25', '2027-03-28']) {
      for (let hour = 0; hour < 24; hour += 1)
        for (const minute of [0, 15, 30, 45])
          expect(wallClockMillis(date, hour, minute, 'Europe/London'), `${date} ${hour}:${minute}`).toBe(
            luxon(date, hour, minute, 'Europe/London'),
          );
    }
    // In the hour that is skipped the time moves on; in the hour that repeats, summer time's reading.
    expect(new Date(wallClockMillis('2012-03-25', 1, 30, 'Europe/London')).toISOString()).toBe(
      '2012-03-25T01:30:00.000Z',
    );
    expect(new Date(wallClockMillis('2012-10-28', 1, 30, 'Europe/London')).toISOString()).toBe(
      '2012-10-28T00:30:00.000Z',
    );
    expect(new Date(wallClockMillis('2012-07-02', 9, 0, 'Europe/London')).toISOString()).toBe(
      '2012-07-02T08:00:00.000Z',
    );
  });

  it('agree with luxon on any date, time and zone', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...ZONES),
        (day, hour, minute, zone) => {
          const date = day.toISOString().slice(0, 10);
          expect(wallClockMillis(date, hour, minute, zone)).toBe(luxon(date, hour, minute, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('read offsets as luxon does, in minutes east of UTC', () => {
    expect(offsetAt(Date.parse('2012-07-01T12:00:00Z'), 'Europe/London')).toBe(60);
    expect(offsetAt(Date.parse('2012-12-01T12:00:00Z'), 'Europe/London')).toBe(0);
    expect(offsetAt(Date.parse('2012-12-01T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });
});
