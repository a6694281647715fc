/** A Google Docs plain-text download's comments: letters after the words, the comments at the end. */
import { describe, expect, it } from 'vitest';
import { withoutDocComments } from '../../src/minutes/doc-comments.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { withoutMarkupBalloons } from '../../src/minutes/markup-balloons.js';

const download = [
  'South West Network',
  'Minutes – 13 February 2025',
  '',
  'Apologies: Lisa Trent, Torbay Council[a]',
  '',
  '2. Agricultural workers',
  'Concerns about seasonal workers on two farms near Crediton[b].',
  'Action: Unseen to send helpline leaflets in Romanian to the farms[c].',
  '',
  '4. Next meeting',
  '15 May 2025, 10:00, Devon County Hall, Exeter',
  '________________',
  '[a]Lisa sent apologies on the morning - Kate',
  '[b]Action: check whether these are the same farms as last year?',
  '[c]Rhian Lloyd: I can also do Ukrainian if that helps',
  '_Assigned to Rhian Lloyd_',
];

describe("a document's comments in its plain-text download", () => {
  it('drops the comments at the end, the rule above them and the letters after the words', () => {
    expect(withoutDocComments(download)).toEqual([
      'South West Network',
      'Minutes – 13 February 2025',
      '',
      'Apologies: Lisa Trent, Torbay Council',
      '',
      '2. Agricultural workers',
      'Concerns about seasonal workers on two farms near Crediton.',
      'Action: Unseen to send helpline leaflets in Romanian to the farms.',
      '',
      '4. Next meeting',
      '15 May 2025, 10:00, Devon County Hall, Exeter',
    ]);
  });

  it('leaves letters in brackets when no comment at the end answers them, and lines opening with one when no word points to them', () => {
    const noComments = ['Option [a] was preferred to option [b].', '', '[a]Keep the current pathway'];
    expect(withoutDocComments(noComments)).toEqual(noComments);
    const noAnchors = ['Members chose between the options.', '', '[a]Keep the current pathway'];
    expect(withoutDocComments(noAnchors)).toEqual(noAnchors);
  });

  it("reads no reviewer's comment as an action, and the next meeting's place without them", () => {
    const parsed = parseMinutes(download.join('\n'));
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Unseen to send helpline leaflets in Romanian to the farms',
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Torbay Council', name: 'Lisa Trent' }]);
    expect(parsed.nextMeeting?.location).toBe('Devon County Hall, Exeter');
  });
});

describe('tracked changes and comments printed in the margin', () => {
  const pad = (left: string, balloon: string) => `${left.padEnd(70)}${balloon}`;
  const printed = [
    'NORTH WALES FORUM',
    'Minutes of the meeting held on 27 January 2025',
    '',
    pad('Present:', 'Deleted: 28'),
    pad('Sian Lloyd, Health Board', 'Commented [RH1]: Sian left at'),
    pad('Tom Hughes, BAWSO', '11:00'),
    '',
    '2. Health',
    pad('Action: Health Board to share the referral', 'Formatted: Font: Bold'),
    'guidance with forum members.',
    `${' '.repeat(70)}Deleted: three`,
    'Action: BAWSO to provide leaflets.',
  ];

  it("takes the balloons off the lines beside them, a comment's wrapped words with its label", () => {
    expect(withoutMarkupBalloons(printed)).toEqual([
      'NORTH WALES FORUM',
      'Minutes of the meeting held on 27 January 2025',
      '',
      'Present:',
      'Sian Lloyd, Health Board',
      'Tom Hughes, BAWSO',
      '',
      '2. Health',
      'Action: Health Board to share the referral',
      'guidance with forum members.',
      'Action: BAWSO to provide leaflets.',
    ]);
    expect(parseMinutes(printed.join('\n')).actions.map((a) => a.text)).toEqual([
      'Health Board to share the referral guidance with forum members',
      'BAWSO to provide leaflets',
    ]);
  });

  it('leaves "Deleted:" written in the minutes, and a margin holding one change only', () => {
    const one = [pad('Action: NCA to purge the records', 'Deleted: 28'), 'Status: Deleted: yes'];
    expect(withoutMarkupBalloons(one)).toEqual([one[0], one[1]]);
    const written = ['Records:   Deleted: 40   Kept: 12'];
    expect(withoutMarkupBalloons(written)).toEqual(written);
  });
});
