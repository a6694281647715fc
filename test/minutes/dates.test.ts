/**
 * isoDate computes calendar days by arithmetic (every action's text is searched for dates); these
 * tests hold it to what luxon says for the same day, year rule included.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { findDates, findDaysAndMonths, isoDate } from '../../src/minutes/dates.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { readNextMeeting } from '../../src/minutes/next-meeting.js';

/** The rule as luxon reads it: a day without a year takes the first year that puts it on or after the reference. */
function byLuxon(day: number, month: number, year: number | null, reference: string | null): string | null {
  let y = year;
  if (y === null) {
    if (!reference) return null;
    const ref = DateTime.fromISO(reference, { zone: 'utc' });
    y = ref.year;
    if (DateTime.fromObject({ year: y, month, day }, { zone: 'utc' }) < ref) y += 1;
  }
  const dt = DateTime.fromObject({ year: y, month, day }, { zone: 'utc' });
  return dt.isValid ? dt.toISODate() : null;
}

describe('isoDate', () => {
  it('equals luxon on 5,000 random days, with and without a year', () => {
    let seed = 20121203;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 5000; n += 1) {
      const day = 1 + Math.floor(random() * 31);
      const month = 1 + Math.floor(random() * 12);
      const year = random() < 0.5 ? null : 1990 + Math.floor(random() * 60);
      const ref = DateTime.utc(2000, 1, 1)
        .plus({ days: Math.floor(random() * 15000) })
        .toISODate();
      // A 29 February with no year before a reference in a year after a leap year is taken below.
      if (year === null && day === 29 && month === 2) continue;
      const found = { index: 0, end: 0, day, month, year };
      expect(isoDate(found, ref), `${day}/${month}/${year} after ${ref}`).toBe(
        byLuxon(day, month, year, ref),
      );
    }
  });

  it('gives 29 February the next leap year it can fall in after the meeting', () => {
    const found = { index: 0, end: 0, day: 29, month: 2, year: null };
    expect(isoDate(found, '2011-12-01')).toBe('2012-02-29');
    expect(isoDate(found, '2012-01-10')).toBe('2012-02-29');
    // After 29 February 2012 the next is 2013's, which has none: no date rather than a wrong one.
    expect(isoDate(found, '2012-03-05')).toBeNull();
  });

  it('reads a date-time reference and refuses an unreadable one', () => {
    const found = { index: 0, end: 0, day: 3, month: 1, year: null };
    expect(isoDate(found, '2012-12-20T10:30:00Z')).toBe('2013-01-03');
    expect(isoDate(found, 'not a date')).toBeNull();
    expect(isoDate(found, null)).toBeNull();
  });
});

describe('findDates with a two-figure year', () => {
  const read = (t: string) => findDates(t).map((d) => [d.day, d.month, d.year, t.slice(d.index, d.end)]);

  it('takes it after an abbreviated month or an apostrophe', () => {
    expect(read('Tues 5 Mar 19, 10:00-11:30')).toEqual([[5, 3, 2019, 'Tues 5 Mar 19']]);
    expect(read("on 5 Sept '19")).toEqual([[5, 9, 2019, "5 Sept '19"]]);
  });

  it('leaves a time, a count or two figures after a month written in full out of the date', () => {
    expect(read('5 Mar 10:00')).toEqual([[5, 3, null, '5 Mar']]);
    expect(read('12 Mar 10am')).toEqual([[12, 3, null, '12 Mar']]);
    expect(read('by 31 October 20 members')).toEqual([[31, 10, null, '31 October']]);
  });

  it('leaves the day of the next date in a list out of the one before ("12 May, 11 August …")', () => {
    expect(read('on 12 May, 11 August and 10 November 2015')).toEqual([
      [12, 5, null, '12 May'],
      [11, 8, null, '11 August'],
      [10, 11, 2015, '10 November 2015'],
    ]);
    expect(read('on 5 Mar, 12 Apr 2019')).toEqual([
      [5, 3, null, '5 Mar'],
      [12, 4, 2019, '12 Apr 2019'],
    ]);
    expect(
      readNextMeeting(
        'The Group will meet on 12 May, 11 August and 10 November 2015, each at 10:00 in 2 Marsham Street.',
        '2015-02-10',
        'Europe/London',
      ),
    ).toEqual({ start: '2015-05-12T10:00:00+01:00', end: null, location: '2 Marsham Street' });
  });

  it('takes single figures with dots ("4.12.12") only after a word that introduces a date', () => {
    expect(read('Minutes of meeting held 4.12.12')).toEqual([[4, 12, 2012, '4.12.12']]);
    expect(read('Date: 4.12.12')).toEqual([[4, 12, 2012, '4.12.12']]);
    expect(read('Next meeting – 9.6.15, 14:00')).toEqual([[9, 6, 2015, '9.6.15']]);
    // Elsewhere it is paragraph numbering.
    expect(read('1.2.10 Members noted the figures.')).toEqual([]);
  });
});

describe('findDates with a day named before figures', () => {
  const read = (t: string) => findDates(t).map((d) => [d.day, d.month, d.year, t.slice(d.index, d.end)]);

  it('takes the day name into the date, as it does before a month in words', () => {
    expect(read('held on Wednesday 07/11/2018, 10:00')).toEqual([[7, 11, 2018, 'Wednesday 07/11/2018']]);
    expect(read('Tue 2018-11-06')).toEqual([[6, 11, 2018, 'Tue 2018-11-06']]);
  });

  it('leaves the day name out of a meeting title read from the same line', () => {
    const parsed = parseMinutes(
      'WESTSHIRE SURVIVOR SUPPORT NETWORK\n\nMinutes of the Steering Group meeting held on Wednesday 07/11/2018, 10:00-12:00, Hope House\n\nPresent:\nClaire Holt, Westshire Survivor Support Network (Chair)\n',
    );
    expect(parsed.meeting.date).toBe('2018-11-07');
    expect(parsed.meeting.title).not.toMatch(/Wednesday|held on/);
  });
});

describe('findDates in a timestamp', () => {
  it('reads the day of "2023-05-16T09:00:00Z" as it reads "2023-05-16"', () => {
    expect(findDates('date: 2023-05-16T09:00:00Z').map((d) => [d.day, d.month, d.year])).toEqual([
      [16, 5, 2023],
    ]);
  });
});

describe('findDates in Welsh', () => {
  const read = (t: string) => findDates(t).map((d) => [d.day, d.month, d.year, t.slice(d.index, d.end)]);

  it('reads a Welsh month, and a month named in Welsh and English as one date', () => {
    expect(read('Dyddiad: 12 Mawrth 2019')).toEqual([[12, 3, 2019, '12 Mawrth 2019']]);
    expect(read('Tuesday 9 Gorffennaf 2019')).toEqual([[9, 7, 2019, 'Tuesday 9 Gorffennaf 2019']]);
    expect(read('Cofnodion / Minutes: 9 Chwefror / February 2017')).toEqual([
      [9, 2, 2017, '9 Chwefror / February 2017'],
    ]);
  });

  it('reads two months that differ as the first, with no year', () => {
    expect(read('5 March / April 2017')).toEqual([[5, 3, null, '5 March']]);
  });
});

describe('readNextMeeting', () => {
  it('reads a timestamp with an offset as the time London’s clocks showed, and no place in Outlook’s zone name', () => {
    const read = (text: string) => readNextMeeting(text, '2023-03-14', 'Europe/London');
    expect(read('Next meeting: 2023-08-15T09:00:00Z')).toEqual({
      start: '2023-08-15T10:00:00+01:00',
      end: null,
      location: null,
    });
    expect(read('Next meeting: 2023-12-15T09:30+00:00, Leeds')).toEqual({
      start: '2023-12-15T09:30:00+00:00',
      end: null,
      location: 'Leeds',
    });
    expect(
      read('Next meeting: Tuesday, 13 June 2023 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.'),
    ).toEqual({ start: '2023-06-13T10:00:00+01:00', end: '2023-06-13T11:30:00+01:00', location: null });
    expect(
      read('Next meeting: 13 June 2023 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London, Room 4'),
    ).toEqual({
      start: '2023-06-13T10:00:00+01:00',
      end: '2023-06-13T11:30:00+01:00',
      location: 'Room 4',
    });
  });

  it('reads a 24-hour range ending in "hrs" and a range ending in a bare hour, and the place after either', () => {
    const read = (text: string) => readNextMeeting(text, '2019-09-10', 'Europe/London');
    const meeting = {
      start: '2019-12-05T10:30:00+00:00',
      end: '2019-12-05T12:00:00+00:00',
      location: 'Room 4',
    };
    expect(read('Next meeting: 5 December 2019, 1030-1200hrs, Room 4')).toEqual(meeting);
    expect(read('Next meeting: 5 December 2019 from 10.30 to 12, Room 4')).toEqual(meeting);
    expect(read('Next meeting: 5 December 2019, 1030 - 1200 hrs, Room 4')).toEqual(meeting);
    // A bare number after the time is no end unless the phrase stops there.
    expect(read('Next meeting: 5 December 2019 at 10.30 to 12 members in Room 4')?.end).toBeNull();
  });

  it('reads a minute book\'s dates and hours in words, its title after "MINUTE of MEETING of the" and its place after "within"', () => {
    const parsed = parseMinutes(
      [
        "MINUTE of MEETING of the FIFE ANTI-TRAFFICKING PARTNERSHIP held within Fife House, Glenrothes, on Tuesday the eleventh day of March Two thousand and twenty-five at ten o'clock forenoon.",
        '',
        '1. CASE REVIEW',
        'ACTION: NHS Fife to review the pathway by the thirtieth day of April Two thousand and twenty-five.',
        '',
        '2. DATE OF NEXT MEETING',
        "The next meeting will be held on Tuesday the tenth day of June Two thousand and twenty-five at two o'clock in the afternoon within Fife House, Glenrothes.",
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'FIFE ANTI-TRAFFICKING PARTNERSHIP', date: '2025-03-11' });
    expect(parsed.actions.map((a) => a.due)).toEqual(['2025-04-30']);
    expect(parsed.nextMeeting).toEqual({
      start: '2025-06-10T14:00:00+01:00',
      end: null,
      location: 'Fife House, Glenrothes',
    });
  });

  it('reads a day in words only with its month, and a year in words only as one', () => {
    const iso = (text: string) => findDates(text).map((d) => isoDate(d, '2025-01-01'));
    expect(iso('on the twenty-first day of May, two thousand and twenty-six')).toEqual(['2026-05-21']);
    expect(iso('the first of March')).toEqual(['2025-03-01']);
    expect(iso('the first day of the conference')).toEqual([]);
    expect(iso('two thousand and five people attended')).toEqual([]);
  });

  it('takes a place alone in the paragraph after the date, as a slide or a form gives each detail a paragraph', () => {
    const next = (details: string) =>
      parseMinutes(['North East Forum', '20 March 2025', '', 'Next meeting', '', details].join('\n'))
        .nextMeeting;
    expect(next('19 June 2025, 14:00\n\nNewcastle Civic Centre')).toEqual({
      start: '2025-06-19T14:00:00+01:00',
      end: null,
      location: 'Newcastle Civic Centre',
    });
    expect(next('19 June 2025, 14:00\n\nThe Chair thanked members.')?.location).toBeNull();
    expect(next('19 June 2025, 14:00\n\nActions\nNCA to share the data.')?.location).toBeNull();
  });

  it('reads "Who was there" as the heading of the people there', () => {
    const parsed = parseMinutes(
      ['North East Forum', '20 March 2025', '', 'Who was there', '• Leah Brown, Newcastle City Council'].join(
        '\n',
      ),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Leah Brown', 'Newcastle City Council'],
    ]);
  });

  it("takes a place's name after its article past the time, but not a clause that opens with one", () => {
    const read = (text: string) => readNextMeeting(text, '2025-03-05', 'Europe/London')?.location;
    expect(read('4 June 2025 at 14:00, the Guildhall, Bath.')).toBe('Guildhall, Bath');
    expect(read('4 June 2025 at 14:00, the Council House.')).toBe('Council House');
    expect(read('4 June 2025, the Chair will confirm the room.')).toBeNull();
    expect(read('4 June 2025 at 14:00, the venue to be confirmed.')).toBeNull();
    // Who calls it is no place: a role or the body alone after the date.
    expect(read('4 June 2025, the Chair.')).toBeNull();
    expect(read('4 June 2025 at 10am, Secretariat.')).toBeNull();
    expect(read('4 June 2025 at the Committee.')).toBeNull();
    expect(read('4 June 2025 in the Committee Room.')).toBe('Committee Room');
  });

  it("takes a listed meeting's own place: each date of a list with the place after it", () => {
    const next = (text: string) => readNextMeeting(text, '2025-01-21', 'Europe/London');
    expect(
      next(
        'Meetings for the year: 15 January 2025, Preston, 22 April 2025, Stockton Town Hall, 22 July 2025, Middlesbrough Town Hall',
      ),
    ).toEqual({ start: '2025-04-22', end: null, location: 'Stockton Town Hall' });
    // Dates with only their times between share the place after them.
    expect(
      next(
        'Future meetings: 3 June 2025 (10:00-12:00); 2 September 2025 (10:00-12:00), Ministerial Conference Room.',
      )?.location,
    ).toBe('Ministerial Conference Room');
  });

  it('takes the place after the time, a building number and all', () => {
    expect(
      readNextMeeting(
        'The Group will next meet on 16 November 2017 at 2pm at 70 Whitehall.',
        '2017-07-11',
        'Europe/London',
      ),
    ).toEqual({ start: '2017-11-16T14:00:00+00:00', end: null, location: '70 Whitehall' });
    expect(
      readNextMeeting(
        'Next meeting: 14 June 2018 at 10:00 at 102 Petty France, London.',
        '2018-03-08',
        'Europe/London',
      )?.location,
    ).toBe('102 Petty France, London');
    // "14:00 (Ministerial Conference Room, 2 Marsham Street)": the place in brackets after the time.
    expect(
      readNextMeeting(
        'Next IDMG: Wednesday 16 March 2016, 14:00 (Ministerial Conference Room, 2 Marsham Street)',
        '2015-11-03',
        'Europe/London',
      ),
    ).toEqual({
      start: '2016-03-16T14:00:00+00:00',
      end: null,
      location: 'Ministerial Conference Room, 2 Marsham Street',
    });
    // A number that is no address ("at 10") is still no place.
    expect(
      readNextMeeting('Next meeting: 14 June 2018 at 10', '2018-03-08', 'Europe/London')?.location,
    ).toBeNull();
  });
});

describe('findDaysAndMonths', () => {
  it('finds "31/3" and "31/03", never part of a full date or a longer number', () => {
    expect(findDaysAndMonths('by 31/3 or 30/04').map((d) => [d.day, d.month, d.year])).toEqual([
      [31, 3, null],
      [30, 4, null],
    ]);
    expect(findDaysAndMonths('by 31/03/2014, ref 2014/15, 123/4, 1/2/3')).toEqual([]);
    // Not a calendar day: "31/2", "12/13".
    expect(findDaysAndMonths('31/2 and 12/13')).toEqual([]);
  });
});

describe("the next meeting's place without asides and stray brackets", () => {
  it('leaves out "(dial-in details to follow)" and the bracket a list of dates closed', () => {
    const place = (t: string) => readNextMeeting(t, '2015-05-12', 'Europe/London')?.location;
    expect(place('Next meeting: 9 September 2015, 10.30, Room 1 (dial-in details to follow)')).toBe('Room 1');
    expect(
      place('Next meetings: 9 September 2015, 2 December 2015, 9 March 2016 (all 10:30-12:00, Home Office)'),
    ).toBe('Home Office');
    // The time and place every date shares, in a bracket on the heading over the dates.
    expect(
      place(
        'Dates of future meetings (all 10.00-11.30am, 2 Marsham Street): 15 September 2015 15 December 2015',
      ),
    ).toBe('2 Marsham Street');
    // "in 2016" is a year, not a place: the place is the one after the dates and times.
    expect(
      place(
        "The Board's meetings in 2016 will be held on 8 March 2016, 14 June 2016 and 13 September 2016, all 10:00–12:00 at 2 Marsham Street.",
      ),
    ).toBe('2 Marsham Street');
    // A place with brackets of its own keeps them.
    expect(place('Next meeting: 9 September 2015 at 10.30, Department of Justice (Northern Ireland)')).toBe(
      'Department of Justice (Northern Ireland)',
    );
  });

  it("reads whose meeting a wrapped sentence names from the line above ('… justice' over 'committee will next meet …')", () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 18 February 2014',
        '',
        '4. AOB',
        "4.1 The Scottish Government noted that the Scottish Parliament's justice",
        'committee will next meet on 25 March 2014.',
        '4.2 Next meeting: 2.00-3.30pm, Thursday 19 June 2014, Room 2.6, Seacole',
        'Building, 2 Marsham Street.',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2014-06-19T14:00:00+01:00',
      end: '2014-06-19T15:30:00+01:00',
      location: 'Room 2.6, Seacole Building, 2 Marsham Street',
    });
    // The line under a line as long as the wrap width goes on in capitals too: the other body's
    // name broken over the two lines still names it.
    const capitals = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 18 February 2014',
        '',
        '4. AOB',
        '4.1 HMRC and DWP set out the referral guidance. The GLA noted that the Board of the Gangmasters',
        'Licensing Authority will next meet on 25 March 2014.',
        '4.2 Next meeting: Thursday 19 June 2014, 14:00-15:30, Room 4.2, Fry Building.',
      ].join('\n'),
    );
    expect(capitals.nextMeeting?.start).toBe('2014-06-19T14:00:00+01:00');
    // Under the heading over the details, the lines are the heading's: no second, longer copy.
    const heading = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 18 February 2014',
        '',
        '4. AOB',
        'Next meeting: 2.00-4.00pm, Thursday 19 June 2014, Room 4.20, 2 Marsham',
        'Street',
        'Summary of action points',
        '1. NCA to share the referral figures with members.',
      ].join('\n'),
    );
    expect(heading.nextMeeting?.location).toBe('Room 4.20, 2 Marsham Street');
  });

  it("ends the details with the heading's own line when they end in a full stop there", () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 24 March 2015',
        '',
        '1. Minutes',
        'Agreed.',
        '',
        'Future meetings: 23 June 2015 and 22 September 2015, both 14:00-15:30 at 2 Marsham Street.',
        'Tom Bell | Strategy Board Secretariat | Home Office',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2015-06-23T14:00:00+01:00',
      end: '2015-06-23T15:30:00+01:00',
      location: '2 Marsham Street',
    });
  });

  it('reads a place named "Meeting Room 4" or "Meeting Suite" after the time (a room, not "meeting")', () => {
    const place = (t: string) => readNextMeeting(t, '2015-05-12', 'Europe/London')?.location;
    expect(place('Thursday 10 September 2015 at 2.00 pm, Meeting Room 4, County Hall.')).toBe(
      'Meeting Room 4, County Hall',
    );
    expect(place('Next meeting: 10 September 2015, 14:00, Meeting Suite B, Civic Centre')).toBe(
      'Meeting Suite B, Civic Centre',
    );
    expect(place('Next meeting: 10 September 2015, 14:00, meeting to be held remotely')).toBeNull();
  });
});
