import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dueStep, sendTime } from '../../src/domain/reminder-policy.js';
import { layeredHolidays, workingDaysBefore } from '../../src/domain/working-days.js';

const LONDON = 'Europe/London';
const policy = { days: [10, 5, 1], time: '09:00', zone: LONDON };
/** What date-holidays says for 2012 (Spring bank holiday on 28 May: wrong). */
const dateHolidays2012 = [
  '2012-01-02',
  '2012-04-06',
  '2012-04-09',
  '2012-05-07',
  '2012-05-28',
  '2012-06-05',
  '2012-08-27',
  '2012-12-25',
  '2012-12-26',
];
/** GOV.UK's list for 2012 (the Spring bank holiday moved to 4 June for the Diamond Jubilee). */
const official2012 = [
  '2012-01-02',
  '2012-04-06',
  '2012-04-09',
  '2012-05-07',
  '2012-06-04',
  '2012-06-05',
  '2012-08-27',
  '2012-12-25',
  '2012-12-26',
];
const offlineOnly = layeredHolidays([], () => dateHolidays2012);
const withOfficial = layeredHolidays(official2012, () => dateHolidays2012);

describe('working days', () => {
  it.each([
    ['2012-09-13', 10, '2012-08-30'],
    ['2012-09-13', 5, '2012-09-06'],
    ['2012-09-13', 1, '2012-09-12'],
    ['2012-09-03', 1, '2012-08-31'], // over a weekend
    ['2012-08-28', 1, '2012-08-24'], // over the Summer bank holiday (27 Aug) and a weekend
    ['2012-12-27', 1, '2012-12-24'], // over Christmas and Boxing Day
  ])('%s minus %i working days is %s', (date, n, expected) => {
    expect(workingDaysBefore(date, n, withOfficial)).toBe(expected);
  });

  it('lets the official list win: a 7 June 2012 meeting’s 5-day reminder is on 29 May, not 30 May', () => {
    expect(workingDaysBefore('2012-06-07', 5, withOfficial)).toBe('2012-05-29');
    expect(workingDaysBefore('2012-06-07', 5, offlineOnly)).toBe('2012-05-30');
  });

  it('falls back to the offline list for years the official list does not cover', () => {
    const cal = layeredHolidays(['2013-01-01'], (year) => (year === 2012 ? ['2012-12-25'] : []));
    expect(cal.isHoliday('2012-12-25')).toBe(true);
    expect(cal.isHoliday('2013-01-01')).toBe(true);
  });
});

describe('the reminder policy', () => {
  const start = DateTime.fromISO('2012-09-13T10:30', { zone: LONDON });
  const at = (iso: string) => DateTime.fromISO(iso, { zone: LONDON });

  it('sends each step at 09:00 London time, in BST and in GMT', () => {
    expect(sendTime('2012-09-13', 10, policy, withOfficial).toISO()).toBe('2012-08-30T09:00:00.000+01:00');
    expect(sendTime('2012-12-06', 5, policy, withOfficial).toISO()).toBe('2012-11-29T09:00:00.000+00:00');
  });

  it.each([
    ['2012-08-30T08:59', null],
    ['2012-08-30T09:00', 10],
    ['2012-09-05T17:00', 10],
    ['2012-09-06T09:00', 5],
    ['2012-09-12T09:00', 1],
    ['2012-09-13T10:29', 1],
    ['2012-09-13T10:30', null],
    ['2012-09-20T09:00', null],
  ])('at %s the step due is %s', (now, step) => {
    expect(dueStep('2012-09-13', start, at(now), policy, withOfficial)?.step ?? null).toBe(step);
  });

  it('after downtime, only the latest step still due is due', () => {
    // Down from 29 August to 7 September: step 10 (30 Aug) and step 5 (6 Sep) were missed; 5 is due.
    expect(dueStep('2012-09-13', start, at('2012-09-07T12:00'), policy, withOfficial)?.step).toBe(5);
  });
});
