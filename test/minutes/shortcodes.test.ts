import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { withoutReactions, withoutShortcodes } from '../../src/minutes/shortcodes.js';

describe('emoji written as shortcodes', () => {
  it('takes out the pictures and gives a keycap its digit, but leaves AsciiDoc attributes and times', () => {
    expect(withoutShortcodes(':pushpin: *Forum notes*\n:one: *Case review*')).toBe(
      '*Forum notes*\n1 *Case review*',
    );
    expect(withoutShortcodes('- :white_check_mark: Action: NCA to share it')).toBe(
      '- Action: NCA to share it',
    );
    // An AsciiDoc attribute, an unknown name and a time stay as written.
    expect(withoutShortcodes(':revdate: 2019-03-12')).toBe(':revdate: 2019-03-12');
    expect(withoutShortcodes('See :custom_logo: here')).toBe('See :custom_logo: here');
    expect(withoutShortcodes('at 10:30:00 on Teams')).toBe('at 10:30:00 on Teams');
  });

  it('reads notes copied from a chat tool’s canvas as their pictographs are read', () => {
    const parsed = parseMinutes(
      [
        ":pushpin: *Westshire Practitioners' Forum – notes*",
        ':calendar: Wednesday 17 January 2024, 13:00–14:00 (Teams)',
        '',
        ':busts_in_silhouette: *Attendees*',
        '• Jo Lee (Westshire Police) – chair',
        '• Sam Hart (Westshire County Council)',
        '',
        ':one: *Case review*',
        'Members discussed a case.',
        ':white_check_mark: *Action:* Hope for Justice to share its leaflet with partners by 31 January 2024',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: "Westshire Practitioners' Forum", date: '2024-01-17' });
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Jo Lee', 'Westshire Police', 'CHAIR'],
      ['Sam Hart', 'Westshire County Council', null],
    ]);
    expect(parsed.items).toEqual([{ number: '1', title: 'Case review' }]);
    expect(parsed.actions.map((a) => [a.owners, a.item, a.due])).toEqual([
      [['Hope for Justice'], '1', '2024-01-31'],
    ]);
  });
});

describe('the reactions under a chat message copied as text', () => {
  it('drops a line of pictures or shortcodes each with its count, and leaves an AsciiDoc attribute and a number in a sentence', () => {
    expect(withoutReactions('Teams\n:white_check_mark: 2 :eyes: 1\nNext')).toBe('Teams\nNext');
    expect(withoutReactions('Teams\n✅ 2 👀 1')).toBe('Teams\n');
    expect(withoutReactions(':toclevels: 2\n:eyes: 3')).toBe(':toclevels: 2\n');
    expect(withoutReactions('Referrals rose by 2 in March')).toBe('Referrals rose by 2 in March');
  });

  it("reads the next meeting's place without the counts of the reactions after it", () => {
    const parsed = parseMinutes(
      [
        'Nadia Hussain  10:03 AM',
        '*3. Next meeting*',
        'Tues 8 April 2025, 10:00, Teams',
        ':white_check_mark: 2 :eyes: 1',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({ start: '2025-04-08T10:00:00+01:00', end: null, location: 'Teams' });
  });
});
