import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { withoutSiteFurniture } from '../../src/minutes/site-furniture.js';

describe('minutes copied from a web page', () => {
  const page = [
    'Skip to main content',
    'Westshire Anti-Slavery Partnership',
    'Menu',
    'Home › About us › Meetings › Minutes',
    '',
    'Partnership Board minutes – 23 January 2024',
    'Published 2 February 2024',
    'Share this page',
    '',
    'Present',
    '* Supt Ian Drake, Westshire Police (Chair)',
    '',
    '1. Annual report',
    'Action: Westshire Police to publish the report by 9 February 2024.',
    '',
    'Back to top',
    '',
    'Was this page helpful? Yes No',
    'Contact us | Accessibility | Cookies | Privacy',
    '© Westshire County Council 2024',
  ];

  it('drops the site around them, and nothing from text that names no such page', () => {
    expect(withoutSiteFurniture(page)).toEqual([
      'Westshire Anti-Slavery Partnership',
      '',
      'Partnership Board minutes – 23 January 2024',
      '',
      'Present',
      '* Supt Ian Drake, Westshire Police (Chair)',
      '',
      '1. Annual report',
      'Action: Westshire Police to publish the report by 9 February 2024.',
      '',
      '',
    ]);
    // Minutes that are no web page keep a "Menu" item or a line that starts "Home".
    const plain = ['Board', '', '3. Menu', 'Search', 'Home › Office'];
    expect(withoutSiteFurniture(plain)).toEqual(plain);
  });

  it('reads the meeting, not the page', () => {
    const parsed = parseMinutes(page.join('\n'));
    expect(parsed.meeting).toEqual({ title: 'Partnership Board', date: '2024-01-23' });
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Supt Ian Drake']);
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([[['Westshire Police'], '2024-02-09']]);
  });
});
