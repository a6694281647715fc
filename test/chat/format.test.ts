import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localInstant } from '../../src/app/views.js';
import { dueText, meetingWhen, shortDay, shortInstant } from '../../src/chat/format.js';

const day = (iso: string) => iso;

describe('the words both platforms show', () => {
  it('marks a passed due date overdue while the action is outstanding', () => {
    expect(dueText({ due: '2012-07-31', status: 'open' }, day, '2012-08-01')).toBe('overdue: due 2012-07-31');
    expect(dueText({ due: '2012-07-31', status: 'done' }, day, '2012-08-01')).toBe('due 2012-07-31');
    expect(dueText({ due: '2012-07-31', status: 'open' }, day)).toBe('due 2012-07-31');
    expect(dueText({ due: null, status: 'open' }, day, '2012-08-01')).toBe('due by the next meeting');
  });

  it('says a meeting known only by its day has its time to be confirmed', () => {
    const m = { id: 1, title: 'IDMG', date: '2013-03-14', start: null, end: null, location: null };
    expect(meetingWhen(m as never)).toBe('Thursday 14 March 2013, time to be confirmed');
  });

  it('writes days and instants as luxon does (en), read off the stored string', () => {
    const instants = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2060-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom('Europe/London', 'UTC', 'Asia/Kolkata', 'America/New_York'),
        (d, zone) => {
          const stored = localInstant(d.toISOString(), zone);
          expect(shortInstant(stored)).toBe(
            DateTime.fromISO(stored, { setZone: true }).toFormat('d LLL yyyy HH:mm', { locale: 'en-US' }),
          );
          const date = d.toISOString().slice(0, 10);
          expect(shortDay(date)).toBe(DateTime.fromISO(date).toFormat('d LLL yyyy', { locale: 'en-US' }));
        },
      ),
      { numRuns: 1000 },
    );
    expect(shortDay('2012-09-13')).toBe('13 Sep 2012');
    expect(shortInstant('2012-08-30T10:12:00+01:00')).toBe('30 Aug 2012 10:12');
    expect(shortInstant('2012-08-30T09:12:00.000Z')).toBe('30 Aug 2012 09:12');
  });
});
