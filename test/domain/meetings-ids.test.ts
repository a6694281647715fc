import { describe, expect, it } from 'vitest';
import { sortedIds } from '../../src/domain/ids.js';
import { heldBefore } from '../../src/domain/meeting.js';

describe('meetings held before another', () => {
  const meeting = (date: string, status = 'held', startUtc: string | null = null) => ({
    date,
    status,
    startUtc,
    zone: 'Europe/London',
  });
  const meetings = [
    meeting('2012-10-18'),
    meeting('2012-04-17'),
    meeting('2012-07-10', 'cancelled'),
    meeting('2012-09-05', 'scheduled', '2012-09-05T09:30:00Z'),
    meeting('2013-04-01', 'scheduled'),
  ];

  it('lists those started by then and not cancelled, before the date, in date order', () => {
    expect(heldBefore(meetings, '2013-04-01', Date.parse('2013-03-01T00:00:00Z'))).toEqual([
      '2012-04-17',
      '2012-09-05',
      '2012-10-18',
    ]);
    // Before 09:30 UTC on 5 September that meeting had not begun; a date-only one counts from its day.
    expect(heldBefore(meetings, '2013-04-01', Date.parse('2012-09-05T09:00:00Z'))).toEqual(['2012-04-17']);
    expect(heldBefore(meetings, '2012-04-17', Date.parse('2013-03-01T00:00:00Z'))).toEqual([]);
  });
});

describe('ids in number order', () => {
  it('sorts numerically, and drops repeats when asked', () => {
    expect(sortedIds(Float64Array.from([12, 3, 100, 7, 3]))).toEqual([3, 3, 7, 12, 100]);
    expect(sortedIds(Float64Array.from([12, 3, 100, 7, 3]), { distinct: true })).toEqual([3, 7, 12, 100]);
    expect(sortedIds(new Float64Array(0), { distinct: true })).toEqual([]);
  });
});
