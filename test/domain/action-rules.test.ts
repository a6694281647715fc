import { describe, expect, it } from 'vitest';
import {
  type Action,
  chasedForMeeting,
  dueByMeeting,
  isOverdue,
  onUpdatePaper,
} from '../../src/domain/action.js';

describe('overdue actions', () => {
  it('is overdue only once its due date has passed and only while outstanding', () => {
    expect(isOverdue({ due: '2012-07-31', status: 'open' }, '2012-07-31')).toBe(false);
    expect(isOverdue({ due: '2012-07-31', status: 'blocked' }, '2012-08-01')).toBe(true);
    expect(isOverdue({ due: '2012-07-31', status: 'done' }, '2012-08-01')).toBe(false);
    expect(isOverdue({ due: '2012-07-31', status: 'cancelled' }, '2012-08-01')).toBe(false);
    expect(isOverdue({ due: null, status: 'open' }, '2030-01-01')).toBe(false);
  });
});

describe('which actions the meeting reminders chase', () => {
  const meeting = '2012-09-13';
  const today = '2012-08-30';
  it.each([
    ['no due date, agreed at an earlier meeting', { meeting: '2012-04-17', due: null }, true],
    ['no due date, added by hand', { meeting: null, due: null }, true],
    ['agreed at this very meeting', { meeting: '2012-09-13', due: null }, false],
    ['due date passed', { meeting: '2012-04-17', due: '2012-07-31' }, true],
    ['due today (its own reminders are over)', { meeting: '2012-04-17', due: '2012-08-30' }, true],
    ['due date still to come, before the meeting', { meeting: '2012-04-17', due: '2012-09-10' }, false],
    ['due after the meeting', { meeting: '2012-04-17', due: '2012-10-31' }, false],
  ])('%s', (_, action, expected) => {
    expect(chasedForMeeting(action, meeting, today)).toBe(expected);
  });

  it('the digest reports on everything due by the meeting, and nothing due after it', () => {
    expect(dueByMeeting({ meeting: '2012-04-17', due: '2012-09-10' }, meeting)).toBe(true);
    expect(dueByMeeting({ meeting: '2012-04-17', due: '2012-09-13' }, meeting)).toBe(true);
    expect(dueByMeeting({ meeting: '2012-04-17', due: '2012-10-31' }, meeting)).toBe(false);
    expect(dueByMeeting({ meeting: '2012-09-13', due: null }, meeting)).toBe(false);
  });
});

describe('what the update paper lists', () => {
  const action = (over: Partial<Action>): Action => ({
    id: 'A1',
    committee: 'idmg',
    text: 'x',
    owners: ['UKHTC'],
    item: null,
    meeting: '2012-04-17',
    status: 'open',
    due: null,
    updates: [],
    ...over,
  });
  const done = (at: string) => [
    { at, by: 'U1', status: 'done' as const, note: null, source: 'slack' as const },
  ];
  it.each([
    ['outstanding, agreed earlier', action({}), true],
    ['outstanding, due long after the meeting', action({ due: '2013-06-30' }), true],
    ['agreed at the meeting itself', action({ meeting: '2012-09-13' }), false],
    ['cancelled', action({ status: 'cancelled' }), false],
    [
      'done since the last meeting',
      action({ status: 'done', updates: done('2012-08-30T10:00:00+01:00') }),
      true,
    ],
    [
      'done before the last meeting',
      action({ status: 'done', updates: done('2012-04-01T10:00:00+01:00') }),
      false,
    ],
    ['done with no dated update', action({ status: 'done' }), true],
  ])('%s', (_, a, expected) => {
    expect(onUpdatePaper(a, '2012-09-13', '2012-04-17')).toBe(expected);
  });
  it('lists all completed work before a first meeting', () => {
    expect(
      onUpdatePaper(action({ status: 'done', updates: done('2011-01-01T10:00:00Z') }), '2012-09-13', null),
    ).toBe(true);
  });
});
