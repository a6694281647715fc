import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const sample = readFileSync(
  new URL('../fixtures/minutes/idmg-2012-04-17-minutes.txt', import.meta.url),
  'utf8',
);

const official = (organisation: string, deputisingFor: string | null = null) => ({
  organisation,
  name: 'Official',
  role: null,
  deputisingFor,
});
const minister = (organisation: string, name: string) => ({
  organisation,
  name,
  role: null,
  deputisingFor: null,
});

describe('the minutes of 17 April 2012 (real sample)', () => {
  it('parses to exactly the expected shape', () => {
    expect(parseMinutes(sample)).toEqual({
      meeting: { title: 'Inter-Departmental Ministerial Group on Human Trafficking', date: '2012-04-17' },
      attendees: [
        { organisation: 'Home Office', name: 'Damian Green MP', role: 'CHAIR', deputisingFor: null },
        minister('Home Office', 'Chris Blairs'),
        official('Home Office'),
        official('MPS'),
        official('AGO', 'Edward Garnier QC MP'),
        minister('DCLG', 'Baroness Hanham MP'),
        minister('DfE', 'Tim Loughton MP'),
        minister('FCO', 'Jeremy Browne MP'),
        minister('MOJ', 'Crispin Blunt MP'),
        official('DFID', "Stephen O'Brien MP"),
        official('DH', 'Anne Milton MP'),
        official('DWP', 'Chris Grayling MP'),
        minister('Wales Office', 'David Jones MP'),
        minister('Northern Ireland Executive', 'David Ford MLA'),
        official('Scotland Office', 'David Mundell MP'),
        official('Scottish Executive', 'Kenny MacAskill MSP'),
        official('Scottish Executive', 'Kenny MacAskill MSP'),
      ],
      apologies: [
        { organisation: 'Home Office', name: 'Lynne Featherstone MP' },
        { organisation: 'DFID', name: "Stephen O'Brien MP" },
        { organisation: 'DH', name: 'Anne Milton MP' },
        { organisation: 'DWP', name: 'Chris Grayling MP' },
        { organisation: 'Scottish Executive', name: 'Kenny MacAskill MSP' },
        { organisation: 'Scotland Office', name: 'David Mundell MP' },
        { organisation: 'Welsh Assembly Government', name: 'Carl Sargeant AM' },
        { organisation: 'AGO', name: 'Edward Garnier QC MP' },
      ],
      items: [
        { number: '2', title: 'Human Trafficking and the Olympics' },
        { number: '3', title: 'Role of the IDMG – National Rapporteur function' },
        { number: '4', title: 'Assessment of trends in human trafficking' },
        { number: '5', title: 'AOB' },
      ],
      actions: [
        {
          owners: ['Home Office'],
          text: 'Home Office to speak with HMRC regarding IDMG membership',
          item: '3',
          due: null,
        },
        {
          owners: ['UKHTC'],
          text: 'UKHTC to provide further information on internal trafficking',
          item: '4',
          due: null,
        },
        {
          owners: ['Home Office'],
          text: 'Home office to invite DH to provide an update at the next IDMG meeting',
          item: '5',
          due: null,
        },
      ],
      nextMeeting: {
        start: '2012-09-13T10:30:00+01:00',
        end: '2012-09-13T12:00:00+01:00',
        location: 'Home Office',
      },
    });
  });

  it('reads the same with Windows line ends and a byte-order mark', () => {
    expect(parseMinutes(`\uFEFF${sample.replace(/\n/g, '\r\n')}`)).toEqual(parseMinutes(sample));
  });
});
