import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readDocx } from '../../src/minutes/files/docx.js';
import { parseDocument } from '../../src/minutes/index.js';
import { buildDocx, p, table } from '../support/docx.js';

it('try', () => {
  const bytes = buildDocx({
    styles: [
      { id: 'Title', name: 'Title' },
      { id: 'AgendaItem', name: 'Agenda item', num: { id: 1 } },
    ],
    numbering: {
      abstracts: [
        {
          id: 0,
          levels: [
            { format: 'decimal', text: '%1.', style: 'AgendaItem' },
            { format: 'lowerLetter', text: '%2)' },
            { format: 'lowerRoman', text: '%3)' },
          ],
        },
      ],
      nums: [{ id: 1, abstract: 0 }],
    },
    body: [
      p('Inter-Departmental Ministerial Group on Human Trafficking', { style: 'Title' }),
      p('Note of meeting: 6 December 2012'),
      p('**Members present:**'),
      table([
        ['Home Office', 'Damian Green MP', 'Chair'],
        ['DfE', 'Edward Timpson MP', ''],
        ['DWP', 'Official (deputising for Mark Hoban MP)', ''],
        ['MOJ', 'Official', ''],
      ]),
      p('**Observers:**'),
      table([['Anti-Slavery International', 'Jane Doe']]),
      p('Welcome', { style: 'AgendaItem' }),
      p('The Chair welcomed Edward Timpson MP to his first meeting.', { num: { id: 1, level: 1 } }),
      p('Children in care', { style: 'AgendaItem' }),
      p('DfE and DWP to share data on trafficked children leaving care.', { num: { id: 1, level: 1 } }),
      p('Action: DfE, DWP'),
      p('The Group discussed the role of independent advocates.', { num: { id: 1, level: 1 } }),
      p('Actions:', { num: { id: 1, level: 1 } }),
      p('MOJ to report on the advocates pilot.', { num: { id: 1, level: 2 } }),
      p('Anti-Slavery International to send its research to the secretariat by 14 January 2013.', {
        num: { id: 1, level: 2 },
      }),
      p('Any other business', { style: 'AgendaItem' }),
      p('None raised.', { num: { id: 1, level: 1 } }),
    ],
  });
  const doc = readDocx(bytes);
  if (process.env.SHOW) console.log(JSON.stringify(doc.blocks, null, 1));
  const parse = parseDocument(doc);
  const expected = JSON.parse(
    readFileSync('test/fixtures/minutes/word-numbered-lists.expected.json', 'utf8'),
  );
  expect(parse).toEqual(expected);
});
