import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { bodiesNamed, dateNotFixed, namesAnotherBody } from '../../src/minutes/next-meeting-body.js';

const IDMG = 'Inter-Departmental Ministerial Group on Human Trafficking';
const BOARD = 'HUMAN TRAFFICKING STRATEGY BOARD';

describe('several next meetings in one paragraph', () => {
  it('takes the Board’s own after the IDMG’s, each sentence a candidate of its own', () => {
    const parsed = parseMinutes(
      [
        BOARD,
        '',
        'Minutes of the meeting held on Wednesday 5th March 2014',
        '',
        '4. Any other business',
        '',
        '4.2 The IDMG will next meet on 26 March 2014. The next Board meeting will be on Tuesday 10th June 2014, 14:00–15:30, Room 2.6, 2 Marsham Street.',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2014-06-10T14:00:00+01:00',
      end: '2014-06-10T15:30:00+01:00',
      location: 'Room 2.6, 2 Marsham Street',
    });
  });
});

describe('whose next meeting a sentence is about', () => {
  it('names the bodies a sentence speaks of, not the organisations in it', () => {
    expect(
      bodiesNamed('Home Office summarised the work of the officials’ Strategy Board, which will next meet'),
    ).toEqual(['Strategy Board']);
    expect(bodiesNamed('SOCA to report at the next meeting')).toEqual([]);
    expect(bodiesNamed('The next IDMG meeting will be held')).toEqual(['IDMG']);
  });

  it('tells another body’s meeting from this one’s', () => {
    expect(namesAnotherBody('the Strategy Board will next meet on 4 December 2012', IDMG)).toBe(true);
    expect(namesAnotherBody('The next IDMG meeting will be held on 26 March 2013', IDMG)).toBe(false);
    // "The Group" in the minutes of a body known by an acronym ending in G is that body.
    expect(namesAnotherBody('The Group will meet on 14 March 2017', 'IDMG ON MODERN SLAVERY')).toBe(false);
    expect(namesAnotherBody('The Board will next meet on 14 March 2017', 'IDMG ON MODERN SLAVERY')).toBe(
      true,
    );
    expect(namesAnotherBody('The Group will next meet on 26 March 2013', IDMG)).toBe(false);
    expect(namesAnotherBody('The Board will next meet on 6 March 2013', BOARD)).toBe(false);
    expect(namesAnotherBody('The next meeting will be on 6 March 2013', BOARD)).toBe(false);
    // A place after the date is no body: "Council Chamber".
    expect(namesAnotherBody('The next meeting will be on 6 March 2013 in the Council Chamber', BOARD)).toBe(
      false,
    );
    // An acronym that meets or will meet is that body, the minutes' own when it stands for their title.
    expect(namesAnotherBody('The IDMG meets on 6 November 2018.', 'Anti-Slavery Partnership Board')).toBe(
      true,
    );
    expect(namesAnotherBody('The IDMG will meet on 6 November 2018.', 'Anti-Slavery Partnership Board')).toBe(
      true,
    );
    expect(namesAnotherBody('The IDMG will meet on 25 March 2014.', IDMG)).toBe(false);
    // The acronym the subject of two verbs: "had agreed … and will next meet".
    const reported =
      'The Home Office reported that the IDMG had agreed the report and will next meet on 17 June 2014';
    expect(namesAnotherBody(reported, BOARD)).toBe(true);
    expect(namesAnotherBody(reported, IDMG)).toBe(false);
    expect(
      namesAnotherBody('SOCA had agreed to report. The Board will next meet on 17 June 2014', BOARD),
    ).toBe(false);
    // The title's initials after a qualifier: "IDMG" in the minutes of the "Modern Slavery
    // Inter-Departmental Ministerial Group" (MSIDMG) is that Group; a Board's ("MSSIB") is not it.
    const MS_IDMG = 'Modern Slavery Inter-Departmental Ministerial Group';
    expect(namesAnotherBody('The next IDMG meeting will be held on 12 July 2016.', MS_IDMG)).toBe(false);
    expect(
      namesAnotherBody(
        'The next IDMG meeting will be held on 12 July 2016.',
        'Modern Slavery Strategy and Implementation Board',
      ),
    ).toBe(true);
    expect(namesAnotherBody('The next MG meeting will be held on 12 July 2016.', MS_IDMG)).toBe(true);
    // Another's body in the possessive, its noun in lower case; the Group's own meeting is still its own.
    expect(bodiesNamed("The Scottish Government's own group will next meet")).toEqual([
      'Scottish Government Group',
    ]);
    expect(
      namesAnotherBody(
        "The Scottish Government's own group will next meet on 1 October 2015.",
        'Modern Slavery Threat Group',
      ),
    ).toBe(true);
    expect(
      namesAnotherBody("The Group's next meeting will be on 1 October 2015.", 'Modern Slavery Threat Group'),
    ).toBe(false);
    // Without a title nothing can be told apart.
    expect(namesAnotherBody('the Strategy Board will next meet on 4 December 2012', null)).toBe(false);
  });

  it("knows a meeting of people named in the plural possessive as theirs, and officials' or members' as the group's", () => {
    const coordinators =
      "The Welsh Government will host the next UK anti-trafficking co-ordinators' meeting on 2 May 2014 in Cardiff.";
    expect(bodiesNamed(coordinators)).toEqual(['UK anti-trafficking co-ordinators']);
    expect(namesAnotherBody(coordinators, IDMG)).toBe(true);
    for (const own of [
      "The next officials' meeting will be on 20 January 2015.",
      "The next members' meeting will be on 20 January 2015.",
    ])
      expect(namesAnotherBody(own, 'IDMG officials')).toBe(false);
  });

  it('knows a body by whose it is or by a qualifier before a lower-case noun', () => {
    // "the Board of the Gangmasters Licensing Authority" is not the minutes' own Board.
    expect(bodiesNamed('the Board of the Gangmasters Licensing Authority will next meet')).toEqual([
      'Board of the Gangmasters Licensing Authority',
    ]);
    expect(
      namesAnotherBody(
        'The GLA noted that the Board of the Gangmasters Licensing Authority will next meet on 19 November 2014.',
        'MODERN SLAVERY STRATEGY BOARD',
      ),
    ).toBe(true);
    // "the Scottish working group": a capitalised qualifier names a body whose noun is lower case.
    expect(bodiesNamed('the Scottish working group will next meet')).toEqual(['Scottish working group']);
    expect(
      namesAnotherBody(
        'The Scottish Government noted that the Scottish working group will next meet on 14 October 2014.',
        BOARD,
      ),
    ).toBe(true);
    expect(
      namesAnotherBody(
        'The Scottish working group will next meet on 14 October 2014.',
        'Scottish Working Group',
      ),
    ).toBe(false);
    // A lower-case noun after an article or a verb names nothing: "chair a working group".
    expect(bodiesNamed('Home Office officials will chair a working group')).toEqual([]);
    expect(bodiesNamed('In Scotland the group will next meet')).toEqual([]);
  });

  it('knows a body by words in lower case before its noun ("the stakeholder group")', () => {
    expect(bodiesNamed('The stakeholder group will next meet')).toEqual(['stakeholder group']);
    expect(bodiesNamed('The task and finish group will next meet')).toEqual(['task and finish group']);
    expect(bodiesNamed('The sub-group on data will next meet')).toEqual(['sub-group']);
    expect(namesAnotherBody('The victims’ forum will next meet on 4 March 2013.', BOARD)).toBe(true);
    expect(namesAnotherBody('The stakeholder group will next meet on 4 March 2013.', BOARD, true)).toBe(true);
    expect(namesAnotherBody('The sub-group on data will next meet on 4 March 2013.', BOARD, true)).toBe(true);
    // The minutes' own body, in its own words or in words that say which part of it meets.
    expect(
      namesAnotherBody('The working group will meet again on 4 March 2013.', 'Exploitation Working Group'),
    ).toBe(false);
    expect(namesAnotherBody('The full board will next meet on 4 March 2013.', BOARD)).toBe(false);
    expect(namesAnotherBody('The board will next meet on 4 March 2013.', BOARD)).toBe(false);
    const minutes = (sentence: string) =>
      parseMinutes(
        [BOARD, 'Minutes of the meeting held on 12 February 2013', '', '1. AOB', sentence].join('\n'),
      ).nextMeeting;
    expect(minutes('The stakeholder group will next meet on 4 March 2013.')).toBeNull();
    expect(minutes('The group will next meet on 4 March 2013.')).toEqual({
      start: '2013-03-04',
      end: null,
      location: null,
    });
  });

  it('keeps the minutes’ own next meeting when another body’s comes first', () => {
    const text = [
      IDMG,
      '',
      '13 September 2012',
      '',
      'Minutes',
      '',
      '1. Update from the Strategy Board',
      'Home Office summarised the work of the Strategy Board, which will next meet on 4 December 2012.',
      '',
      '2. AOB',
      'The next IDMG meeting will be held on 26 March 2013, from 2.00 pm to 3.30 pm at the Home Office.',
    ].join('\n');
    const parsed = parseMinutes(text);
    expect(parsed.nextMeeting?.start).toBe('2013-03-26T14:00:00+00:00');
  });

  it('keeps its own when an authority, or anyone a sentence names, "will next meet" first', () => {
    const minutes = (said: string) =>
      parseMinutes(
        [
          'Strategy Board on Human Trafficking',
          '4 December 2013',
          '',
          '3. Labour exploitation',
          said,
          '',
          '4. AOB',
          '4.1 The next meeting of the Board will be on 5 March 2014, 14:00–15:30, at 2 Marsham Street.',
        ].join('\n'),
      ).nextMeeting?.start;
    expect(
      minutes(
        'DWP reported on the work of the Gangmasters Licensing Authority, which will next meet on 12 December 2013.',
      ),
    ).toBe('2014-03-05T14:00:00+00:00');
    expect(minutes('DWP reported on the work of Unseen UK, which will next meet on 12 December 2013.')).toBe(
      '2014-03-05T14:00:00+00:00',
    );
    expect(bodiesNamed('the Gangmasters Licensing Authority, which will next meet on 12 December')).toEqual([
      'Gangmasters Licensing Authority',
    ]);
  });

  it('names no next meeting when only another body’s is mentioned', () => {
    const text = [
      IDMG,
      '13 September 2012',
      'Minutes',
      '',
      '1. Update from the Strategy Board',
      'Home Office said the Strategy Board will next meet on 4 December 2012.',
      'ACTION: Home Office to circulate the work programme.',
    ].join('\n');
    const parsed = parseMinutes(text);
    expect(parsed.nextMeeting).toBeNull();
  });
});

describe('the next meeting said with the verb first', () => {
  it('"agreed to meet next on", "will meet again on"', () => {
    for (const sentence of [
      'The Board agreed to meet next on Tuesday 10 June 2014 at 11am in Conference Room A.',
      'The Board will meet again on Tuesday 10 June 2014 at 11am in Conference Room A.',
    ]) {
      const text = [BOARD, '', '3 March 2014', '', 'Present: Jo Smith (DfE)', '', '1. AOB', sentence].join(
        '\n',
      );
      expect(parseMinutes(text).nextMeeting).toEqual({
        start: '2014-06-10T11:00:00+01:00',
        end: null,
        location: 'Conference Room A',
      });
    }
  });
});

describe('the next meeting moved, or listed among future dates', () => {
  const next = (lines: string[]) =>
    parseMinutes(
      [BOARD, '', '3 March 2014', '', 'Present: Jo Smith (DfE)', '', '1. AOB', ...lines].join('\n'),
    ).nextMeeting?.start ?? null;

  it('skips the date a meeting was moved from', () => {
    expect(
      next([
        'The next meeting, originally scheduled for 1 May 2014, will now take place on 5 June 2014 at 2pm.',
      ]),
    ).toBe('2014-06-05T14:00:00+01:00');
    expect(next(['The next meeting has been moved from 1 May 2014 to 5 June 2014 at 2pm.'])).toBe(
      '2014-06-05T14:00:00+01:00',
    );
    expect(next(['Next meeting: originally 1 May 2014, moved to 5 June 2014 at 2pm.'])).toBe(
      '2014-06-05T14:00:00+01:00',
    );
  });

  it('reads the first of a line of thousands of dates, the place after them masked out whole', () => {
    const dates = Array.from({ length: 12000 }, (_, i) => `${(i % 28) + 1} June 2014`).join(', ');
    expect(next([`Future meetings will be held on ${dates}, at 14:00 at City Hall.`])).toBe(
      '2014-06-01T14:00:00+01:00',
    );
  });

  it('reads the first of the dates under "Dates of future meetings"', () => {
    expect(next(['Dates of future meetings', '- 5 June 2014, 14:00', '- 3 September 2014, 14:00'])).toBe(
      '2014-06-05T14:00:00+01:00',
    );
  });

  it('reads the first of the dates a sentence gives the remaining meetings, after another body’s', () => {
    expect(
      next([
        'The Violence Reduction Unit board meets on 12 March 2014. The Board’s remaining meetings this year are on 6 May, 5 August and 4 November 2014, all at 14:00 at City Hall.',
      ]),
    ).toBe('2014-05-06T14:00:00+01:00');
    expect(next(['Future meetings will be held on 5 June 2014 and 3 September 2014.'])).toBe('2014-06-05');
    // Attending future meetings is no meeting date.
    expect(next(['HMRC will attend future meetings as an observer from 1 June 2014.'])).toBeNull();
  });
});

describe('the next meeting abbreviated or said in other words', () => {
  const next = (line: string) =>
    parseMinutes(
      [
        BOARD,
        'Minutes, 3 March 2015',
        '',
        'Present:',
        'Ann Lee, NCA',
        '',
        '1. Data',
        'Members noted the figures.',
        '',
        line,
      ].join('\n'),
    ).nextMeeting?.start;

  it('reads "DONM:" as "Date of next meeting:", "reconvene" as meeting again, a legislature as a body', () => {
    expect(next('DONM: 10 June 2015, 14:00')).toBe('2015-06-10T14:00:00+01:00');
    expect(next('DONM – 10 June 2015 at 2pm')).toBe('2015-06-10T14:00:00+01:00');
    expect(next('The Board will reconvene on 10 June 2015 at 2pm.')).toBe('2015-06-10T14:00:00+01:00');
    // Another body reconvening is that body's meeting.
    expect(next('The IDMG will reconvene on 10 June 2015.')).toBeUndefined();
    expect(next('The Scottish Parliament will next meet on 10 June 2015.')).toBeUndefined();
  });

  it('reads "Next forum" or "Next Board" heading an item as the next meeting, not "Next board papers …"', () => {
    expect(next('2. Next forum\n\nWednesday 10 June 2015, 10:30–12:30')).toBe('2015-06-10T10:30:00+01:00');
    expect(next('Next Board\n10 June 2015, 14:00')).toBe('2015-06-10T14:00:00+01:00');
    expect(next('Next board papers\n10 June 2015, 14:00')).toBeUndefined();
    // The meeting's kind rather than the body's: "Next roundtable:", "Next session:".
    expect(next('Next roundtable: 10 June 2015, 14:00–15:30, Portcullis House')).toBe(
      '2015-06-10T14:00:00+01:00',
    );
    expect(next('Next session:\n10 June 2015, 14:00')).toBe('2015-06-10T14:00:00+01:00');
    expect(next('Next round table: 10 June 2015, 14:00')).toBe('2015-06-10T14:00:00+01:00');
  });

  it('reads "The next Strategy Board will be on …" (the body\'s name before its noun) as the next meeting, not another board\'s', () => {
    expect(next('The next Strategy Board will be on Wednesday 10 June 2015, 14:00–15:30.')).toBe(
      '2015-06-10T14:00:00+01:00',
    );
    expect(next('The next Westshire Safeguarding Adults Board will be on 10 June 2015.')).toBeUndefined();
  });

  it('takes a named service for where a meeting held online is held, but not the means alone', () => {
    const place = (line: string) =>
      parseMinutes([BOARD, 'Minutes, 3 March 2015', '', '1. Data', 'Noted.', '', line].join('\n')).nextMeeting
        ?.location;
    // As unseen-294 e01 and unseen-295 b01 have it: "by video conference" names no place.
    expect(place('Next meeting: 8 June 2015, 10:30, by video conference')).toBeNull();
    expect(place('Next meeting: 8 June 2015, 10:30, via Microsoft Teams')).toBe('Microsoft Teams');
    expect(place('Next meeting: 8 June 2015, 10:30, 2 Marsham Street')).toBe('2 Marsham Street');
  });
});

describe('a next meeting’s details broken over two lines', () => {
  it('joins a line broken off on "at" to the place under it, with no comma between', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 25 March 2014',
        '',
        '3. AOB',
        '',
        '3.1 Date of next meeting: Tuesday 24 June 2014, 14:00-15:30, at',
        '2 Marsham Street.',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2014-06-24T14:00:00+01:00',
      end: '2014-06-24T15:30:00+01:00',
      location: '2 Marsham Street',
    });
  });
});

describe('a next meeting in single-spaced minutes, no blank line around it', () => {
  it("ends the details' place above the next item's numbered heading", () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Strategy Board',
        'Date of this meeting:   10 September 2015',
        'Date of next meeting:   9 December 2015, 10:00-11:30, Room 2.6, Seacole Building',
        'Chair:                  Richard Allingham (Home Office)',
        'Attendees:',
        'Graham Kerr (NCA)',
        '1. Modern Slavery Act – one year on',
        "The Home Office presented early evidence on the Act's provisions.",
      ].join('\n'),
    );
    expect(parsed.nextMeeting?.location).toBe('Room 2.6, Seacole Building');
  });

  it('ends a list of action points at "The next Strategy Board will be …" straight under it', () => {
    const parsed = parseMinutes(
      [
        'STRATEGY BOARD – 24 SEPTEMBER 2024',
        '1. Performance report',
        'Members noted the report.',
        'Summary of action points',
        '(Item 1) NCA to break down the referrals by age.',
        'Secretariat to circulate dates for 2025.',
        'The next Strategy Board will be on Tuesday 10 December 2024, 10.00–12.00, at 2 Marsham Street.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'NCA to break down the referrals by age',
      'Secretariat to circulate dates for 2025',
    ]);
    expect(parsed.nextMeeting?.start).toBe('2024-12-10T10:00:00+00:00');
  });

  it('reads a numbered paragraph under a line without a full stop as a sentence of its own', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '16 October 2014',
        '3. AOB Actions: Home Office to write to members about the annual report by 14 November 2014 ',
        '3.1 The next IDMG meeting will be held on 10 February 2015, from 10.30 am to 12 pm at the Home Office.',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2015-02-10T10:30:00+00:00',
      end: '2015-02-10T12:00:00+00:00',
      location: 'Home Office',
    });
  });
});

describe('a next meeting’s details in its item’s heading', () => {
  const parsed = (heading: string) =>
    parseMinutes(
      ['Board', 'Minutes of the meeting held on 4 March 2015', '', '1. AOB', 'None.', '', heading].join('\n'),
    );
  const June9 = { start: '2015-06-09', end: null, location: 'Home Office' };

  it('reads the details the heading gives ("3. Next meeting – 9 June 2015, Home Office")', () => {
    expect(parsed('3. Next meeting – 9 June 2015, Home Office').nextMeeting).toEqual(June9);
    expect(parsed('3. Date of next meeting (9 June 2015, Home Office)').nextMeeting).toEqual(June9);
  });

  it('parts the heading from a field run onto it ("3. Next meeting Date of next meeting: …")', () => {
    const p = parsed('3. Next meeting Date of next meeting: 9 June 2015, Home Office');
    expect(p.items.map((i) => i.title)).toEqual(['AOB', 'Next meeting']);
    expect(p.nextMeeting).toEqual(June9);
  });
});

describe('the minutes’ own body called by its noun alone', () => {
  const next = (said: string) =>
    parseMinutes(
      [BOARD, 'Minutes of the meeting held on 4 March 2015', '', '1. AOB', 'None.', '', said].join('\n'),
    ).nextMeeting?.start;

  it('takes "The Group will meet again on …" in a Board’s minutes when nothing else gives their meeting', () => {
    expect(namesAnotherBody('The Group will meet again on 9 June 2015.', BOARD)).toBe(true);
    expect(namesAnotherBody('The Group will meet again on 9 June 2015.', BOARD, true)).toBe(false);
    expect(next('The Group will meet again on 9 June 2015.')).toBe('2015-06-09');
    expect(next('The IDMG will next meet on 1 May 2015. The Group will meet again on 9 June 2015.')).toBe(
      '2015-06-09',
    );
  });

  it('keeps the sentence naming the minutes’ own body first, and a named body another’s', () => {
    expect(next('The Group will meet again on 9 June 2015. The Board will next meet on 1 July 2015.')).toBe(
      '2015-07-01',
    );
    expect(next("The officials' Working Group will next meet on 9 June 2015.")).toBeUndefined();
  });
});

describe('a next meeting whose date is still to be set', () => {
  it('reads "a date … will be agreed" as no date, but a meeting "arranged for" a date as fixed', () => {
    expect(dateNotFixed('A date for the next forum will be agreed by email.')).toBe(true);
    expect(dateNotFixed('Dates for 2021 will be circulated.')).toBe(true);
    expect(dateNotFixed('The next meeting will be arranged for 5 June 2020.')).toBe(false);
    expect(dateNotFixed('The next meeting will be on 5 June 2020.')).toBe(false);
    // The time or the place still to be set leaves the date fixed.
    expect(dateNotFixed('The next meeting is scheduled for Tuesday 4 June 2024 (time TBC).')).toBe(false);
    expect(dateNotFixed('The next meeting will be on 4 June 2024; times to be confirmed.')).toBe(false);
    expect(dateNotFixed('The next meeting will be on 4 June 2024, venue tbc.')).toBe(false);
    expect(dateNotFixed('Next meeting: date TBC.')).toBe(true);
  });

  it('takes no later date in the item for the meeting', () => {
    const parsed = parseMinutes(
      [
        BOARD,
        'Minutes, 3 March 2020',
        '',
        'Present:',
        'Ann Lee, NCA',
        '',
        '1. Data',
        'Members noted the figures.',
        '',
        '2. Next meeting',
        'A date for the next meeting will be agreed by email. The consultation closes on 30 April 2020.',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toBeNull();
  });
});
