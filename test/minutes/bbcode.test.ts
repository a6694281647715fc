/**
 * Minutes posted to a forum in BBCode: the tags read by a BBCode parser into plain lines.
 */
import { describe, expect, it } from 'vitest';
import { bbcode } from '../../src/minutes/bbcode.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('BBCode', () => {
  it('loses emphasis, colour and size, keeps the words and brackets that are no tag', () => {
    expect(
      bbcode([
        '[b][size=150]Harbour Forum[/size][/b]',
        '[color=red][b]ACTION:[/b][/color] Unseen to send the posters [p. 14].',
      ]),
    ).toEqual(['Harbour Forum', 'ACTION: Unseen to send the posters [p. 14].']);
  });

  it('writes a list\'s entries as "- " lines and a table as a pipe table, a rule under its header', () => {
    expect(
      bbcode([
        '[list][*]Next forum: [b]2 April 2025[/b][*]Venue to be confirmed[/list]',
        '',
        '[table][tr][th]Action[/th][th]Owner[/th][/tr][tr][td]Send the posters[/td][td]Unseen[/td][/tr][/table]',
      ]).filter((l) => l !== ''),
    ).toEqual([
      '- Next forum: 2 April 2025',
      '- Venue to be confirmed',
      '| Action | Owner |',
      '|---|---|',
      '| Send the posters | Unseen |',
    ]);
  });

  it('leaves text with no BBCode as it was, square brackets and all', () => {
    const lines = ['[illegible] word [1]', 'Action: NCA to report [b] soon.'];
    expect(bbcode(lines)).toEqual(lines);
  });

  it('gives the forum post its minutes: attendance, items, actions and the next meeting', () => {
    const parsed = parseMinutes(
      [
        '[b]Harbour Forum[/b]',
        '[i]Minutes of the forum held on 5 February 2025[/i]',
        '',
        '[b]Present:[/b] Helen Carr (Brighton Voices), Lucy Adams (Unseen)',
        '',
        '[u][b]1. Hotels[/b][/u]',
        '[color=red][b]ACTION:[/b][/color] Unseen to send the posters to the hotels.',
        '',
        '[u][b]2. AOB[/b][/u]',
        '[list]',
        '[*]Next forum: [b]2 April 2025, 6.30pm[/b] at the Friends Meeting House.',
        '[/list]',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Helen Carr', 'Lucy Adams']);
    expect(parsed.actions).toEqual([
      { owners: ['Unseen'], text: 'Unseen to send the posters to the hotels', item: '1', due: null },
    ]);
    expect(parsed.nextMeeting?.start).toBe('2025-04-02T18:30:00+01:00');
  });

  it('leaves a block holding thousands of tags left open as written rather than parse it (the parser slows with each)', () => {
    const hostile = ['[b]x[/b] [u]y[/u]', '', `[table]${'[tr][td]a[/td][td]b'.repeat(100_000)}`];
    const started = performance.now();
    const out = bbcode(hostile);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(out[2]).toBe(hostile[2]);
  });
});
