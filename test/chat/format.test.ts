import { describe, expect, it } from 'vitest';
import { dueText, meetingWhen } from '../../src/chat/format.js';

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
});
