/**
 * A list of actions grouped under each owner's name, as meeting assistants and some secretariats write it.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { ownerGroups } from '../../src/minutes/owner-groups.js';

describe('actions grouped by owner', () => {
  it("become the list's entries with their owners, the tool's time after every task gone", () => {
    expect(
      ownerGroups([
        'Action items',
        'Ian Ford',
        'Arrange a visit to the terminal (17:55)',
        'Kate Moss',
        'Add a Tagalog version of the leaflet (39:12)',
        'Circulate the draft (41:02)',
        '',
        'Thanks all.',
      ]),
    ).toEqual([
      'Action items',
      '- Arrange a visit to the terminal (Owner: Ian Ford)',
      '- Add a Tagalog version of the leaflet (Owner: Kate Moss)',
      '- Circulate the draft (Owner: Kate Moss)',
      '',
      'Thanks all.',
    ]);
  });

  it('take back a task, or the time after it, wrapped by a mail client onto a line of its own', () => {
    expect(
      ownerGroups([
        'Action items',
        'Ian Ford',
        'Arrange a joint visit to the container terminal with Border',
        'force (17:55)',
        'Kate Moss',
        'Add a Tagalog version of the leaflet',
        '(39:12)',
      ]),
    ).toEqual([
      'Action items',
      '- Arrange a joint visit to the container terminal with Border force (Owner: Ian Ford)',
      '- Add a Tagalog version of the leaflet (Owner: Kate Moss)',
    ]);
  });

  it('keep a time that only one task has, and read bold names and bulleted tasks', () => {
    expect(
      ownerGroups([
        '## Actions',
        '**Home Office**',
        '- Book the port visit for 17:55 (17:55)',
        '**NCA**',
        '- Share the data',
      ]),
    ).toEqual([
      '## Actions',
      '- Book the port visit for 17:55 (17:55) (Owner: Home Office)',
      '- Share the data (Owner: NCA)',
    ]);
  });

  it("leave a table's header and rows, and a name with no task under it, as they were", () => {
    const table = ['Actions', 'Action      Owner      Due', 'Map the beds      Lucy Grant      30 November'];
    expect(ownerGroups(table)).toEqual(table);
    const noTasks = ['Action items', 'Ian Ford', 'Kate Moss', 'Arrange a visit'];
    expect(ownerGroups(noTasks)).toEqual(noTasks);
  });

  it("give each task its owner in a meeting assistant's summary", () => {
    const parsed = parseMinutes(
      [
        'Eastport Network - Quarterly meeting',
        'Thu, Jan 16, 2025 11:00 AM',
        '',
        'Participants',
        'Rachel Owusu, Ian Ford, Kate Moss',
        '',
        'Keywords',
        'referrals, port, Border Force',
        '',
        'Action items',
        'Ian Ford',
        'Arrange a joint visit with Border Force (17:55)',
        'Rachel Owusu',
        'Circulate the notes to the network (57:30)',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Rachel Owusu', 'Ian Ford', 'Kate Moss']);
    expect(parsed.actions).toEqual([
      { owners: ['Ian Ford'], text: 'Arrange a joint visit with Border Force', item: null, due: null },
      { owners: ['Rachel Owusu'], text: 'Circulate the notes to the network', item: null, due: null },
    ]);
  });
});

describe("each item's actions nested under their owners, indented", () => {
  it("reads each indented bullet under an owner's name as that owner's task, in lower case too", () => {
    const parsed = parseMinutes(
      [
        'Norfolk Anti-Slavery Partnership',
        'Minutes - 4 March 2025',
        'Present: DCI Ben Ward (Norfolk Constabulary) - Chair; Lucy Crane (Norfolk County Council)',
        '',
        '1. Agricultural work',
        'Members discussed seasonal workers.',
        'Actions:',
        '    Norfolk Constabulary:',
        '        - plan joint visits to three farms with the GLAA',
        '        - share the intelligence picture',
        '    Norfolk County Council:',
        '        - check the licensing of the labour providers by 31 March 2025',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Norfolk Constabulary'], 'plan joint visits to three farms with the GLAA', null],
      [['Norfolk Constabulary'], 'share the intelligence picture', null],
      [
        ['Norfolk County Council'],
        'check the licensing of the labour providers by 31 March 2025',
        '2025-03-31',
      ],
    ]);
    // Not nested, a line in lower case under a name is no task of it.
    expect(ownerGroups(['Actions:', 'Norfolk Constabulary:', 'plan joint visits'])).toEqual([
      'Actions:',
      'Norfolk Constabulary:',
      'plan joint visits',
    ]);
  });
});
