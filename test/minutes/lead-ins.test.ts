import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { actionsLeadIn } from '../../src/minutes/lead-ins.js';
import { plainBullets } from '../../src/minutes/markup.js';

describe('actions announced by a sentence rather than a label', () => {
  it('takes the discussion before the sentence and the lettered entries after it apart', () => {
    expect(
      actionsLeadIn(
        'Members discussed car washes. The network agreed the following actions: (a) NCA to share the data by 1 June 2018; (b) GLAA and DWP to plan visits; and (c) Unseen to report back.',
      ),
    ).toEqual({
      before: 'Members discussed car washes.',
      entries: [
        '(a) NCA to share the data by 1 June 2018',
        '(b) GLAA and DWP to plan visits',
        '(c) Unseen to report back.',
      ],
      marked: true,
    });
    expect(actionsLeadIn('The following actions were agreed:')).toEqual({
      before: '',
      entries: [],
      marked: false,
    });
    expect(actionsLeadIn('It was agreed that the following actions would be taken: NCA to write.')).toEqual({
      before: '',
      entries: ['NCA to write.'],
      marked: false,
    });
    // A label over entries run on in its line: the entries apart too.
    expect(actionsLeadIn('Actions: (i) NCA to write; (ii) DWP to call.')?.entries).toEqual([
      '(i) NCA to write',
      '(ii) DWP to call.',
    ]);
    // Marks closed by a bracket alone, "1)" and "a)", after the semicolon or comma that ends an entry.
    expect(actionsLeadIn('Actions: 1) NCA to write; 2) DWP to call.')?.entries).toEqual([
      'NCA to write',
      'DWP to call.',
    ]);
    expect(actionsLeadIn('Actions: a) NCA to write, b) DWP to call.')?.entries).toEqual([
      'a) NCA to write',
      'b) DWP to call.',
    ]);
    // A bracket closing a reference inside an entry starts none.
    expect(actionsLeadIn('Actions: 1) NCA to write (see para 2) by June; 2) DWP to call.')?.entries).toEqual([
      'NCA to write (see para 2) by June',
      'DWP to call.',
    ]);
  });

  it('leaves a sentence that names no list of actions alone', () => {
    expect(actionsLeadIn('The Board noted the following points: (a) costs; (b) timing.')).toBeNull();
    expect(actionsLeadIn('The following actions from the last meeting are complete.')).toBeNull();
  });

  const minutes = (body: string[]) =>
    parseMinutes(
      [
        'Strategy Board',
        '',
        '1 May 2018',
        '',
        'Present:',
        'Ann Lee, NCA',
        '',
        '1. Data',
        '',
        'Members noted the figures.',
        '',
        '2. Training',
        '',
        ...body,
      ].join('\n'),
    ).actions.map((a) => [a.owners, a.text, a.item]);

  it("reads the entries as the item's actions, in a paragraph or a line each, in the last item too", () => {
    const expected = [
      [['West Yorkshire Police'], 'West Yorkshire Police to share the data', '2'],
      [['GLAA', 'NCA'], 'GLAA and NCA to plan joint visits', '2'],
      [['Unseen'], 'Unseen to report at the next meeting', '2'],
    ];
    expect(
      minutes([
        'Members discussed the e-learning. The Board agreed the following actions: (a) West Yorkshire Police to share the data; (b) GLAA and NCA to plan joint visits; and (c) Unseen to report at the next meeting.',
      ]),
    ).toEqual(expected);
    expect(
      minutes([
        'Members discussed the e-learning. The following actions were agreed:',
        '(a) West Yorkshire Police to share the data;',
        '(b) GLAA and NCA to plan joint visits; and',
        '(c) Unseen to report at the next meeting.',
      ]),
    ).toEqual(expected);
    // The paragraph wrapped after the colon: the entries run on in the lines under the sentence.
    expect(
      minutes([
        'Members discussed the e-learning. The Board agreed the following actions:',
        '(a) West Yorkshire Police to share the data; (b) GLAA and NCA to plan joint',
        'visits; and (c) Unseen to report at the next meeting.',
      ]),
    ).toEqual(expected);
  });

  it('splits entries numbered "[1]", "[2]" after "Actions:" as lettered ones, without their numbers', () => {
    expect(
      actionsLeadIn('Actions: [1] NCA to share the data by 1 June 2018; [2] GLAA to plan visits.'),
    ).toEqual({
      before: '',
      entries: ['NCA to share the data by 1 June 2018', 'GLAA to plan visits.'],
      marked: true,
    });
    expect(actionsLeadIn('Actions: [1] NCA to share the data.')).toEqual({
      before: '',
      entries: ['[1] NCA to share the data.'],
      marked: true,
    });
  });

  it("splits a log's coded entries run onto its label's line, without their codes", () => {
    expect(
      actionsLeadIn(
        'Action log: IDMG/13/01 UKBA to publish the guidance. IDMG/13/02 MOJ to confirm the timetable.',
      ),
    ).toEqual({
      before: '',
      entries: ['UKBA to publish the guidance.', 'MOJ to confirm the timetable.'],
      marked: false,
      summary: true,
    });
    expect(actionsLeadIn('Actions: AP1 NCA to write. AP2 DWP to call.')?.summary).toBe(false);
    // One coded entry is a label's text as any other.
    expect(actionsLeadIn('Actions: SB/14/07 NCA to write.')).toBeNull();
    // Under "Action log:" the entries are the meeting's, in no item; under "Actions:" the item's.
    expect(
      minutes(['Members noted the plan.', 'Action log: SB/18/01 NCA to write. SB/18/02 DWP to call.']),
    ).toEqual([
      [['NCA'], 'NCA to write', null],
      [['DWP'], 'DWP to call', null],
    ]);
    expect(
      minutes(['Members noted the plan.', 'Actions: SB/18/01 NCA to write. SB/18/02 DWP to call.']),
    ).toEqual([
      [['NCA'], 'NCA to write', '2'],
      [['DWP'], 'DWP to call', '2'],
    ]);
  });

  it('goes on with run-on entries over lines: a next entry starting in a line, a name broken after one word', () => {
    expect(
      minutes([
        'Members discussed visits. Actions: (a) NCA to share the data by 31 May 2018;',
        '(b) GLAA to plan visits; (c) NCA to report back.',
      ]),
    ).toEqual([
      [['NCA'], 'NCA to share the data by 31 May 2018', '2'],
      [['GLAA'], 'GLAA to plan visits', '2'],
      [['NCA'], 'NCA to report back', '2'],
    ]);
    expect(
      minutes([
        'Members discussed visits. Actions: [1] NCA to share the data by 31 May 2018; [2] Westshire',
        'Police to plan visits.',
      ]),
    ).toEqual([
      [['NCA'], 'NCA to share the data by 31 May 2018', '2'],
      [['Westshire Police'], 'Westshire Police to plan visits', '2'],
    ]);
  });

  it('splits lettered entries run on in a line only under a sentence announcing actions', () => {
    const run = '(a) NCA to share the data; (b) GLAA to plan visits.';
    expect(actionsLeadIn(run, true)?.entries).toEqual([
      '(a) NCA to share the data',
      '(b) GLAA to plan visits.',
    ]);
    expect(actionsLeadIn(run)).toBeNull();
  });

  it("marks an arrow pointing at a body's task as an action, and other arrows as bullets", () => {
    expect(
      plainBullets([
        '→ Home Office to publish the leaflet',
        '⇒ The Board noted the plan.',
        '-> Unseen to draft a note',
      ]),
    ).toEqual([
      'Action: Home Office to publish the leaflet',
      '• The Board noted the plan.',
      'Action: Unseen to draft a note',
    ]);
    expect(minutes(['Members discussed the module.', '→ Home Office to publish the leaflet'])).toEqual([
      [['Home Office'], 'Home Office to publish the leaflet', '2'],
    ]);
  });

  it('leaves checkboxes, ticked or not, to mark tasks: they are no pictures', () => {
    const boxes = [
      '☐ NCA to share the data',
      '☑ DWP to write to employers',
      '☒ GLAA to plan visits',
      '□ CPS to report',
    ];
    expect(plainBullets(boxes)).toEqual(boxes);
    expect(minutes(['Members discussed the module.', '☑ Home Office to publish the leaflet'])).toEqual([
      [['Home Office'], 'Home Office to publish the leaflet', '2'],
    ]);
  });
});
