import { describe, expect, it } from 'vitest';
import { parsePeriod, quarterOf, roundSchedule } from '../../src/domain/quarters.js';
import { layeredHolidays } from '../../src/domain/working-days.js';

const holidays = layeredHolidays(
  ['2012-08-27', '2012-12-25', '2012-12-26', '2013-01-01', '2013-03-29', '2013-04-01'],
  () => [],
);

describe('quarters', () => {
  it.each([
    ['2012-09-13', 'calendar', '2012-Q3', '2012-07-01', '2012-09-30'],
    ['2012-12-31', 'calendar', '2012-Q4', '2012-10-01', '2012-12-31'],
    ['2012-04-17', 'financial', 'FY2012-Q1', '2012-04-01', '2012-06-30'],
    ['2013-02-01', 'financial', 'FY2012-Q4', '2013-01-01', '2013-03-31'],
  ] as const)('%s in %s quarters is %s', (date, scheme, period, first, last) => {
    expect(quarterOf(date, scheme)).toEqual({ period, first, last });
    expect(parsePeriod(period.toLowerCase(), scheme)).toEqual({ period, first, last });
  });

  it('refuses a period of the other scheme', () => {
    expect(parsePeriod('FY2012-Q1', 'calendar')).toBeNull();
    expect(parsePeriod('2012-Q5', 'calendar')).toBeNull();
    expect(parsePeriod('2012-Q3', 'financial')).toBeNull();
  });

  it('opens on the first working day of the last month, chases 3 working days before, closes 17:00 on the last working day', () => {
    const s = roundSchedule(quarterOf('2012-09-13', 'calendar'), 'Europe/London', '09:00', 3, holidays);
    expect(s.opensAt.toISO()).toBe('2012-09-03T09:00:00.000+01:00'); // 1 Sep 2012 was a Saturday
    expect(s.deadline.toISO()).toBe('2012-09-28T17:00:00.000+01:00'); // 30 Sep a Sunday
    expect(s.chaseAt.toISO()).toBe('2012-09-25T09:00:00.000+01:00');
    const q4 = roundSchedule(quarterOf('2012-12-01', 'calendar'), 'Europe/London', '09:00', 3, holidays);
    expect(q4.deadline.toISO()).toBe('2012-12-31T17:00:00.000+00:00');
    expect(q4.chaseAt.toISO()).toBe('2012-12-24T09:00:00.000+00:00'); // 28, 27, then over Christmas and Boxing Day to the 24th
    const fy = roundSchedule(quarterOf('2013-03-01', 'financial'), 'Europe/London', '09:00', 3, holidays);
    expect(fy.deadline.toISO()).toBe('2013-03-28T17:00:00.000+00:00'); // Good Friday 29 March 2013
  });
});
