import { describe, expect, it } from 'vitest';
import { matchesStatusFilter, parseActionRef } from '../../src/domain/action.js';
import { readReply, statusFromWord } from '../../src/domain/status-words.js';

describe('status words', () => {
  it.each([
    ['done', 'done'],
    ['Completed', 'done'],
    ['closed', 'done'],
    ['in progress', 'in_progress'],
    ['In  Progress', 'in_progress'],
    ['in_progress', 'in_progress'],
    ['ongoing', 'in_progress'],
    ['underway', 'in_progress'],
    ['blocked', 'blocked'],
    ['delayed', 'blocked'],
    ['stuck', 'blocked'],
    ['open', 'open'],
    ['reopen', 'open'],
    ['finished', null],
    ['', null],
  ])('%j -> %j', (word, status) => {
    expect(statusFromWord(word)).toBe(status);
  });
});

describe('reading a chat reply', () => {
  it.each([
    ['done', { actionNumber: null, status: 'done', note: null }],
    ['Done - sent the figures', { actionNumber: null, status: 'done', note: 'sent the figures' }],
    ['A3 done sent the figures', { actionNumber: 3, status: 'done', note: 'sent the figures' }],
    ['a12: in progress, draft with DH', { actionNumber: 12, status: 'in_progress', note: 'draft with DH' }],
    ['A2 we have written to HMRC', { actionNumber: 2, status: null, note: 'we have written to HMRC' }],
    ["we're not done yet", { actionNumber: null, status: null, note: "we're not done yet" }],
    ['doneness is relative', { actionNumber: null, status: null, note: 'doneness is relative' }],
    ['Delayed until the autumn', { actionNumber: null, status: 'blocked', note: 'until the autumn' }],
    [
      'reopen: HMRC changed their mind',
      { actionNumber: null, status: 'open', note: 'HMRC changed their mind' },
    ],
    ['A7', { actionNumber: 7, status: null, note: null }],
    ['   ', { actionNumber: null, status: null, note: null }],
  ])('%j', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});

describe('action ids and filters', () => {
  it('reads A-numbers in any case and nothing else', () => {
    expect(parseActionRef('A3')).toBe(3);
    expect(parseActionRef(' a42 ')).toBe(42);
    expect(parseActionRef('3')).toBeNull();
    expect(parseActionRef('A3B')).toBeNull();
    expect(parseActionRef("A1'; DROP TABLE actions;--")).toBeNull();
  });

  it('treats open, in progress and blocked as open', () => {
    expect(
      ['open', 'in_progress', 'blocked', 'done', 'cancelled'].filter((s) =>
        matchesStatusFilter(s as never, 'open'),
      ),
    ).toEqual(['open', 'in_progress', 'blocked']);
    expect(matchesStatusFilter('cancelled', 'all')).toBe(true);
    expect(matchesStatusFilter('cancelled', 'done')).toBe(false);
  });
});
