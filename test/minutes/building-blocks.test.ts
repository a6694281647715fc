/**
 * The small steps the importer is built from, pinned where they were rewritten for speed (regex
 * scans replaced by guards, one-pass clean-ups, caches): each must still give exactly what the
 * straightforward version gave.
 */
import { describe, expect, it } from 'vitest';
import { attendeeColumns, parseAttendeeLine, splitInlineList } from '../../src/minutes/attendance.js';
import { isHtmlDocument } from '../../src/minutes/html/read-html.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { toRow } from '../../src/minutes/layout.js';
import {
  isActionSummaryHeading,
  isNoAction,
  matchItemHeading,
  matchLabel,
  numbersOnTitles,
  stripMarkdown,
} from '../../src/minutes/markers.js';
import { repairMojibake } from '../../src/minutes/mojibake.js';
import {
  isPageFurniture,
  leadersAsTabs,
  normaliseCharacters,
  paragraphGapsAsTabs,
  toLines,
} from '../../src/minutes/normalise.js';
import { misreadKeyWords, misreadRn, misreadZero } from '../../src/minutes/ocr.js';
import { clean, singleSpaced, stripMarkup } from '../../src/minutes/sanitise.js';
import { columnOf, readAlignedMinutesTable } from '../../src/minutes/tables.js';
import { assignsTask, startsWithActionVerb } from '../../src/minutes/verbs.js';
import { englishHalf } from '../../src/minutes/welsh.js';

describe('toRow', () => {
  const cells = (line: string) => toRow(line).cells;

  it('keeps a line without tabs or wide gaps as one cell, from its first non-space', () => {
    expect(cells('a  b')).toEqual([{ text: 'a  b', col: 0, tab: false }]);
    expect(cells('   indented')).toEqual([{ text: 'indented', col: 3, tab: false }]);
  });

  it('splits on tabs, with an empty left or right column where a tab has nothing beside it', () => {
    expect(cells('Home Office\tDamian Green MP')).toEqual([
      { text: 'Home Office', col: 0, tab: false },
      { text: 'Damian Green MP', col: 12, tab: true },
    ]);
    expect(cells('\tAction: DfE to reply')).toEqual([
      { text: '', col: 0, tab: false },
      { text: 'Action: DfE to reply', col: 1, tab: true },
    ]);
    expect(cells('Text\t')).toEqual([
      { text: 'Text', col: 0, tab: false },
      { text: '', col: 5, tab: true },
    ]);
  });

  it('treats any blank run with a tab in it as one break, and three spaces as a break', () => {
    expect(cells('left text      Actions:')).toEqual([
      { text: 'left text', col: 0, tab: false },
      { text: 'Actions:', col: 15, tab: false },
    ]);
    expect(cells('a   \t   b\t\tc')).toEqual([
      { text: 'a', col: 0, tab: false },
      { text: 'b', col: 8, tab: true },
      { text: 'c', col: 11, tab: true },
    ]);
    expect(cells(`x${'\t'.repeat(50)}y`)).toEqual([
      { text: 'x', col: 0, tab: false },
      { text: 'y', col: 51, tab: true },
    ]);
    expect(cells(' \t \t x \t ')).toEqual([
      { text: '', col: 0, tab: false },
      { text: 'x', col: 5, tab: true },
      { text: '', col: 9, tab: true },
    ]);
  });

  it('joins a list marker alone in its cell to the text after it', () => {
    expect(cells('2.\tTitle of item')).toEqual([{ text: '2. Title of item', col: 0, tab: false }]);
    expect(cells('A3\tNCA to circulate the note.')).toEqual([
      { text: 'A3 NCA to circulate the note.', col: 0, tab: false },
    ]);
    expect(cells('A1 road\tclosed')).toHaveLength(2);
  });
});

describe('normaliseCharacters and toLines', () => {
  it('maps odd spaces, quotes, invisible and control characters in one pass', () => {
    const input =
      'a\u00a0b\u2019c\u201cd\u201d\u200be\u00adf\u2028g\vh\u0007i\r\nj\rk &#13; &#160; &amp;lt; <!channel> \u3000 \u2060 \u0085';
    // A carriage return written as an entity is decoded after line ends are settled, so it stays.
    expect(normaliseCharacters(input)).toBe('a b\'c"d"ef\ng\nhi\nj\nk \r   &lt;      \n');
  });

  it('makes every form feed a line of its own', () => {
    expect(toLines('a\fb\n\fc\n\f')).toEqual(['a', '\f', 'b', '', '\f', 'c', '', '\f', '']);
    expect(toLines('no breaks\nhere')).toEqual(['no breaks', 'here']);
  });

  it('recognises running headers and page numbers, and nothing else', () => {
    const furniture = ['Page 3 of 9', 'OFFICIAL', '- 4 -', '12', 'OFFICIAL-SENSITIVE   Page 2 of 5', 'DRAFT'];
    for (const line of furniture) expect(isPageFurniture(line), line).toBe(true);
    // A system's or a template's line closing the document.
    for (const line of [
      '*** END OF REPORT ***',
      '--- End of minutes ---',
      '[End of document]',
      'END OF MINUTES',
    ])
      expect(isPageFurniture(line), line).toBe(true);
    for (const line of [
      '3 | Page',
      'official',
      'Minutes',
      'Page three',
      'End of the pilot',
      'the end of minutes',
    ]) {
      expect(isPageFurniture(line), line).toBe(false);
    }
  });

  it('sees a page number a PDF-to-HTML tool wrapped in a paragraph, and only that', () => {
    for (const line of ['<p>2</p>', '<p>- 3 -</p>', '<p>Page 2 of 4</p>']) {
      expect(isPageFurniture(line), line).toBe(true);
    }
    for (const line of ['<p>Minutes</p>', '<p>12 members attended.</p>', '<p></p>', '<p><p>']) {
      expect(isPageFurniture(line), line).toBe(false);
    }
  });

  it('keeps the title a page header repeats when only a marking stands above it on the first page', () => {
    const minutes = [
      'OFFICIAL-SENSITIVE',
      '',
      'Cumbria Modern Slavery Partnership – Minutes of meeting, 14 March 2019',
      '',
      'Present: Helen Jones (Cumbria Constabulary, Chair); Ian Ward (Cumbria County Council)',
      '',
      '1. Farm visits',
      'Action: Cumbria County Council to share the findings by 12 April 2019.',
      '\f',
      'Cumbria Modern Slavery Partnership – Minutes of meeting, 14 March 2019',
      '',
      '2. Next meeting',
      'The next meeting will be held on 13 June 2019 at 10:00 at Carlisle Civic Centre.',
    ].join('\n');
    expect(parseMinutes(minutes).meeting).toEqual({
      title: 'Cumbria Modern Slavery Partnership',
      date: '2019-03-14',
    });
  });

  it('recognises a running footer of the title, the date and a bare page number after a gap', () => {
    for (const line of [
      'Human Trafficking IDMG – 12 February 2013\t\t\t2',
      'Board minutes, 3rd March 2014      - 4 -',
      'Strategy Board – 08/07/2014                                                 2',
      'Strategy Board – 2014-07-08\t2',
    ])
      expect(isPageFurniture(line), line).toBe(true);
    for (const line of [
      'The minutes of 12 February 2013 were agreed.\t2',
      'Report due 12 February 2013',
      'Share the plan by 12 February 2013\t\tNCA',
      // A row of an action table whose last cells are a deadline and an item number.
      'Share the timetable\tHome Office\t10 February 2017\t2',
    ])
      expect(isPageFurniture(line), line).toBe(false);
  });

  it('recognises a running header of the title and "Page N" set right, by spaces or by tabs', () => {
    for (const line of [
      'IDMG on Modern Slavery - 14 June 2016        Page 2',
      'Safer Communities Working Group – 14 October 2013\t\tPage 2',
      'Strategy Board minutes\tPage 3',
    ])
      expect(isPageFurniture(line), line).toBe(true);
    for (const line of ['The paper is at page 2', 'See annex B, page 12'])
      expect(isPageFurniture(line), line).toBe(false);
  });

  it('recognises a footer of a marking, a page number and the month or date beside them', () => {
    for (const line of [
      'OFFICIAL                              1                               July 2018',
      'OFFICIAL\t2\t12/07/2018',
    ])
      expect(isPageFurniture(line), line).toBe(true);
    // A date beside a number alone, or a marking beside a date alone, may be a table's row or a header.
    for (const line of [
      '1                 July 2018',
      'OFFICIAL          July 2018',
      'OFFICIAL   1   July 2018 was agreed',
    ])
      expect(isPageFurniture(line), line).toBe(false);
  });
});

describe('tables drawn with box-drawing characters', () => {
  it('are the same tables drawn in ASCII', () => {
    expect(normaliseCharacters('┌───┬───┐\n│ a │ b │\n├───┼───┤\n╞═══╡\n└───┴───┘')).toBe(
      '+---+---+\n| a | b |\n+---+---+\n+===+\n+---+---+',
    );
  });
});

describe('stripMarkup and clean', () => {
  it('removes tags from text with no Slack sequence in it', () => {
    expect(stripMarkup('<p>Plain <b>bold</b></p>')).toBe(' Plain  bold  ');
  });

  it('still removes Slack sequences next to tags, including ones an earlier removal uncovers', () => {
    expect(stripMarkup('<b>x</b> <!channel>')).toBe(' x   ');
    expect(stripMarkup('<p><@U123> hi')).toBe('   hi');
    expect(stripMarkup('<!<!x>>')).toBe('! >');
    expect(stripMarkup('<<!here> now')).toBe('<  now');
    expect(stripMarkup('<i>@</i> <!')).toBe(' @  !');
    expect(stripMarkup('a <https://gov.uk|report> b')).toBe('a report b');
  });

  it('collapses whitespace whether or not it needs collapsing', () => {
    expect(['  a \t b  ', 'a b', '\u00a0a\u2003b '].map(clean)).toEqual(['a b', 'a b', 'a b']);
  });

  it('makes every run of whitespace one space, a lone space kept, a lone tab or newline a space', () => {
    const runs = ['a  b', 'a\tb', 'a \t\n b', 'a\nb c', ' a ', 'a\u00a0\u00a0b', 'a b c d'];
    expect(runs.map(singleSpaced)).toEqual(runs.map((r) => r.replace(/\s+/g, ' ')));
  });
});

describe('stripMarkdown', () => {
  it('takes the emphasis off a whole line however long, and off words within one', () => {
    const long = 'Action 1: DfE to share the interim evaluation of the advocates trial with the Board.';
    expect(stripMarkdown(`*${long}*`)).toBe(long);
    expect(stripMarkdown(`_${long}_`)).toBe(long);
    expect(stripMarkdown('Official (*Chair*)')).toBe('Official (Chair)');
    // A bullet's star is no emphasis, nor are two spans of it.
    expect(stripMarkdown('* Home Office – Jo*')).toBe('* Home Office – Jo*');
    expect(stripMarkdown('*One* and *two*')).toBe('One and two');
  });

  it('takes off emphasis that runs across a line break, a mark at one end with none to match it', () => {
    expect(stripMarkdown('*Action 1: DfE to share the interim evaluation')).toBe(
      'Action 1: DfE to share the interim evaluation',
    );
    expect(stripMarkdown('with the Board.*')).toBe('with the Board.');
    expect(stripMarkdown('_Action: NCA to circulate')).toBe('Action: NCA to circulate');
    // Not a bullet's star, nor an underscore inside a word.
    expect(stripMarkdown('* Home Office')).toBe('* Home Office');
    expect(stripMarkdown('snake_case word')).toBe('snake_case word');
  });
});

describe('matchLabel', () => {
  it('reads brackets after the label that say when, not who, as the due date or nothing', () => {
    expect(matchLabel('Action (by 28 June 2024): Westshire Police to share the results.')).toBe(
      'Westshire Police to share the results. (Due: by 28 June 2024)',
    );
    expect(matchLabel('Action (by next meeting): NCA to report.')).toBe('NCA to report.');
    expect(matchLabel('Action (no date): Migrant Help to send its leaflet.')).toBe(
      'Migrant Help to send its leaflet.',
    );
    expect(matchLabel('ACTION (HMRC, GLA): report the outcome.')).toBe(
      'report the outcome. (Owner: HMRC, GLA)',
    );
  });

  it('reads labels and leaves prose alone', () => {
    expect(matchLabel('Action: DfE to reply')).toBe('DfE to reply');
    expect(matchLabel('action: x')).toBe('x');
    expect(matchLabel('ACTIONS')).toBe('');
    expect(matchLabel('AP3: y')).toBe('y');
    expect(matchLabel('Agreed actions: w')).toBe('w');
    expect(matchLabel('ap: z')).toBeNull();
    // A template's "(s)" leaving the number open.
    expect(matchLabel('Action(s): DH to report')).toBe('DH to report');
    expect(matchLabel('Action point(s): None')).toBe('None');
    // Other words of the label, and an arrow after it.
    for (const label of [
      'Action required:',
      'Actions agreed:',
      'ACTION AGREED:',
      'New action:',
      'Further action:',
      'Follow-up action:',
      'Action/Decision:',
      'Action ->',
      'ACTION =>',
      'Action –',
    ])
      expect(matchLabel(`${label} NCA to write`)).toBe('NCA to write');
    // A count or the action's state in brackets names no owners.
    expect(matchLabel('Actions (2): NCA to write')).toBe('NCA to write');
    expect(matchLabel('Action (new): NCA to write')).toBe('NCA to write');
    // "Actions agreed" heading a list, and "Actions agreed at …", are no label over a task.
    expect(matchLabel('Actions agreed at the last meeting were reviewed')).toBeNull();
    expect(matchLabel('Action was taken')).toBeNull();
    // The owner and due fields in the label's brackets.
    expect(matchLabel('Action (lead: Home Office; by 8 July 2016): circulate the terms')).toBe(
      'circulate the terms (Owner: Home Office) (Due: 8 July 2016)',
    );
    expect(matchLabel('Action (owner: DH): share the materials')).toBe('share the materials (Owner: DH)');
    // Coded by a lettered item: "Action B1:".
    expect(matchLabel('Action B1: Welsh Government to launch the module')).toBe(
      'Welsh Government to launch the module',
    );
    expect(matchLabel('Action (note: see annex): share the materials')).toBeNull();
    // Between two dashes an instruction is the task, not its owners; the owners come after it.
    expect(matchLabel('ACTION – Commission a review of the contract – Lead: Home Office')).toBe(
      'Commission a review of the contract – Lead: Home Office',
    );
    expect(matchLabel('Action 3 – DH – circulate the note')).toBe('circulate the note (Owner: DH)');
    // Owners and the date it is due in the label's brackets.
    expect(matchLabel('Action (HMRC, 31/03/2015): Share the summaries')).toBe(
      'Share the summaries (Owner: HMRC) (Due: 31/03/2015)',
    );
    expect(matchLabel('Action (BIS and Home Office – 30 April 2015): Consider it')).toBe(
      'Consider it (Owner: BIS and Home Office) (Due: 30 April 2015)',
    );
    expect(matchLabel('apples')).toBeNull();
    expect(matchLabel('')).toBeNull();
  });
  it('takes an action’s code in brackets or before a dash for its label', () => {
    expect(matchLabel('(A1) Migrant Help to report on occupancy.')).toBe(
      'Migrant Help to report on occupancy.',
    );
    expect(matchLabel('A3 – Police Scotland to brief the workstream.')).toBe(
      'Police Scotland to brief the workstream.',
    );
    expect(matchLabel('A1 road closures were discussed.')).toBeNull();
  });

  it('reads owners between two dashes after the label: "Action point 1 – NCA – Share …"', () => {
    expect(matchLabel('Action point 1 – NCA – Share the threat picture.')).toBe(
      'Share the threat picture. (Owner: NCA)',
    );
    expect(matchLabel('Action 2 - Border Force / HMRC - Report on seizures.')).toBe(
      'Report on seizures. (Owner: Border Force / HMRC)',
    );
    expect(matchLabel('Action 3 – update – complete.')).not.toContain('Owner');
  });

  it('reads the label’s other forms: "Action by X:", "[Action: X]", "ACTION (X)", "ACTION ON X", "Task:"', () => {
    expect(matchLabel('Action by NCA: circulate the note.')).toBe('circulate the note. (Owner: NCA)');
    expect(matchLabel('[Action: NCA] Circulate the note.')).toBe('Circulate the note. (Owner: NCA)');
    expect(matchLabel('(Action – DH) Share the figures.')).toBe('Share the figures. (Owner: DH)');
    expect(matchLabel('ACTION (NCA) Circulate the note.')).toBe('Circulate the note. (Owner: NCA)');
    expect(matchLabel('ACTION ON NCA to circulate the note.')).toBe('NCA to circulate the note.');
    expect(matchLabel('ACTION ON: NCA – circulate the note.')).toBe('NCA – circulate the note.');
    expect(matchLabel('Task: NCA to circulate the note.')).toBe('NCA to circulate the note.');
    expect(matchLabel('To do: NCA to circulate the note.')).toBe('NCA to circulate the note.');
    expect(matchLabel('Follow-up: NCA to circulate the note.')).toBe('NCA to circulate the note.');
    expect(matchLabel('ACTIONS ARISING: NCA to circulate the note.')).toBe('NCA to circulate the note.');
    expect(matchLabel('Follow up: NCA to circulate the note.')).toBe('NCA to circulate the note.');
    // "Follow-up" alone heads a section of notes; "Follow-up meeting …" is no label.
    expect(matchLabel('Follow-up meeting arranged for May.')).toBeNull();
    // Prose and reviews stay as they were.
    expect(matchLabel('Action (see below) was taken.')).toBeNull();
    expect(matchLabel('[Action: MOJ to provide figures] complete')).toBeNull();
    expect(matchLabel('Tasks were shared between the teams.')).toBeNull();
    expect(matchLabel('Action on this was deferred.')).toBeNull();
  });

  it('reads owners standing in the label as an owner field, not a review of an action', () => {
    expect(matchLabel('Action (Home Office): set out the plans.')).toBe(
      'set out the plans. (Owner: Home Office)',
    );
    expect(matchLabel('Action 1 (MOJ to provide a breakdown): complete.')).toBeNull();
    expect(matchLabel('Action (see below)')).toBeNull();
  });

  it('reads owners between the label and a colon: "Action – Home Office:", "ACTION/NCA:"', () => {
    expect(matchLabel('Action – Home Office: share the evaluation.')).toBe(
      'share the evaluation. (Owner: Home Office)',
    );
    expect(matchLabel('ACTION/NCA: circulate the figures')).toBe('circulate the figures (Owner: NCA)');
    expect(matchLabel('Action for MOJ and CPS: set out the plan')).toBe(
      'set out the plan (Owner: MOJ and CPS)',
    );
    expect(matchLabel('Action - DfE / LGA: agree a letter')).toBe('agree a letter (Owner: DfE / LGA)');
    // A state or an instruction after the dash is no owner.
    expect(matchLabel('Action – Update: the letter has gone.')).toBe('Update: the letter has gone.');
    expect(matchLabel('Action – Home Office to write: by May')).toBe('Home Office to write: by May');
  });
});

describe('parseMinutes details', () => {
  const minutes = (body: string) =>
    parseMinutes(
      [
        'Minutes of the meeting of the Group',
        '17 April 2012',
        '',
        'Attendees:',
        'Home Office\tJane Smith',
        'Unseen UK\tJo Bloggs',
        'MOJ\tJohn Doe',
        '',
        body,
      ].join('\n'),
    );

  it('knows every attendee organisation read so far when telling a numbered action from a heading', () => {
    // "Unseen UK" is only recognisable because it attended; the owner list must include it.
    expect(minutes('3. Unseen UK to circulate the note\n\n4. Next steps').items).toEqual([
      { number: '4', title: 'Next steps' },
    ]);
  });

  it('recognises an organisation named earlier in the attendance list', () => {
    // Unknown to the alias list, "Unseen UK" only reads as a body because an earlier line named it.
    expect(minutes('Jane Smith – Unseen UK\n\n2. Papers').attendees.slice(-1)).toEqual([
      { organisation: 'Unseen UK', name: 'Jane Smith', role: null, deputisingFor: null },
    ]);
  });

  it('spells owners as the attendee list does, however often they recur', () => {
    const actions = minutes(
      [
        'Action: Ministry of Justice to reply by 29 February 2012.',
        '',
        'Action: The Ministry of Justice and HO to meet by 29/02/2000.',
        '',
        'Action: Ministry of Justice to write.',
      ].join('\n'),
    ).actions;
    expect(actions.map((a) => a.owners)).toEqual([['MOJ'], ['MOJ', 'Home Office'], ['MOJ']]);
    expect(actions.map((a) => a.due)).toEqual(['2012-02-29', '2000-02-29', null]);
  });

  it('gives no due date for days that do not exist', () => {
    const actions = minutes(
      [
        'Action: Home Office to reply by 29 February 2013.',
        '',
        'Action: MOJ to write by 29/02/1900.',
        '',
        'Action: HO to report by 31 April 2012.',
      ].join('\n'),
    ).actions;
    expect(actions.map((a) => a.due)).toEqual([null, null, null]);
  });

  it('drops a trailing dash, semicolon or full stops from an action, but keeps an ellipsis', () => {
    const actions = minutes(
      [
        'Action: HO to report on the figures –',
        '',
        'Action: MOJ to check the figures...',
        '',
        'Action: Home Office to wait ;',
        '',
        'Action: HO to finish. .',
      ].join('\n'),
    ).actions;
    expect(actions.map((a) => a.text)).toEqual([
      'HO to report on the figures',
      'MOJ to check the figures...',
      'Home Office to wait',
      'HO to finish',
    ]);
  });

  it('reads owner and due fields written after an action', () => {
    const actions = minutes(
      ['Action: HO to look again (Owner: MOJ).', '', 'Action: DfE to act - Due: 3 May 2013'].join('\n'),
    ).actions;
    expect(actions).toEqual([
      { owners: ['MOJ'], text: 'HO to look again', item: null, due: null },
      { owners: ['DfE'], text: 'DfE to act', item: null, due: '2013-05-03' },
    ]);
  });
});

describe('matchItemHeading', () => {
  it('reads an item numbered with a stroke, "2/ Operation Harvest"', () => {
    expect(matchItemHeading('2/ Operation Harvest')).toMatchObject({
      number: '2',
      title: 'Operation Harvest',
    });
    expect(matchItemHeading('24/7 cover for the helpline')).toBeNull();
  });

  it('reads a council\'s minute number as the item\'s, but not a date or "24/7"', () => {
    expect(matchItemHeading('23/17\tAPOLOGIES')).toEqual({
      number: '23/17',
      title: 'APOLOGIES',
      sequence: 23,
    });
    // The year first, as NHS boards number their minutes: the minute's place is the part of three figures.
    expect(matchItemHeading('23/045 Declarations of interest')).toEqual({
      number: '23/045',
      title: 'Declarations of interest',
      sequence: 45,
    });
    expect(matchItemHeading('15/01/2018 Board meeting')).toBeNull();
    expect(matchItemHeading('24/7 Support line')).toBeNull();
  });

  it('reads "(1) Welcome" and an outline\'s "1.0 Welcome" as item 1', () => {
    expect(matchItemHeading('(1) Welcome')).toEqual({ number: '1', title: 'Welcome' });
    expect(matchItemHeading('3 – Victim care')).toEqual({ number: '3', title: 'Victim care' });
    expect(matchItemHeading('2 - 3 members attended')).toBeNull();
    expect(matchItemHeading('1.0 Welcome and apologies')).toEqual({
      number: '1',
      title: 'Welcome and apologies',
    });
    // The outline's paragraphs are no items.
    expect(matchItemHeading('1.1 The Chair welcomed members.')).toBeNull();
  });

  it('reads an agenda tool\'s "Agenda item 1 of 3 · Delivery update · 10 min" without the time', () => {
    expect(matchItemHeading('Agenda item 1 of 3 · Delivery update · 10 min')).toEqual({
      number: '1',
      title: 'Delivery update',
    });
  });

  it('reads a title with what was said run on after a spaced dash, to a full stop', () => {
    expect(matchItemHeading('2. Safe house capacity - tight in London until April.')).toEqual({
      number: '2',
      title: 'Safe house capacity',
      rest: 'tight in London until April.',
    });
    expect(matchItemHeading('2. Modern Slavery Act – one year on')).toEqual({
      number: '2',
      title: 'Modern Slavery Act – one year on',
    });
  });

  it('reads "1 | Update from the police", a bar after the number, and not a row of a table', () => {
    expect(matchItemHeading('1 | Update from the police')).toEqual({
      number: '1',
      title: 'Update from the police',
    });
    expect(matchItemHeading('1 | NCA to share the data | NCA')).toBeNull();
  });

  it('reads "1: Welcome" and a council\'s "Minute 3 – NRM data" as items', () => {
    expect(matchItemHeading('1: Welcome')).toEqual({ number: '1', title: 'Welcome' });
    expect(matchItemHeading('Minute 3 – NRM data')).toEqual({ number: '3', title: 'NRM data' });
    expect(matchItemHeading('10:30 Coffee')).toBeNull();
  });

  it('reads "Item One: Welcome" and "ITEM TWELVE – AOB", the number written as a word', () => {
    expect(matchItemHeading('Item One: Welcome')).toEqual({ number: '1', title: 'Welcome' });
    // A template's count of the items after the number is no part of the title.
    expect(matchItemHeading('Item 2 of 5: Data')).toEqual({ number: '2', title: 'Data' });
    expect(matchItemHeading('ITEM TWELVE – AOB')).toEqual({ number: '12', title: 'AOB' });
    // Only after "Item": "One of the members …" is no heading.
    expect(matchItemHeading('One: of the members')).toBeNull();
  });

  it('splits a short title run in before the discussion ("2. Data. Welsh Government …")', () => {
    expect(matchItemHeading('2. Data. Welsh Government presented referral figures')).toEqual({
      number: '2',
      title: 'Data',
      rest: 'Welsh Government presented referral figures',
    });
    expect(matchItemHeading('4. Victim support. BAWSO and the Salvation Army described')?.title).toBe(
      'Victim support',
    );
  });

  it('takes no opening sentence for a title: "The minutes were agreed.", "Noted."', () => {
    for (const line of [
      '1. The minutes. Were agreed by all members present',
      '3. Noted. Members asked for a further paper',
      '5. Members agreed. The paper goes to ministers next',
    ])
      expect(matchItemHeading(line)?.rest).toBeUndefined();
  });
});

describe('paragraphGapsAsTabs', () => {
  it('reads the spaces a tab became between two columns of <p> runs as the tab', () => {
    expect(
      paragraphGapsAsTabs([
        '<p>3.2 DWP noted the pilot.</p>      <p>report on joint working by 30 June.</p>',
        '<p>One column.</p> <p>Its next paragraph.</p>',
        'No tags   at all',
      ]),
    ).toEqual([
      '<p>3.2 DWP noted the pilot.</p>\t<p>report on joint working by 30 June.</p>',
      '<p>One column.</p> <p>Its next paragraph.</p>',
      'No tags   at all',
    ]);
  });

  it('reads an owner cut across rows in a <p> paste whose tabs were expanded to spaces', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '18 March 2014',
        'Minutes',
        '',
        'Attendees:',
        'NCA        Official',
        'DWP        Official',
        'HMRC       Official',
        '',
        '<p>3. Data</p> <p>NCA presented the statistics for the year, a rise of a third on the year before.</p>        <p>Actions:</p> <p>NCA to provide a breakdown by sector.</p> <p>HMRC and DWP to</p>',
        '',
        '<p>3.2 DWP noted the training of investigators.</p>        <p>report on joint working with the NCA by 30 June 2014.</p>',
        '<p>4. AOB</p> <p>None.</p>',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['NCA'], 'NCA to provide a breakdown by sector'],
      [['HMRC', 'DWP'], 'HMRC and DWP to report on joint working with the NCA by 30 June 2014'],
    ]);
  });
});

describe('leadersAsTabs', () => {
  it('makes dot leaders a column gap, and leaves an ellipsis in a sentence alone', () => {
    expect(
      leadersAsTabs(['Official ........ Migrant Help', 'Share the lessons . . . . PSNI', 'Chair: ………']),
    ).toEqual(['Official\tMigrant Help', 'Share the lessons\tPSNI', 'Chair:\t']);
    expect(leadersAsTabs(['It was agreed ... eventually.'])).toEqual(['It was agreed ... eventually.']);
    // Three dots lead to a name ending the line; an ellipsis goes on in lower case or ends a sentence.
    expect(leadersAsTabs(['Circulate the form (item 4) ... Migrant Help'])).toEqual([
      'Circulate the form (item 4)\tMigrant Help',
    ]);
    expect(leadersAsTabs(['We waited ... and then agreed', 'We waited ... Then it rained.'])).toEqual([
      'We waited ... and then agreed',
      'We waited ... Then it rained.',
    ]);
  });

  it('comes after the contents page is dropped: its leaders are no columns to keep', () => {
    const parsed = parseMinutes(
      [
        'South Wales Anti-Slavery Forum',
        'Minutes – 19 June 2018',
        '',
        'Contents',
        '1. Welcome ........................ 1',
        '2. Data ........................... 2',
        '',
        'Present: Owen Jones (South Wales Police)',
        '',
        '1. Welcome',
        'The Chair welcomed members.',
        '',
        '2. Data',
        'Police presented data.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['Welcome', 'Data']);
  });
});

describe('isActionSummaryHeading', () => {
  it("knows the names secretariats give the meeting's actions gathered after the items", () => {
    for (const heading of [
      'Summary of actions',
      'List of actions',
      'Table of actions',
      'Schedule of actions',
      'Actions from this meeting',
      'Actions summary',
      'Action Summary',
      'Actions and owners',
      'Decisions and actions',
      'Key decisions and actions:',
      'Actions and decisions',
      'Decision and action log',
      'Actions and decisions register',
    ])
      expect(isActionSummaryHeading(heading)).toBe(true);
    for (const heading of ['New actions', 'Actions', 'Summary of the discussion'])
      expect(isActionSummaryHeading(heading)).toBe(false);
  });
});

describe('a numbered decision among numbered actions', () => {
  it('"Decision 1:" records no task; "Action 1:" over its Owner and Due lines is one', () => {
    const parsed = parseMinutes(
      [
        'Task and Finish Group',
        'Meeting: 3 June 2016',
        '',
        'Present:',
        'Official, Salvation Army',
        '',
        '1. Support',
        'Members discussed support.',
        '',
        'Decisions and actions',
        '',
        'Decision 1: The Group will report to the Strategy Board in October 2016.',
        '',
        'Action 1: Map the support available to victims in each nation',
        'Owner: Salvation Army',
        'Due: 29 July 2016',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Salvation Army'], 'Map the support available to victims in each nation', '2016-07-29'],
    ]);
  });
});

describe('startsWithActionVerb', () => {
  it('knows the verbs instructions start with, and not the nouns headings do', () => {
    for (const text of [
      'Verify the figures',
      'Approach the retailers',
      'Include a breakdown',
      'Undertake a review',
      'Break the referrals down by local authority',
      "Show the plan's milestones by quarter",
    ])
      expect(startsWithActionVerb(text)).toBe(true);
    for (const text of ['Victims of trafficking', 'Overseas programmes', 'Annual report'])
      expect(startsWithActionVerb(text)).toBe(false);
  });

  it('knows a verb written with a hyphen: "fast-track", "re-issue", "co-ordinate", "e-mail"', () => {
    for (const text of [
      'fast-track the decisions',
      'Re-issue the guidance',
      'co-ordinate the visits',
      'e-mail members',
    ])
      expect(startsWithActionVerb(text)).toBe(true);
    for (const text of ['Long-term funding', 'Multi-agency working', 'Cross-border cases'])
      expect(startsWithActionVerb(text)).toBe(false);
  });
});

describe('a label whose task ends in words of a body’s name', () => {
  it('"Action: Break the referrals down by local authority" is a task, not owners', () => {
    const parsed = parseMinutes(
      [
        'Network minutes',
        'Meeting date: 4 October 2017',
        '',
        'Attendees',
        '- Sam Kerr, NCA',
        '',
        '1. Data',
        'Discussed.',
        '',
        'Action: Break the referrals down by local authority',
        'Owner: NCA',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['NCA'], 'Break the referrals down by local authority'],
    ]);
  });
});

describe('attendance written with a chat tool’s mentions', () => {
  it('reads "@Ruth Baker (Salvation Army, chair)" as the person, without the sign', () => {
    expect(parseAttendeeLine('@Ruth Baker (Salvation Army, chair)', new Set())).toEqual({
      organisation: 'Salvation Army',
      name: 'Ruth Baker',
      role: 'CHAIR',
      deputisingFor: null,
    });
  });
});

describe("attendees' initials in brackets after their names", () => {
  it('reads "Jo Smith (JS) ⇥ Home Office (Chair)" as one person of a body, not two entries side by side', () => {
    expect(parseAttendeeLine('Jo Smith (JS)\tHome Office (Chair)', new Set())).toEqual({
      organisation: 'Home Office',
      name: 'Jo Smith',
      role: 'CHAIR',
      deputisingFor: null,
    });
    const parsed = parseMinutes(
      [
        'STRATEGY BOARD',
        'Minutes of the meeting held on 11 June 2013',
        '',
        'Present:',
        'Jo Smith (JS)          Home Office (Chair)',
        'Raj Patel (RP)         Department for Work and Pensions',
        '',
        '1. Benefit fraud',
        'ACTION: JS to circulate a note.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Jo Smith', 'Home Office', 'CHAIR'],
      ['Raj Patel', 'Department for Work and Pensions', null],
    ]);
    expect(parsed.actions[0]?.owners).toEqual(['Home Office']);
    // Letters that are not the name's initials are a body's: "Ann Lowe (CPS)".
    expect(parseAttendeeLine('Ann Lowe (CPS)', new Set())?.organisation).toBe('CPS');
  });

  it('reads initials with full stops ("(J.S.)", "(P.O\'H.)") as the person\'s, and actions owned by them', () => {
    const parsed = parseMinutes(
      [
        'LANCASHIRE MODERN SLAVERY NETWORK',
        'Minutes of the meeting held on 15 January 2025',
        '',
        'Present:',
        'Jane Simms (J.S.) - Lancashire Constabulary (Chair)',
        "Peter O'Hara (P.O'H.) - Lancashire County Council",
        'Amina Khan (A.K.) - Preston City Council',
        '',
        '1. Data',
        'Action: J.S. to share the breakdown by district.',
        "Action: P.O'H. and A.K. to circulate the link.",
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Jane Simms', 'Lancashire Constabulary'],
      ["Peter O'Hara", 'Lancashire County Council'],
      ['Amina Khan', 'Preston City Council'],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([
      ['Lancashire Constabulary'],
      ['Lancashire County Council', 'Preston City Council'],
    ]);
  });

  it('reads "Post, Body (Chair) - Person" as the person of the body, and actions owned by the post', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Sub-Group',
        'Notes of meeting: 4 February 2025',
        '',
        'Attendees:',
        '- Head of Adult Safeguarding, Derbyshire County Council (Chair) - Sarah Pitt',
        '- Housing Manager, Chesterfield Borough Council - Tom Lyle',
        '',
        '1. Referral pathway',
        'ACTION: Head of Adult Safeguarding to revise the pathway.',
        'ACTION: Housing Manager to agree a protocol for joint visits.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Sarah Pitt', 'Derbyshire County Council', 'CHAIR'],
      ['Tom Lyle', 'Chesterfield Borough Council', null],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([
      ['Derbyshire County Council'],
      ['Chesterfield Borough Council'],
    ]);
  });
});

describe('a role in Welsh and English', () => {
  it('reads "(Ysgrifenyddiaeth / Secretariat)" as the role, though no line stage put it in English', () => {
    expect(
      parseAttendeeLine(
        'Huw Davies – Llywodraeth Cymru / Welsh Government (Ysgrifenyddiaeth / Secretariat)',
        new Set(),
      ),
    ).toMatchObject({ name: 'Huw Davies', role: 'SECRETARIAT' });
  });
});

describe('a column of roles before the name and body', () => {
  it('reads "Member" in it as no meeting role, not as the body', () => {
    const read = (l: string) => parseAttendeeLine(l, new Set());
    expect(read('Member                 Official                National Crime Agency')).toEqual({
      organisation: 'National Crime Agency',
      name: 'Official',
      role: null,
      deputisingFor: null,
    });
    expect(read('Chair\tHelen Ward\tHome Office')).toMatchObject({
      organisation: 'Home Office',
      name: 'Helen Ward',
      role: 'CHAIR',
    });
  });
});

describe('attendance by how each joined, and a register with a "Deputy for" column', () => {
  it('reads "In person:" and "Remote:" as sub-headings of the list, its numbered entries as people, not items', () => {
    const parsed = parseMinutes(
      [
        'Victim Identification Panel',
        'Minutes of the meeting held on 12 May 2022',
        '',
        'Attendance',
        '',
        'In person:',
        '1. Karen Hale, Home Office (Chair)',
        '2. Sam Lee, UK Visas and Immigration (attending for Jo Hart)',
        '',
        'Remote:',
        '3. Mark Owen, Police Scotland',
        '',
        'Item 1 - Panel decisions',
        'The Panel reviewed 42 decisions.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role, a.deputisingFor])).toEqual([
      ['Home Office', 'Karen Hale', 'CHAIR', null],
      ['UK Visas and Immigration', 'Sam Lee', null, 'Jo Hart'],
      ['Police Scotland', 'Mark Owen', null, null],
    ]);
    expect(parsed.items).toEqual([{ number: '1', title: 'Panel decisions' }]);
  });

  it('reads a "Deputy for" column as whom each stands in for, and "N" under "Attended" as apologies', () => {
    const parsed = parseMinutes(
      [
        '# Engagement Forum',
        '',
        '**Meeting date:** 7 July 2022',
        '',
        '| Name | Organisation | Role | Deputy for | Attended |',
        '|---|---|---|---|---|',
        '| Lucy Grant | Home Office | Chair | | Y |',
        '| Ravi Dhillon | Kalayaan | | | N |',
        '| Owen Tate | Anti Slavery International | | Jasmine Ortiz | Y |',
        '',
        '## 1. Guidance',
        '',
        'The Forum discussed the guidance.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role, a.deputisingFor])).toEqual([
      ['Home Office', 'Lucy Grant', 'CHAIR', null],
      ['Anti Slavery International', 'Owen Tate', null, 'Jasmine Ortiz'],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Kalayaan', name: 'Ravi Dhillon' }]);
  });
});

describe('names withheld from published minutes', () => {
  it('reads "[Redacted – s.40(2)]" as the name, whichever side of the body it stands', () => {
    const read = (l: string) => parseAttendeeLine(l, new Set());
    expect(read('[Redacted – s.40(2)], Home Office (Secretariat)')).toEqual({
      organisation: 'Home Office',
      name: '[Redacted – s.40(2)]',
      role: 'SECRETARIAT',
      deputisingFor: null,
    });
    expect(read('Home Office – [Redacted – s.40(2)] (Chair)')).toMatchObject({
      organisation: 'Home Office',
      name: '[Redacted – s.40(2)]',
      role: 'CHAIR',
    });
    expect(read('NCA – [name withheld]')).toMatchObject({ organisation: 'NCA', name: '[name withheld]' });
    // A body in square brackets is still the body.
    expect(read('Sarah Whitcombe [Home Office]')).toMatchObject({
      organisation: 'Home Office',
      name: 'Sarah Whitcombe',
    });
  });
});

describe('a meeting role between the person and the body, or in square brackets', () => {
  it('reads "Name – Post, Body" and "Name – Post – Body" with the post left out, whatever words the post has', () => {
    const read = (l: string) => parseAttendeeLine(l, new Set());
    expect(read('Ann Lee – Head of Modern Slavery Unit, Home Office')).toMatchObject({
      organisation: 'Home Office',
      name: 'Ann Lee',
    });
    expect(read('Ann Lee – Legal Adviser – CPS')).toMatchObject({ organisation: 'CPS', name: 'Ann Lee' });
  });

  it('reads "Name – Role, Body", "Name, Role, Body" and "Name, Body [Role]"', () => {
    const read = (l: string) => parseAttendeeLine(l, new Set());
    const clerk = {
      organisation: 'Kingsmere District Council',
      name: 'Denise Harper',
      role: 'CLERK',
      deputisingFor: null,
    };
    expect(read('Denise Harper – Clerk, Kingsmere District Council')).toEqual(clerk);
    expect(read('Denise Harper, Clerk, Kingsmere District Council')).toEqual(clerk);
    expect(read('Denise Harper, Kingsmere District Council [Clerk]')).toEqual(clerk);
    // A post in that place is no role, and its body is still the body.
    expect(read('Denise Harper – Community Safety Manager, Kingsmere District Council')).toMatchObject({
      organisation: 'Kingsmere District Council',
      role: null,
    });
  });
});

describe('the other words of a meeting role', () => {
  it('reads a joint or acting chair, a chair for the meeting and "observing" as the roles they are', () => {
    const role = (r: string) => parseAttendeeLine(`Ann Lee, NCA (${r})`, new Set())?.role;
    for (const chair of ['Joint Chair', 'Acting Chair', 'Chair for this meeting', 'Co-Chair'])
      expect(role(chair)).toBe('CHAIR');
    expect(role('observing')).toBe('OBSERVER');
    // A body's own chair elsewhere is a post, not this meeting's role.
    expect(role('Chair of the Home Affairs Committee')).toBeNull();
  });
});

describe('a second attendance table with no heading over it', () => {
  const minutes = (second: string[]) =>
    parseMinutes(
      [
        'Ministerial Group',
        'Minutes of meeting: 24/06/2014',
        '',
        '| Organisation | Name | Role |',
        '|---|---|---|',
        '| Home Office | Karen Bradshaw MP | Chair |',
        '| DWP | Official | For Nadia Rowe MP |',
        '',
        '| Organisation | Name |',
        '|---|---|',
        ...second,
        '',
        '1. Minutes',
        'Agreed.',
      ].join('\n'),
    );

  it('lists the apologies when someone an attendee stood in for is among them', () => {
    const parsed = minutes(['| DWP | Nadia Rowe MP |', '| Welsh Government | Jane Pryce AM |']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Karen Bradshaw MP', 'Official']);
    expect(parsed.apologies).toEqual([
      { organisation: 'DWP', name: 'Nadia Rowe MP' },
      { organisation: 'Welsh Government', name: 'Jane Pryce AM' },
    ]);
  });

  it('lists more of those present otherwise', () => {
    const parsed = minutes(['| NCA | Official |']);
    expect(parsed.attendees.map((a) => a.organisation)).toEqual(['Home Office', 'DWP', 'NCA']);
    expect(parsed.apologies).toEqual([]);
  });
});

describe('a "Chair:" field naming a body', () => {
  it('is the chair the list names again with that body, not another attendee', () => {
    const parsed = parseMinutes(
      [
        'Implementation Group',
        'Meeting held: 7 March 2017',
        'Chair: Home Office',
        '',
        'Members present',
        'Official, Home Office (Chair); Official, NCA',
        '',
        '1. Guidance',
        'Reviewed.',
      ].join('\n'),
    );
    expect(parsed.attendees).toEqual([
      { organisation: 'Home Office', name: 'Official', role: 'CHAIR', deputisingFor: null },
      { organisation: 'NCA', name: 'Official', role: null, deputisingFor: null },
    ]);
  });
});

describe('attendance entries with the role first, the body in square brackets, or slashes between', () => {
  it('reads "Chair – Name (Body)", "Name [Body] (Chair)" and "Name / Body / Chair"', () => {
    const read = (l: string) => parseAttendeeLine(l, new Set());
    const chair = {
      organisation: 'Home Office',
      name: 'Sarah Whitcombe',
      role: 'CHAIR',
      deputisingFor: null,
    };
    expect(read('Chair – Sarah Whitcombe (Home Office)')).toEqual(chair);
    expect(read('Chair: Sarah Whitcombe, Home Office')).toEqual(chair);
    expect(read('Sarah Whitcombe [Home Office] (Chair)')).toEqual(chair);
    expect(read('Sarah Whitcombe / Home Office / Chair')).toEqual(chair);
    expect(read('Secretariat – Priya Natarajan (Home Office)')).toMatchObject({
      name: 'Priya Natarajan',
      role: 'SECRETARIAT',
    });
    // A chairman's name is no role: "Chairman" must stand before a dash or colon to be one.
    expect(read('Chairmaine Lee (NCA)')).toMatchObject({ name: 'Chairmaine Lee', role: null });
  });
});

describe('an AsciiDoc table a cell a line, a note after a dash, a meeting on Teams', () => {
  it('reads each row of cells on lines of their own, "– notes" as no part of a body, and Teams as the place', () => {
    const table = parseMinutes(
      [
        '= Modern Slavery Strategy Board',
        '',
        'Minutes of the meeting held on 9 February 2016.',
        '',
        '== Attendees',
        '',
        '* Sarah Whitcombe, Home Office (Chair)',
        '* Graham Kerr, NCA',
        '',
        '== 1. Section 54 statements',
        '',
        'The Home Office reported on the statements.',
        '',
        '|===',
        '| Action | Owner | Due',
        '',
        '| Write to the largest businesses',
        '| Home Office',
        '| 31/03/2016',
        '|===',
      ].join('\n'),
    );
    expect(table.actions).toEqual([
      { owners: ['Home Office'], text: 'Write to the largest businesses', item: '1', due: '2016-03-31' },
    ]);
    const recap = parseMinutes(
      [
        'Westshire Anti-Slavery Network – meeting recap',
        'Tuesday 2 June 2020, 10:00–11:00',
        '',
        'Participants',
        'Supt David Marsh (Westshire Police) – chair',
        'Ben Carter (Westshire County Council) – notes',
        '',
        '1. Referrals',
        'Referrals fell in April.',
        '',
        'Next meeting: Tuesday 7 July 2020, 10:00–11:00, on Microsoft Teams.',
      ].join('\n'),
    );
    expect(recap.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Westshire Police', 'Supt David Marsh', 'CHAIR'],
      ['Westshire County Council', 'Ben Carter', null],
    ]);
    expect(recap.nextMeeting?.location).toBe('Microsoft Teams');
  });
});

describe("a notes app's tasks that mention their owners", () => {
  it('reads "@Graham Kerr share …" as the NCA\'s task, and two mentions as two owners', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 3 May 2016',
        '',
        'Present:',
        'Priya Natarajan, Home Office (Secretariat)',
        'Graham Kerr, NCA',
        'Joanna Pike, CPS',
        '',
        '1. Referrals',
        'The Board discussed referrals.',
        '',
        '- [ ] @Graham Kerr share the data pack',
        '- [ ] @Priya Natarajan and @Joanna Pike draft the guidance by 30 June 2016',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['NCA'], null],
      [['Home Office', 'CPS'], '2016-06-30'],
    ]);
  });
});

describe("an attendee's initials as an action's owner", () => {
  it('reads "GK" as Graham Kerr of the NCA, but "DH" stays the Department of Health', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 3 May 2016',
        '',
        'Present:',
        'Sarah Whitcombe, Home Office (Chair)',
        'Graham Kerr, NCA',
        'Joanna Pike, CPS',
        'David Harris, DWP',
        '',
        '1. Referrals',
        'The Board discussed referrals.',
        'Action: GK to share the figures by 30 June 2016.',
        'Action: JP and GK to draft guidance.',
        'Action: DH to write to GPs.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([['NCA'], ['CPS', 'NCA'], ['DH']]);
  });
});

describe('attendance around the tables and sentences that list it', () => {
  it('reads the apologies as wide as the attendance table under its header, and the chair named in the welcome', () => {
    const tabled = parseMinutes(
      [
        'Modern Slavery Strategy Board',
        'Meeting: 11 October 2016',
        '',
        'Attendees',
        'Name\tJob title\tOrganisation',
        'Sarah Whitcombe (Chair)\tDirector, Crime and Policing\tHome Office',
        'Graham Kerr\tDeputy Director, Organised Crime\tNCA',
        '',
        'Apologies',
        'Neil Haines\tAssistant Director\tHMRC',
        '',
        '1. Minutes',
        'The minutes were agreed.',
      ].join('\n'),
    );
    expect(tabled.apologies).toEqual([{ organisation: 'HMRC', name: 'Neil Haines' }]);
    const welcomed = parseMinutes(
      [
        'COMMUNITY SAFETY PANEL',
        'Minutes of the meeting held on 17 January 2017',
        '',
        '1. Welcome, introductions and apologies',
        '',
        'The Chair, Cllr Margaret Holloway (Kingsmere District Council), welcomed members. Present were Rachel Obi (KDC Community Safety) and Sgt Priya Lal (Westshire Police). Apologies had been received from Neil Foster (KDC Environmental Health).',
      ].join('\n'),
    );
    expect(welcomed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Kingsmere District Council', 'Cllr Margaret Holloway', 'CHAIR'],
      ['KDC Community Safety', 'Rachel Obi', null],
      ['Westshire Police', 'Sgt Priya Lal', null],
    ]);
  });
});

describe('action table columns named in other words', () => {
  it('reads "Allocated to", "Organisation", "Date for completion", "Next steps" and "Minute ref" by what they hold', () => {
    expect(columnOf('Allocated to')).toBe('owner');
    expect(columnOf('Accountable')).toBe('owner');
    expect(columnOf('Organisation')).toBe('owner');
    expect(columnOf('Date for completion')).toBe('due');
    expect(columnOf('Required by')).toBe('due');
    expect(columnOf('Next steps')).toBe('text');
    expect(columnOf('Details')).toBe('text');
    expect(columnOf('Action detail')).toBe('text');
    expect(columnOf('Activity')).toBe('text');
    expect(columnOf('Minute ref')).toBe('number');
    // Said the other way round: "Description of action" is the vocabulary's "Action description".
    expect(columnOf('Description of action')).toBe('text');
    expect(columnOf('Details of the actions')).toBe('text');
    expect(columnOf('Owner of the action')).toBe('owner');
    // A column of two kinds, joined by "and", "&" or a bracket, holds the actions if one kind is.
    expect(columnOf('Action and owner')).toBe('text');
    expect(columnOf('Actions & owners')).toBe('text');
    expect(columnOf('Action (owner)')).toBe('text');
    expect(columnOf('Owner (lead)')).toBe('owner');
    const parsed = parseMinutes(
      [
        'Safeguarding Sub-Group',
        'Minutes of the meeting of 7 February 2018',
        '',
        'Present:',
        'Rachel Obi, Kingsmere District Council (Chair)',
        'Sgt Priya Lal, Westshire Police',
        '',
        '1. Car washes',
        'Visits were discussed.',
        '',
        '| Next steps | Allocated to | Date for completion |',
        '|---|---|---|',
        '| Write to HMRC about joint visits | Westshire Police | 31/03/2018 |',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Westshire Police'],
        text: 'Write to HMRC about joint visits',
        item: '1',
        due: '2018-03-31',
      },
    ]);
  });
});

describe("an action log's codes", () => {
  it('label an action when the code has a separator in it, not a heading such as "Q3 – Performance"', () => {
    expect(matchLabel('A17/09 – Westshire Police to share the results')).toBe(
      'Westshire Police to share the results',
    );
    expect(matchLabel('AP-03 – NCA to circulate the note')).toBe('NCA to circulate the note');
    expect(matchLabel('IDMG/14/03 – DfE to write to schools')).toBe('DfE to write to schools');
    expect(matchLabel('Q3 – Performance report')).toBeNull();
  });

  it('start entries of a list when set off by a gap alone ("MSP/16/11   Salvation Army to …")', () => {
    const parsed = parseMinutes(
      [
        'Partnership Board',
        'Date of meeting: 8 November 2016',
        '',
        '1. Victim pathway',
        'The Board discussed the pathway.',
        '',
        'ACTIONS ARISING',
        'MSP/16/11   Salvation Army to map the accommodation (Item 1)',
        'MSP/16/12   London Councils to survey boroughs by 31 January 2017 (Item 1)',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['Salvation Army'], text: 'Salvation Army to map the accommodation', item: '1', due: null },
      {
        owners: ['London Councils'],
        text: 'London Councils to survey boroughs by 31 January 2017',
        item: '1',
        due: '2017-01-31',
      },
    ]);
  });
});

describe('a reply over an earlier message of the thread, and a log of coded actions', () => {
  it('reads the earliest message as the minutes, and "A17/09 – …" entries under a heading with a remark', () => {
    const parsed = parseMinutes(
      [
        'From: Carter, Ben',
        'Sent: 19 September 2017 08:52',
        'Subject: RE: Network meeting 12 September - notes',
        '',
        'Apologies, the notes below had the wrong date. It is now correct.',
        '',
        'Ben',
        '',
        'From: Carter, Ben',
        'Sent: 18 September 2017 17:20',
        'Subject: Network meeting 12 September - notes',
        '',
        'WESTSHIRE ANTI-SLAVERY NETWORK – NOTES OF MEETING',
        'Tuesday 12 September 2017, Westbury Police Station',
        '',
        'Attendees: Supt David Marsh (Westshire Police, Chair), Tom Price (Westshire Fire and Rescue Service)',
        '',
        '1. Nail bars',
        'Two more premises will be visited.',
        '',
        'Action log (new actions in bold in the original)',
        'A17/09 – Westshire Police to share the results of the visits',
        'A17/10 – Westshire Fire and Rescue Service to present the checklist by 30 November 2017',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({
      title: 'WESTSHIRE ANTI-SLAVERY NETWORK',
      date: '2017-09-12',
    });
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Westshire Police'], 'Westshire Police to share the results of the visits', null],
      [
        ['Westshire Fire and Rescue Service'],
        'Westshire Fire and Rescue Service to present the checklist by 30 November 2017',
        '2017-11-30',
      ],
    ]);
  });
});

describe('a table of tabs whose cells wrap onto lines of their own, and those "Not attending"', () => {
  it('keeps a wrapped cell in its column when its line starts with a tab', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership',
        'Record of meeting: 3 November 2016',
        '',
        'Attending',
        'Tom Price\tWestshire Fire and Rescue Service (chair)',
        'Ruth Adeyemi\tWestshire Police',
        'Lena Novak\tHope for Justice',
        '',
        'Not attending',
        'Neil Foster\tKDC Environmental Health',
        '',
        '1 Training',
        'The partnership discussed training.',
        '',
        'Agreed actions',
        'Action\tResponsible\tBy when',
        "Offer the partnership's training to\tWestshire County\t",
        'care home managers\tCouncil, Hope for\t',
        '\tJustice\t',
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([{ organisation: 'KDC Environmental Health', name: 'Neil Foster' }]);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [
        ['Westshire County Council', 'Hope for Justice'],
        "Offer the partnership's training to care home managers",
      ],
    ]);
  });
});

describe('an attendance table without outer pipes, and an action log with a "Date raised" column', () => {
  it('reads the table by its header, its apologies person first, and only the log rows raised at this meeting', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Sub-Group',
        'Minutes of the meeting on Wednesday 7 February 2018',
        '',
        'Attendees',
        'Name              | Organisation                    | Role',
        'Rachel Obi        | Kingsmere District Council      | Chair',
        'Sgt Priya Lal     | Westshire Police                |',
        '',
        'Apologies',
        'Neil Foster       | KDC Environmental Health        |',
        '',
        '1. Car washes',
        'Sgt Lal reported on visits to six hand car washes.',
        '',
        'Action log',
        '',
        'ID | Date raised | Action                                  | Owner                    | Due        | Status',
        '16 | 08/11/2017  | Share the list of car washes             | KDC Environmental Health | 31/12/2017 | Open',
        '17 | 07/02/2018  | Write to HMRC about joint visits         | Westshire Police         | 31/03/2018 | New',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Kingsmere District Council', 'Rachel Obi', 'CHAIR'],
      ['Westshire Police', 'Sgt Priya Lal', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'KDC Environmental Health', name: 'Neil Foster' }]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Westshire Police'], 'Write to HMRC about joint visits', '2018-03-31'],
    ]);
  });
});

describe('paragraphs numbered straight through under numbered headings in capitals', () => {
  it('reads "3. The NCA will …" as a paragraph of item 2, and "(Action: all departments)" as the whole committee', () => {
    const parsed = parseMinutes(
      [
        "MODERN SLAVERY IDMG – OFFICIALS' MEETING",
        '10 May 2016',
        '',
        'PRESENT: Daniel Osei (Home Office, chair); Graham Kerr (NCA); Ruth Kenyon (DH).',
        '',
        '1. MATTERS ARISING',
        '',
        '1. The note of the last meeting was agreed.',
        '',
        '2. IDMG ANNUAL REPORT',
        '',
        '2. The draft goes to the IDMG in July. Each department will send its section by 3 June 2016. (Action: all departments)',
        '',
        "3. The NCA will provide the 2015 NRM figures for the report's annex. (Action: NCA)",
        '',
        '4. The secretariat will book a room',
        '',
        '3. HEALTH',
        '',
        '5. DH will share the evaluation of the pilot. (Action: DH)',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'MATTERS ARISING' },
      { number: '2', title: 'IDMG ANNUAL REPORT' },
      { number: '3', title: 'HEALTH' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [[], 'Each department will send its section by 3 June 2016', '2', '2016-06-03'],
      [['NCA'], "The NCA will provide the 2015 NRM figures for the report's annex", '2', null],
      [['DH'], 'DH will share the evaluation of the pilot', '3', null],
    ]);
  });
});

describe('bodies, places and columns named in Welsh and English', () => {
  it('keeps the English half of a pair, either way round, and leaves other slashes alone', () => {
    expect(englishHalf('Llywodraeth Cymru / Welsh Government')).toBe('Welsh Government');
    expect(englishHalf('South Wales Police / Heddlu De Cymru')).toBe('South Wales Police');
    expect(englishHalf('Parc Cathays, Caerdydd / Cathays Park, Cardiff')).toBe('Cathays Park, Cardiff');
    expect(englishHalf('SOCA / HMRC')).toBe('SOCA / HMRC');
    expect(englishHalf('Home Office')).toBe('Home Office');
    // Charities and agencies: "yr" and their nouns mark the Welsh half.
    expect(englishHalf('Byddin yr Iachawdwriaeth / Salvation Army')).toBe('Salvation Army');
    expect(englishHalf('Asiantaeth Troseddau Cenedlaethol / National Crime Agency')).toBe(
      'National Crime Agency',
    );
    // A place named alike in both halves ("Hywel Dda") leaves the Welsh words to tell them apart.
    expect(englishHalf('Bwrdd Iechyd Hywel Dda / Hywel Dda University Health Board')).toBe(
      'Hywel Dda University Health Board',
    );
  });

  it('reads an attendance table whose columns are named in both languages', () => {
    expect(attendeeColumns(['Sefydliad / Organisation', 'Enw / Name', 'Rôl / Role'])).toMatchObject({
      organisation: 0,
      name: 1,
      role: 2,
    });
    // "Present / Apologies" is one English name of a column of its own.
    expect(attendeeColumns(['Name', 'Present / Apologies'])).toMatchObject({ name: 0, status: 1 });
    // A register's question: "Present?", "Attended (Y/N)".
    expect(attendeeColumns(['Name', 'Organisation', 'Present?'])).toMatchObject({ name: 0, status: 2 });
    expect(attendeeColumns(['Name', 'Attended (Y/N)'])).toMatchObject({ name: 0, status: 1 });
  });

  it('reads a register of members marked Y and N as those present and those who sent apologies', () => {
    const parsed = parseMinutes(
      [
        'Partnership Board',
        'Minutes – 21 September 2017',
        '',
        'Membership and attendance',
        'Name | Organisation | Present?',
        'Dawn Pike (Chair) | Westshire County Council | Y',
        'Grace Mensah | Westshire CCG | N',
        '',
        '1. Strategy',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Dawn Pike', 'Westshire County Council', 'CHAIR'],
    ]);
    expect(parsed.apologies).toEqual([{ name: 'Grace Mensah', organisation: 'Westshire CCG' }]);
  });

  it('reads ticks under "Present" and "Apologies" columns, and two lists under "Present ⇥ Apologies"', () => {
    const parsed = parseMinutes(
      [
        'Anti-Slavery Forum',
        'Minutes – 16 January 2018',
        '',
        '| Name | Organisation | Present | Apologies |',
        '|---|---|---|---|',
        '| Helen Marsh | Kingsmere Borough Council (Chair) | ✓ | |',
        '| Amy Shore | Salvation Army | | ✓ |',
        '| Tom Lister | Kingsmere Borough Council | ✓ | - |',
        '',
        '1. Car washes',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Helen Marsh', 'Tom Lister']);
    expect(parsed.apologies).toEqual([{ name: 'Amy Shore', organisation: 'Salvation Army' }]);
    expect(attendeeColumns(['Present', 'Apologies'])).toBeNull();
  });

  it('reads a role where an attendance column says "Present" of the others', () => {
    const columns = attendeeColumns(['Name', 'Organisation', 'Attendance']);
    const known = new Set(['Home Office']);
    expect(parseAttendeeLine('| Karen Bradley MP | Home Office | Chair |', known, columns)?.role).toBe(
      'CHAIR',
    );
    expect(parseAttendeeLine('| Official | Home Office | Secretariat |', known, columns)?.role).toBe(
      'SECRETARIAT',
    );
    expect(parseAttendeeLine('| Official | Home Office | Present |', known, columns)?.role).toBeNull();
    expect(parseAttendeeLine('| Official | Home Office | Apologies |', known, columns)?.absent).toBe(true);
  });

  it('reads a column by its English name, beside the Welsh or under it on a second header line', () => {
    expect(columnOf('Perchennog / Owner')).toBe('owner');
    expect(columnOf('Cam gweithredu / Action')).toBe('text');
    expect(columnOf('Rhif No.')).toBe('number');
    expect(columnOf('Erbyn')).toBe('other'); // "By": owners or due dates, as the other columns say
  });

  it('reads a bilingual grid table of actions, its "2.1" numbers giving the item', () => {
    const parsed = parseMinutes(
      [
        'Grŵp Arwain Gwrth-Gaethwasiaeth Cymru / Wales Anti-Slavery Leadership Group',
        'Dyddiad / Date: 5 Hydref 2016 / 5 October 2016',
        '',
        'Yn bresennol / Present:',
        'Owen Pritchard (Cadeirydd / Chair) – Llywodraeth Cymru / Welsh Government',
        'Dafydd Rees – Bawso',
        '',
        '1. Croeso / Welcome',
        'The minutes were agreed.',
        '',
        '2. Hyfforddiant / Training',
        'Members discussed the e-learning module.',
        '',
        '3. Dyddiad y cyfarfod nesaf / Date of next meeting',
        '11 Ionawr 2017 / 11 January 2017, 10:00–12:00, Parc Cathays, Caerdydd / Cathays Park, Cardiff.',
        '',
        'Camau gweithredu / Actions',
        '',
        '+-----+------------------------------------------+---------------------+---------------+',
        '| Rhif| Cam gweithredu / Action                  | Perchennog / Owner  | Erbyn / By    |',
        '| No. |                                          |                     |               |',
        '+=====+==========================================+=====================+===============+',
        '| 2.1 | Welsh Government to offer the e-learning | Welsh Government    | 30/11/2016    |',
        '|     | module to the seven health boards        |                     |               |',
        '+-----+------------------------------------------+---------------------+---------------+',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.organisation)).toEqual(['Welsh Government', 'Bawso']);
    expect(parsed.actions).toEqual([
      {
        owners: ['Welsh Government'],
        text: 'Welsh Government to offer the e-learning module to the seven health boards',
        item: '2',
        due: '2016-11-30',
      },
    ]);
    expect(parsed.nextMeeting?.location).toBe('Cathays Park, Cardiff');
  });
});

describe('a person, their post and their body on one line of a list', () => {
  it('keeps "Name, Post, Body" as one entry, among entries of "Name, Body"', () => {
    expect(splitInlineList('Amanda Lowe, Director of Safeguarding, Westshire County Council')).toEqual([
      'Amanda Lowe, Director of Safeguarding, Westshire County Council',
    ]);
    expect(
      splitInlineList('Jo Park, Hope for Justice, Mark Teal, Detective Superintendent, Westshire Police'),
    ).toEqual(['Jo Park, Hope for Justice', 'Mark Teal, Detective Superintendent, Westshire Police']);
    // Three people are three entries.
    expect(splitInlineList('Jo Park, Mark Teal, Ann Bell')).toEqual(['Jo Park', 'Mark Teal', 'Ann Bell']);
  });

  it('parts a body named alone from the person after its "and" ("the Department of Health and Tony Smith (Border Force)")', () => {
    expect(
      splitInlineList('the Welsh Government, the Department of Health and Tony Smith (Border Force)'),
    ).toEqual(['Welsh Government', 'Department of Health', 'Tony Smith (Border Force)']);
    // A body whose name has "and" in it stays whole, its person in brackets after it too.
    expect(
      splitInlineList('Department of Health and Social Care (Official); Scottish Government (Official)'),
    ).toEqual(['Department of Health and Social Care (Official)', 'Scottish Government (Official)']);
    expect(splitInlineList('Avon and Somerset Police, Jo Bell (DWP)')).toEqual([
      'Avon and Somerset Police',
      'Jo Bell (DWP)',
    ]);
  });

  it('reads a "Chair:" line so written as the chair of that body', () => {
    const parsed = parseMinutes(
      [
        'Anti-Slavery Partnership Board',
        'Minutes: 22 January 2020',
        '',
        'Chair: Amanda Lowe, Director of Safeguarding, Westshire County Council',
        '',
        'Present:',
        'Jo Park, Service Manager, Hope for Justice',
        '',
        '1. Strategy',
        'Action: Westshire County Council to publish the strategy.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Westshire County Council', 'Amanda Lowe', 'CHAIR'],
      ['Hope for Justice', 'Jo Park', null],
    ]);
  });
});

describe('a police rank before a name', () => {
  it('reads "ACC Paul Benton" and "Det Supt Neil Evans" as people, not as bodies by their capitals', () => {
    expect(splitInlineList('ACC Paul Benton, Greater Manchester Police', true)).toEqual([
      'ACC Paul Benton, Greater Manchester Police',
    ]);
    const parsed = parseMinutes(
      [
        'NORTH WEST MODERN SLAVERY PARTNERSHIP',
        'Meeting held on 20 January 2015',
        '',
        'PRESENT',
        'Chair:        ACC Paul Benton, Greater Manchester Police',
        '              DCC Rachel Orme, Lancashire Constabulary',
        '',
        '1. Minutes of the last meeting',
        'The minutes were agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Greater Manchester Police', 'ACC Paul Benton', 'CHAIR'],
      ['Lancashire Constabulary', 'DCC Rachel Orme', null],
    ]);
  });
});

describe('a role or a stand-in in a cell of its own between the person and the body', () => {
  it('sets "(Chair)" and "(for X)" aside before deciding which cell is the body', () => {
    const read = (l: string) => parseAttendeeLine(l, new Set());
    expect(read('Helen Wardle MP  (Chair)            Home Office')).toEqual({
      organisation: 'Home Office',
      name: 'Helen Wardle MP',
      role: 'CHAIR',
      deputisingFor: null,
    });
    expect(read('Official\t(for Stephen Moss MP)\tMOJ')).toEqual({
      organisation: 'MOJ',
      name: 'Official',
      role: null,
      deputisingFor: 'Stephen Moss MP',
    });
    expect(read('Official  (Secretariat)   Home Office')).toMatchObject({
      organisation: 'Home Office',
      role: 'SECRETARIAT',
    });
    expect(read('Home Office\tfor Jonathan Reeve MP\tOfficial')).toMatchObject({
      organisation: 'Home Office',
      name: 'Official',
      deputisingFor: 'Jonathan Reeve MP',
    });
  });
});

describe('a tab expanded to one space after a bracketed role, stand-in or note', () => {
  it('reads "Name (Chair) Body" and "Name (substituting for X) Body" as a person and a body', () => {
    const read = (l: string) => parseAttendeeLine(l, new Set());
    expect(read('Cllr Margaret Holloway (Chair) Kingsmere District Council')).toEqual({
      organisation: 'Kingsmere District Council',
      name: 'Cllr Margaret Holloway',
      role: 'CHAIR',
      deputisingFor: null,
    });
    expect(read('Cllr Sandra Quinn (substituting for Cllr Peter Marsh) Kingsmere District Council')).toEqual({
      organisation: 'Kingsmere District Council',
      name: 'Cllr Sandra Quinn',
      role: null,
      deputisingFor: 'Cllr Peter Marsh',
    });
    // A body in the brackets stays the body; words after them that read as no body stay the name's.
    expect(read('Neil Foster (KDC Environmental Health)')).toMatchObject({
      organisation: 'KDC Environmental Health',
      name: 'Neil Foster',
    });
    expect(read('Official (for Lord Faulks) Jones')).toMatchObject({ organisation: null });
  });
});

describe('attendance notes and stand-ins in their other words', () => {
  it('reads a role in plain case after a post-nominal or "Official" ("Karen Bradley MP Chair"), not after a name', () => {
    const read = (l: string) => {
      const a = parseAttendeeLine(l, new Set());
      return [a?.name, a?.role];
    };
    expect(read('Home Office\tKaren Bradley MP Chair')).toEqual(['Karen Bradley MP', 'CHAIR']);
    expect(read('Home Office\tOfficial Secretariat')).toEqual(['Official', 'SECRETARIAT']);
    expect(read('Home Office\tJo Chair')).toEqual(['Jo Chair', null]);
  });

  it('reads a body in brackets that holds brackets of its own ("Official (Department of Justice (Northern Ireland))")', () => {
    expect(
      parseAttendeeLine(
        'Official (Department of Justice (Northern Ireland)) – for David Lyle MLA',
        new Set(),
      ),
    ).toEqual({
      organisation: 'Department of Justice (Northern Ireland)',
      name: 'Official',
      role: null,
      deputisingFor: 'David Lyle MLA',
    });
    expect(
      parseAttendeeLine('David Lyle MLA (Department of Justice (Northern Ireland))', new Set()),
    ).toMatchObject({
      organisation: 'Department of Justice (Northern Ireland)',
      name: 'David Lyle MLA',
    });
  });

  it('reads a body and its person one space apart, as an extractor that closes up the gap leaves them', () => {
    const read = (l: string) => {
      const a = parseAttendeeLine(l, new Set());
      return [a?.organisation, a?.name, a?.role, a?.deputisingFor];
    };
    expect(read('Home Office Karen Bradley MP CHAIR')).toEqual([
      'Home Office',
      'Karen Bradley MP',
      'CHAIR',
      null,
    ]);
    expect(read('MOJ Lord Faulks QC')).toEqual(['MOJ', 'Lord Faulks QC', null, null]);
    expect(read('IASC Kevin Hyland')).toEqual(['IASC', 'Kevin Hyland', null, null]);
    expect(read('Welsh Government Official (for Jane Pryce AM - via videolink)')).toEqual([
      'Welsh Government',
      'Official',
      null,
      'Jane Pryce AM',
    ]);
    // The cut that leaves "Official", or a name of two words, not "Northern Ireland Official".
    expect(read('Department of Justice Northern Ireland Official')).toEqual([
      'Department of Justice Northern Ireland',
      'Official',
      null,
      null,
    ]);
    expect(read('Department of Justice Northern Ireland David Ford MLA')).toEqual([
      'Department of Justice Northern Ireland',
      'David Ford MLA',
      null,
      null,
    ]);
    // A rank is no body, and a name alone stays a name.
    expect(read('DCI Mark Tennant')).toEqual([null, 'DCI Mark Tennant', null, null]);
    expect(read('Karen Bradley MP')).toEqual([null, 'Karen Bradley MP', null, null]);
  });

  it('drops how and when someone attended, and reads "sitting in for", "alternate for" as a stand-in', () => {
    for (const note of [
      '(joined late)',
      '(from 11.00)',
      '(online)',
      '(in person)',
      '(MS Teams)',
      '(presenting item 2)',
      '(telephone)',
      '(phone)',
      '(video)',
    ])
      expect(parseAttendeeLine(`Home Office\tJo Smith ${note}`, new Set())?.name, note).toBe('Jo Smith');
    // A note after the person stood in for is theirs to drop too: "For Jane Pryce AM (telephone)".
    const table = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 2 April 2014',
        '',
        'PRESENT',
        '',
        '| Department       | Attendee    | Role                          |',
        '|------------------|-------------|-------------------------------|',
        '| Home Office      | Jo Smith    | Chair                         |',
        '| Welsh Government | Official    | For Jane Pryce AM (telephone) |',
      ].join('\n'),
    );
    expect(table.attendees[1]?.deputisingFor).toBe('Jane Pryce AM');
    for (const phrase of ['sitting in for', 'alternate for', 'covering for', 'replacing', 'as deputy for'])
      expect(parseAttendeeLine(`DWP\tOfficial (${phrase} Alison Grey)`, new Set()), phrase).toEqual({
        organisation: 'DWP',
        name: 'Official',
        role: null,
        deputisingFor: 'Alison Grey',
      });
    expect(parseAttendeeLine("DWP\tOfficial (Alison Grey's deputy)", new Set())).toMatchObject({
      name: 'Official',
      deputisingFor: 'Alison Grey',
    });
    // A body whose name starts with such a word is still the body.
    expect(parseAttendeeLine('Jo Smith (Online Safety Unit)', new Set())?.organisation).toBe(
      'Online Safety Unit',
    );
  });
});

describe('attendance entries with titles and posts', () => {
  it('leaves a post in brackets out of the name and the body', () => {
    const read = (l: string) => parseAttendeeLine(l, new Set());
    expect(read('Jo Smith, Home Office (Home Secretary)')).toMatchObject({
      organisation: 'Home Office',
      name: 'Jo Smith',
    });
    expect(read('Home Office\tTheresa May MP (Home Secretary)')).toMatchObject({ name: 'Theresa May MP' });
    expect(read('Jo Smith (Head of Policy, NCA)')).toMatchObject({ organisation: 'NCA', name: 'Jo Smith' });
    // With the body in its own cell, the post's unit after it goes with the post.
    expect(read('NCA\tLiam Byrne (Director, UKHTC)')).toMatchObject({
      organisation: 'NCA',
      name: 'Liam Byrne',
    });
    expect(read('Lord Bates (Minister of State, Home Office)')).toMatchObject({
      organisation: 'Home Office',
    });
    // Whom someone stands in for is no post, whatever their title.
    expect(read('SOCA\tOfficial (for the Director General)')).toMatchObject({
      deputisingFor: 'the Director General',
    });
  });

  it('keeps an empty Role cell where tabs ran together, so the body stays in its column', () => {
    const columns = { name: 0, role: 1, organisation: 2 };
    expect(
      parseAttendeeLine(
        'Ch Insp Ruth Adeyemi\t\tWestshire Police (substituting for Supt Claire Dunmore)',
        new Set(),
        columns,
      ),
    ).toEqual({
      organisation: 'Westshire Police',
      name: 'Ch Insp Ruth Adeyemi',
      role: null,
      deputisingFor: 'Supt Claire Dunmore',
    });
    expect(
      parseAttendeeLine('Lucy Barnes\tClerk\tWestshire County Council', new Set(), columns),
    ).toMatchObject({
      organisation: 'Westshire County Council',
      role: 'CLERK',
    });
  });

  it('reads whom someone stands in for up to the bracket, commas and all', () => {
    expect(parseAttendeeLine('DWP\tOfficial (for Director, Fraud and Error)', new Set())).toEqual({
      organisation: 'DWP',
      name: 'Official',
      role: null,
      deputisingFor: 'Director, Fraud and Error',
    });
    // A role or a note after the deputy is still its own part.
    expect(parseAttendeeLine('DFID\tOfficial (for Justine Greening MP, Chair)', new Set())).toEqual({
      organisation: 'DFID',
      name: 'Official',
      role: 'CHAIR',
      deputisingFor: 'Justine Greening MP',
    });
  });

  it('takes a title with a full stop ("Rev.", "Rt Hon") as part of a person’s name before a body', () => {
    const text = [
      'Partnership Board',
      '',
      '6 March 2014',
      '',
      'Apologies were received from Janet Leigh (Westshire Fire and Rescue Service) and Rev. Clare Adams (Churches Together in Westshire).',
      '',
      '1. Minutes',
      'Agreed.',
    ].join('\n');
    expect(parseMinutes(text).apologies).toEqual([
      { organisation: 'Westshire Fire and Rescue Service', name: 'Janet Leigh' },
      { organisation: 'Churches Together in Westshire', name: 'Rev. Clare Adams' },
    ]);
  });
});

describe('one body with several people on its line', () => {
  it('"Home Office: Sarah Whitcombe (Chair), Daniel Osei" is two people of the Home Office', () => {
    const text = [
      'Strategy Board',
      '',
      'Minutes of the meeting held on 3 March 2014',
      '',
      'Present:',
      'Home Office: Sarah Whitcombe (Chair), Daniel Osei',
      'DWP: Tom Price',
      '',
      '1. Data',
      'Text.',
    ].join('\n');
    expect(parseMinutes(text).attendees).toEqual([
      { organisation: 'Home Office', name: 'Sarah Whitcombe', role: 'CHAIR', deputisingFor: null },
      { organisation: 'Home Office', name: 'Daniel Osei', role: null, deputisingFor: null },
      { organisation: 'DWP', name: 'Tom Price', role: null, deputisingFor: null },
    ]);
  });
});

describe('apologies written as a sentence or a run-on list', () => {
  const apologies = (line: string) =>
    parseMinutes(
      [
        'Strategy Board',
        '',
        '3 March 2014',
        '',
        'Present: Sarah Whitcombe (Home Office)',
        line,
        '',
        '1. Data',
        'Text.',
      ].join('\n'),
    ).apologies;

  it('reads "Apologies: received from A and B" as the two, the verb after the label no part of the first', () => {
    expect(
      apologies(
        'Apologies: received from Official (British Transport Police) and Official (Police Scotland)',
      ),
    ).toEqual([
      { organisation: 'British Transport Police', name: 'Official' },
      { organisation: 'Police Scotland', name: 'Official' },
    ]);
    expect(apologies('Apologies: were received from Jo Hart (DWP).')).toEqual([
      { organisation: 'DWP', name: 'Jo Hart' },
    ]);
  });

  it('splits two people joined by "and" (or "and from"), and drops the article before a post', () => {
    expect(splitInlineList('Cllr Peter Marsh and Chief Inspector Ruth Adeyemi (Westshire Police)')).toEqual([
      'Cllr Peter Marsh',
      'Chief Inspector Ruth Adeyemi (Westshire Police)',
    ]);
    expect(
      apologies('Apologies were received from the Attorney General (AGO) and from Edward Thwaite MP (DfE).'),
    ).toEqual([
      { organisation: 'AGO', name: 'Attorney General' },
      { organisation: 'DfE', name: 'Edward Thwaite MP' },
    ]);
    // Bodies joined by "and" stay one.
    expect(splitInlineList('Gangmasters and Labour Abuse Authority')).toEqual([
      'Gangmasters and Labour Abuse Authority',
    ]);
  });

  it('reads "Name (initials), Body" as one person, and three names as three people, not a body', () => {
    expect(apologies('Apologies for absence: Dave Oakes (DO), Merseyside Police')).toEqual([
      { organisation: 'Merseyside Police', name: 'Dave Oakes' },
    ]);
    expect(apologies('Apologies: Dave Oakes, Ann Bell and Tom Fry')).toEqual([
      { organisation: null, name: 'Dave Oakes' },
      { organisation: null, name: 'Ann Bell' },
      { organisation: null, name: 'Tom Fry' },
    ]);
    // A body whose name has "and" in it is still the person's body.
    expect(apologies('Apologies: Paul Finch, Gangmasters and Labour Abuse Authority')).toEqual([
      { organisation: 'Gangmasters and Labour Abuse Authority', name: 'Paul Finch' },
    ]);
  });

  it('reads "DWP (Alison Grey)" as the body and its person, and leaves out a clause about the one before', () => {
    expect(apologies('Apologies: DWP (Alison Grey), DH (Ruth Kenyon)')).toEqual([
      { organisation: 'DWP', name: 'Alison Grey' },
      { organisation: 'DH', name: 'Ruth Kenyon' },
    ]);
    expect(
      apologies('Apologies were received from Helen Ashworth (FCO), who was represented by Tom Hale.'),
    ).toEqual([{ organisation: 'FCO', name: 'Helen Ashworth' }]);
  });

  it('reads apologies "noted from", "submitted by", "tendered by" and "recorded for" as "received from"', () => {
    for (const opener of ['noted from', 'submitted by', 'tendered by', 'recorded for'])
      expect(apologies(`Apologies were ${opener} Alison Grey (DWP) and Ruth Kenyon (DH).`), opener).toEqual([
        { organisation: 'DWP', name: 'Alison Grey' },
        { organisation: 'DH', name: 'Ruth Kenyon' },
      ]);
  });
});

describe('a two-column attendance list, person first', () => {
  it('"Dr Hannah Moss ⇥ Westshire CCG": a titled person, then a body the reader does not know', () => {
    expect(parseAttendeeLine('Dr Hannah Moss\tWestshire CCG', new Set())).toEqual({
      organisation: 'Westshire CCG',
      name: 'Dr Hannah Moss',
      role: null,
      deputisingFor: null,
    });
    // A body first keeps its place.
    expect(parseAttendeeLine('Westshire CCG\tDr Hannah Moss', new Set())?.organisation).toBe('Westshire CCG');
  });
});

describe('"ACTION …" in capitals', () => {
  it('is a heading when what follows names a list ("ACTION LOG", "ACTIONS ARISING"), a label before an owner otherwise', () => {
    expect(matchLabel('ACTION LOG')).toBeNull();
    expect(matchLabel('ACTIONS FROM THE LAST MEETING')).toBeNull();
    expect(matchLabel('ACTION UKHTC to provide a note')).toBe('UKHTC to provide a note');
    const parsed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'Minutes of the meeting held on 3 December 2013',
        'Present: Jo Smith (Home Office)',
        '',
        '1. ACTIONS FROM THE LAST MEETING',
        'All complete.',
        '',
        '2. DATA',
        'ACTION: NCA to publish the figures.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['ACTIONS FROM THE LAST MEETING', 'DATA']);
    expect(parsed.actions.map((a) => a.text)).toEqual(['NCA to publish the figures']);
  });
});

describe('meeting roles written out', () => {
  it('"Chair of the Board", "Clerk to the Panel", "in the Chair", "Chairing"; "(Minutes)" is a note', () => {
    const entry = (line: string) => parseAttendeeLine(line, new Set(['home office']));
    expect(entry('Jo Smith, Home Office (Chair of the Board)')?.role).toBe('CHAIR');
    expect(entry('Jo Smith, Home Office (Clerk to the Panel)')?.role).toBe('CLERK');
    expect(entry('Jo Smith, Home Office (in the Chair)')?.role).toBe('CHAIR');
    expect(entry('Jo Smith (Chairing), Home Office')).toMatchObject({ name: 'Jo Smith', role: 'CHAIR' });
    // A Scottish body's Convener, the body's own secretary or clerk, and a role held for some items.
    for (const [said, role] of [
      ['Convener', 'CHAIR'],
      ['Chair for item 3', 'CHAIR'],
      ['Joint Secretariat', 'SECRETARIAT'],
      ['Board Secretary', 'SECRETARIAT'],
      ['Committee Clerk', 'CLERK'],
    ])
      expect(entry(`Jo Smith, Home Office (${said})`), said).toEqual({
        organisation: 'Home Office',
        name: 'Jo Smith',
        role,
        deputisingFor: null,
      });
    // "Chief Executive" is a post, though "Executive" ends the names of bodies.
    expect(entry('Jo Smith, Home Office (Chief Executive)')).toEqual({
      organisation: 'Home Office',
      name: 'Jo Smith',
      role: null,
      deputisingFor: null,
    });
    expect(entry('Jo Smith, Home Office, chairing')).toMatchObject({
      organisation: 'Home Office',
      role: 'CHAIR',
    });
    expect(entry('Jo Smith, Home Office (Minutes)')).toEqual({
      organisation: 'Home Office',
      name: 'Jo Smith',
      role: null,
      deputisingFor: null,
    });
    // Another body's chair is a post, not this meeting's role.
    expect(entry('Keith Vaz MP, Home Office (Chair of the Home Affairs Committee)')?.role).toBeNull();
  });
});

describe('readAlignedMinutesTable: a table of minutes laid out with spaces', () => {
  const table = [
    ' Item   Discussion                                          Action by',
    '',
    ' 1      Minutes of the last meeting',
    '        The minutes were agreed.',
    '',
    ' 2      Referral statistics                                 NCA',
    '        The NCA presented the figures. Members asked for',
    '        them by nationality. The NCA will publish them by',
    '        nationality from October.',
    '',
    ' 3      Labour exploitation                                 DWP and',
    '        DWP described the joint operation. DWP and the      Home Office',
    '        Home Office will draft guidance by 31 October 2014.',
    '',
    ' 4      Date of next meeting',
    '        The Board will next meet on 9 December 2014.',
  ];

  it('an owner column beside the discussion: the last sentence of a row naming an owner is its action', () => {
    const read = readAlignedMinutesTable(table, 0);
    expect(read?.consumed).toBe(table.length);
    expect(read?.items?.map((h) => `${h.number} ${h.title}`)).toEqual([
      '1 Minutes of the last meeting',
      '2 Referral statistics',
      '3 Labour exploitation',
      '4 Date of next meeting',
    ]);
    expect(read?.drafts).toEqual([
      {
        parts: ['The NCA will publish them by nationality from October.'],
        item: '2',
        owners: 'NCA',
        due: null,
      },
      {
        parts: ['DWP and the Home Office will draft guidance by 31 October 2014.'],
        item: '3',
        owners: 'DWP and Home Office',
        due: null,
      },
    ]);
    expect(read?.said?.[3]).toEqual({
      title: 'Date of next meeting',
      text: 'The Board will next meet on 9 December 2014.',
    });
  });

  it('numbered paragraphs ("2.1", "2.2") under an item are rows of their own, each owner beside its paragraph', () => {
    const read = readAlignedMinutesTable(
      [
        '   Item      Discussion                                          Lead',
        '',
        '   2.        Labour exploitation',
        '',
        '   2.1       DWP described the checks made on benefit claims.',
        '   2.2       DWP will provide a note on the checks.              DWP',
        '',
        '   3.        First responders',
        '',
        '   3.1       UKHTC reported on the survey. UKHTC will share',
        '             the results with the devolved administrations.      UKHTC',
        '   3.2       Members welcomed the survey.',
      ],
      0,
    );
    expect(read?.items?.map((h) => `${h.number} ${h.title}`)).toEqual([
      '2 Labour exploitation',
      '3 First responders',
    ]);
    expect(read?.drafts.map((d) => [d.item, d.owners, d.parts.join(' ')])).toEqual([
      ['2', 'DWP', 'DWP will provide a note on the checks.'],
      ['3', 'UKHTC', 'UKHTC will share the results with the devolved administrations.'],
    ]);
  });

  it('an Item column of numbers alone: the discussion starts beside the number, and titles no item', () => {
    const read = readAlignedMinutesTable(
      [
        ' Item   Discussion                                           Action',
        ' 1      Minutes of the last meeting were agreed.             None',
        ' 2      Border Force described its training for              Border Force to share the',
        '        officers at ports.                                   training materials.',
        ' 3      Prosecutions',
        '        The CPS set out its new guidance.                    CPS to brief the Board.',
      ],
      0,
    );
    expect(read?.items?.map((h) => `${h.number} ${h.title}`)).toEqual(['3 Prosecutions']);
    expect(read?.drafts.map((d) => [d.item, d.parts.join(' ')])).toEqual([
      ['2', 'Border Force to share the training materials.'],
      ['3', 'CPS to brief the Board.'],
    ]);
  });

  it('a rule of dashes under the header, an "Action / Owner" column and titles ended by a full stop', () => {
    const read = readAlignedMinutesTable(
      [
        ' Item   Discussion                                       Action / Owner',
        ' ----   ----------                                       --------------',
        ' 1.     Welcome and introductions',
        '        The Chair welcomed members.                      None',
        '',
        ' 2.     Data. The NCA presented the figures for          NCA to publish',
        '        2014 by nationality.                             them by October.',
        '',
        ' 3.     Mr. Lee described the guidance.',
      ],
      0,
    );
    expect(read?.items?.map((h) => `${h.number} ${h.title}`)).toEqual([
      '1 Welcome and introductions',
      '2 Data',
    ]);
    expect(read?.drafts.map((d) => [d.item, d.parts.join(' ')])).toEqual([
      ['2', 'NCA to publish them by October.'],
    ]);
    expect(read?.said?.[1]?.text).toBe('The NCA presented the figures for 2014 by nationality.');
    expect(read?.said?.[2]?.text).toBe('Mr. Lee described the guidance.');
  });

  it('under the apologies, it ends them; its next-meeting row gives the next meeting', () => {
    const parsed = parseMinutes(
      [
        'STRATEGY BOARD',
        'Minutes of meeting, Tuesday 9 September 2014',
        '',
        ' Apologies:',
        '',
        ' FCO                          Official',
        '',
        '',
        ...table,
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([{ organisation: 'FCO', name: 'Official' }]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['NCA'], ['DWP', 'Home Office']]);
    expect(parsed.nextMeeting?.start).toBe('2014-12-09');
  });
});

describe('a drawn attendance table whose cells wrap onto a row with no person in it', () => {
  it('a wrapped Role cell goes on with the row above, which is read whole; the rows after it are still read', () => {
    const parsed = parseMinutes(
      [
        'INTER-DEPARTMENTAL MINISTERIAL GROUP ON HUMAN TRAFFICKING',
        'Minutes of the meeting of 1 July 2014',
        '',
        'Present',
        '',
        '| Organisation | Name     | Role                   |',
        '|--------------|----------|------------------------|',
        '| CPS          | Official | For Director of Public |',
        '|              |          | Prosecutions           |',
        '| Local        | Official |                        |',
        '| Government   |          |                        |',
        '| HMRC         | Official | Observer               |',
        '',
        '1. Minutes of the last meeting',
      ].join('\n'),
    );
    expect(parsed.attendees).toEqual([
      { organisation: 'CPS', name: 'Official', role: null, deputisingFor: 'Director of Public Prosecutions' },
      { organisation: 'Local Government', name: 'Official', role: null, deputisingFor: null },
      { organisation: 'HMRC', name: 'Official', role: 'OBSERVER', deputisingFor: null },
    ]);
  });
});

describe('an attendance list that puts the person first', () => {
  it('reads a row that does not say which cell is the body as the rows above do', () => {
    const parsed = parseMinutes(
      [
        'Westshire Task and Finish Group',
        'Minutes of the meeting held on 4 February 2014',
        '',
        'Present:',
        '',
        'Cllr Helen Pye\t(Chair)\tWestshire County Council',
        'Sgt Mo Akhtar\t\tWestshire Police',
        'Beth Rowe\t(substituting for Jan Ellis)\tWestshire Victim Support',
        'Carl Dean\t(Clerk)\tWestshire County Council',
        '',
        '1.\tApologies',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Cllr Helen Pye', 'Westshire County Council'],
      ['Sgt Mo Akhtar', 'Westshire Police'],
      ['Beth Rowe', 'Westshire Victim Support'],
      ['Carl Dean', 'Westshire County Council'],
    ]);
  });
});

describe('an attendance list without a header whose body name wraps onto a line of its own', () => {
  it('joins the wrapped words to the body that broke off on "and"', () => {
    const parsed = parseMinutes(
      [
        'IDMG on Modern Slavery',
        'Thursday 10th November 2016',
        '',
        'Attendees:',
        '',
        'Home Office                     Sarah Newton MP CHAIR',
        'Department for Work and         Official',
        'Pensions',
        'NCA                             Official',
        '',
        '1. Minutes of the last meeting',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['Home Office', 'Sarah Newton MP'],
      ['Department for Work and Pensions', 'Official'],
      ['NCA', 'Official'],
    ]);
  });
});

describe('the one who took the notes, so marked in a column of the attendance', () => {
  it('is listed with no role and no "Minutes" in the name', () => {
    const parsed = parseMinutes(
      [
        'Sub-Group minutes: 3 October 2018',
        '',
        'Attendees',
        'Helen Ford (HF)\tKingsmere Borough Council\tChair',
        'Raj Mistry (RM)\tWestshire Police',
        'Paul Vance (PV)\tKingsmere Borough Council\tMinutes',
        'Ann Lee\tWestshire Police\tNote taker',
        '',
        '1. Minutes of last meeting',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Helen Ford', 'Kingsmere Borough Council', 'CHAIR'],
      ['Raj Mistry', 'Westshire Police', null],
      ['Paul Vance', 'Kingsmere Borough Council', null],
      ['Ann Lee', 'Westshire Police', null],
    ]);
  });
});

describe('an action log under its own heading between two items', () => {
  it('gives each row the item its reference names ("2.1", "3.1"), not the item above the heading', () => {
    const parsed = parseMinutes(
      [
        'Westshire Partnership',
        'Minutes of the meeting held on Thursday 7 November 2019',
        '',
        '2. Health pathways',
        'Members discussed the pathway.',
        '',
        '3. Housing',
        'The council reported.',
        '',
        'Action log',
        '',
        '| Ref | Action | Lead | Target date |',
        '|---|---|---|---|',
        '| 2.1 | Extend the referral pathway to GP practices | NCA | 31/01/2020 |',
        '| 3.1 | Share the list of properties with the police | Home Office | |',
        '',
        '4. Date of next meeting',
        'Thursday 6 February 2020.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([
      ['2', ['NCA']],
      ['3', ['Home Office']],
    ]);
  });
});

describe('an action table whose cells wrap onto a line that names another owner', () => {
  it('an Action cell broken off on "the" goes on below, the owner cell\'s words with it', () => {
    const parsed = parseMinutes(
      [
        'IDMG',
        'Minutes of the meeting of 14/10/2015',
        '',
        '3. International',
        '',
        '| Action                                      | Owner        | Due        |',
        '|---------------------------------------------|--------------|------------|',
        '| Share the list of priority countries agreed | FCO, Cabinet | 06/11/2015 |',
        '| by the                                      |              |            |',
        '| National Security Council                   | Office       |            |',
        '| Publish the guidance                        | Home Office  | 30/11/2015 |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['FCO', 'Cabinet Office'],
        'Share the list of priority countries agreed by the National Security Council',
        '2015-11-06',
      ],
      [['Home Office'], 'Publish the guidance', '2015-11-30'],
    ]);
  });
});

describe('an attendance table laid out with tabs or spaces whose cells wrap onto a line of their own', () => {
  const expected = [
    { organisation: 'CPS', name: 'Official', role: null, deputisingFor: 'Director of Public Prosecutions' },
    { organisation: 'Local Government Association', name: 'Official', role: null, deputisingFor: null },
    { organisation: 'HMRC', name: 'Official', role: 'OBSERVER', deputisingFor: null },
  ];
  const minutes = (rows: string[]) =>
    parseMinutes(
      ['IDMG', 'Minutes of the meeting of 1 July 2014', '', 'Present', '', ...rows, '', '1. Minutes'].join(
        '\n',
      ),
    );

  it('with tabs: "⇥⇥Prosecutions" under the Role cell, "Association" alone under the body', () => {
    const parsed = minutes([
      'Organisation\tName\tRole',
      'CPS\tOfficial\tFor Director of Public',
      '\t\tProsecutions',
      'Local Government\tOfficial',
      'Association',
      'HMRC\tOfficial\tObserver',
    ]);
    expect(parsed.attendees).toEqual(expected);
  });

  it('with spaces: each wrapped piece under the column the header starts it in', () => {
    const parsed = minutes([
      'Organisation        Name          Role',
      'CPS                 Official      For Director of Public',
      '                                  Prosecutions',
      'Local Government    Official',
      'Association',
      'HMRC                Official      Observer',
    ]);
    expect(parsed.attendees).toEqual(expected);
  });
});

describe('single-spaced minutes: parts that follow one another with no blank line between', () => {
  it('an inline apologies list straight above a table, and one on the last line, are read whole', () => {
    const above = parseMinutes(
      [
        'IDMG',
        'Date: Tuesday 23rd April 2013',
        'Attendees:   Mark Harper MP (Home Office) – Chair; Helen Grant MP (MOJ)',
        'Apologies:   Edward Timpson MP (DfE); Official (ACPO)',
        'Item   Discussion                           Action',
        '1      Welcome                              None',
        '       The Chair welcomed members.',
      ].join('\n'),
    );
    expect(above.apologies).toEqual([
      { organisation: 'DfE', name: 'Edward Timpson MP' },
      { organisation: 'ACPO', name: 'Official' },
    ]);
    const last = parseMinutes(
      [
        'IDMG',
        'Date: 23 April 2013',
        'Attendees: Helen Grant MP (MOJ)',
        'Apologies: Official (DfE); Official (ACPO)',
      ].join('\n'),
    );
    expect(last.apologies.map((a) => a.organisation)).toEqual(['DfE', 'ACPO']);
  });

  it('an inline list of apologies straight above a heading is read as apologies', () => {
    const parsed = parseMinutes(
      [
        '# IDMG',
        '**Date:** 22 October 2015',
        '## Attendance',
        '- **Official** – Home Office (*Secretariat*)',
        '',
        '**Apologies:** Edward Thwaite MP (Department for Education); Rachel Ames MP (FCO)',
        '## 1. Welcome',
        'The Chair welcomed members.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.organisation)).toEqual(['Home Office']);
    expect(parsed.apologies.map((a) => a.organisation)).toEqual(['Department for Education', 'FCO']);
  });

  it('a sentence of apologies on the line after a run-on list of those present ends that list', () => {
    const parsed = parseMinutes(
      [
        'Thames Valley Anti-Slavery Network',
        'Minutes of the meeting held on 10 September 2019',
        'Present: Official, Thames Valley Police (Chair); Official, Oxford City Council; Official, Oxfordshire County Council',
        'Apologies for absence were received from the following: Official (Cherwell District Council), Official (Oxfordshire Clinical Commissioning Group).',
        '1. Hand car washes',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.organisation)).toEqual([
      'Thames Valley Police',
      'Oxford City Council',
      'Oxfordshire County Council',
    ]);
    expect(parsed.apologies.map((a) => a.organisation)).toEqual([
      'Cherwell District Council',
      'Oxfordshire Clinical Commissioning Group',
    ]);
  });

  it('"Actions:" over "None": what follows with no blank line is the minutes going on, not an action', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '13 September 2012',
        'Attendees:',
        'Home Office\tOfficial',
        '1. Minutes of the last meeting',
        'The minutes were agreed. The Secretariat confirmed that all actions had been',
        'Actions:',
        'None',
        '<p>completed: HMRC has agreed to attend as an observer.</p> <p>1.1 The Chair welcomed members.</p>\t',
        '<p>2. AOB</p> <p>None.</p>\t<p>Actions:</p> <p>Home Office to invite HMRC.</p>',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Home Office'], 'Home Office to invite HMRC', '2'],
    ]);
  });
});

describe('a closing "Summary of decisions and actions"', () => {
  it('heads the meeting’s actions, which name no item; its "Decisions" are no actions', () => {
    for (const gap of [[], ['']]) {
      const parsed = parseMinutes(
        [
          'IDMG',
          '4 December 2012',
          'Present:',
          'Home Office\tOfficial',
          '1. Annual report',
          'The Home Office set out a timetable.',
          '2. AOB',
          'The Scottish Government reported on its inquiry.',
          ...gap,
          'Summary of decisions and actions',
          'Decisions',
          '• The Group agreed the timetable for the second annual report.',
          'Actions',
          '• MOJ – publish the victim care evaluation',
          '• GLA – share intelligence with UKHTC',
        ].join('\n'),
      );
      expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
        [['MOJ'], null],
        [['GLA'], null],
      ]);
    }
  });
});

describe('an agenda listed straight above the body, and who took the notes under the next meeting', () => {
  it('"1. Olympics" again under the agenda\'s last entry begins the body; "Notes taken by" is no place', () => {
    const parsed = parseMinutes(
      [
        'IDMG on Human Trafficking – meeting notes',
        'Thurs 13th Sept 2012 · 10:30–12:00 · Home Office',
        'Attendees',
        '• Head, UKHTC',
        'Agenda',
        '1. Olympics',
        '2. AOB',
        '1. Olympics',
        'UKHTC reported on referrals.',
        'Action items',
        '☐ UKHTC to provide the final referral figures',
        '2. AOB',
        'None.',
        'Next meeting: Thurs 6th Dec, 2–3.30pm, Home Office',
        'Notes taken by: IDMG Secretariat',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([[['UKHTC'], '1']]);
    expect(parsed.nextMeeting?.location).toBe('Home Office');
  });
});

describe('a list of actions with no blank line after it', () => {
  it('a line that does not read as the entry wrapped is the minutes going on: a signature, a heading', () => {
    const signed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'Minutes of the meeting of 17 September 2014',
        'Present: Liz Carter, DWP',
        '1. Intro',
        'Text.',
        '2. AOB',
        'Text.',
        'Actions',
        '• NCA to share the update with members by',
        '  3 October 2014',
        '• DWP to report on joint referrals at the',
        'next meeting',
        '• Secretariat to circulate the forward look',
        'Secretariat',
        'September 2014',
      ].join('\n'),
    );
    expect(signed.actions.map((a) => a.text)).toEqual([
      'NCA to share the update with members by 3 October 2014',
      'DWP to report on joint referrals at the next meeting',
      'Secretariat to circulate the forward look',
    ]);
    const headed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'Minutes of the meeting of 17 September 2014',
        'SUMMARY OF ACTIONS',
        '1. NCA to share the update (Item 2)',
        '2. Secretariat to circulate the forward look with these minutes',
        'PRESENT',
        'Richard Allingham, Home Office (Chair)',
        'Liz Carter, DWP',
        '1. MINUTES OF THE LAST MEETING',
        'Agreed.',
      ].join('\n'),
    );
    expect(headed.actions.map((a) => a.text)).toEqual([
      'NCA to share the update',
      'Secretariat to circulate the forward look with these minutes',
    ]);
    expect(headed.attendees.map((a) => a.name)).toEqual(['Richard Allingham', 'Liz Carter']);
  });
});

describe('"Actions: None" run into a paragraph', () => {
  it('is no action, and the paragraph goes on after it', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '25 June 2013',
        'Attendees:',
        'MOJ\tHelen Grant MP',
        '',
        '<p>3. Victim care contract</p> <p>MOJ reported on the contract. Actions: None The Group noted the timetable.</p>',
        '<p>4. AOB</p> <p>None.</p>\t<p>Actions:</p> <p>MOJ to circulate the timetable.</p>',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['MOJ'], 'MOJ to circulate the timetable', '4'],
    ]);
  });
});

describe('an actions label that points at where the actions are written', () => {
  it('"**Actions:** see table below", "Actions: as per the action log" hold no action', () => {
    for (const pointer of [
      'see table below',
      'as per the action log',
      '(see below)',
      'Refer to the actions table at the end.',
    ]) {
      expect(isNoAction(pointer)).toBe(true);
    }
    // A task that starts with "See" is one: "See the Chair about the venue".
    expect(isNoAction('See the Chair about the venue')).toBe(false);
    const parsed = parseMinutes(
      [
        '# Human Trafficking Strategy Board',
        '*Minutes of the meeting held on 14 January 2014*',
        '## 2. Local authority guidance',
        'The Department for Education presented the guidance.',
        '**Actions:** see table below',
        '## Actions',
        '| Action | Owner |',
        '|---|---|',
        '| Circulate the guidance | Department for Education |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Department for Education'], 'Circulate the guidance'],
    ]);
  });
});

describe('a closing list of actions grouped under the items they belong to', () => {
  it('"Item 2 – NRM data" over its entries names their item; a blank line between groups keeps the list', () => {
    const parsed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'Minutes of the meeting held on Tuesday 11 March 2014',
        'Attendees',
        '•\tGraham Kerr – NCA',
        '•\tClaire Dunmore – DfE',
        '',
        '1. Minutes of 10 December 2013',
        'The minutes were agreed.',
        '2. NRM data for 2013',
        'The NCA presented the figures.',
        '3. Child trafficking',
        'DfE described the trial.',
        '',
        'Actions by item',
        '',
        'Item 2 – NRM data for 2013',
        '•\tNCA to publish the annual report by 4 April 2014',
        '',
        'Item 3 – Child trafficking',
        '•\tDfE to share the trial’s specification with members',
        '•\tAll members to send comments to DfE',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['NCA'], '2'],
      [['DfE'], '3'],
      [[], '3'],
    ]);
  });

  it('the group named by the item’s number and title, or its title alone, under "Summary of actions"', () => {
    const grouped = (group: (n: string, title: string) => string) =>
      parseMinutes(
        [
          'HUMAN TRAFFICKING STRATEGY BOARD',
          'Minutes of the meeting held on Tuesday 11 March 2014',
          'Attendees',
          '•\tGraham Kerr – NCA',
          '•\tClaire Dunmore – DfE',
          '',
          '1. Minutes',
          'Agreed.',
          '2. NRM data for 2013',
          'The NCA presented.',
          '3. Child trafficking',
          'DfE described the trial.',
          '',
          'Summary of actions',
          '',
          group('2', 'NRM data for 2013'),
          '•\tNCA to publish the annual report',
          '',
          group('3', 'Child trafficking'),
          '•\tDfE to share the specification',
        ].join('\n'),
      ).actions.map((a) => [a.text, a.item]);
    for (const group of [(n: string, t: string) => `${n}. ${t}`, (_n: string, t: string) => t])
      expect(grouped(group)).toEqual([
        ['NCA to publish the annual report', '2'],
        ['DfE to share the specification', '3'],
      ]);
  });
});

describe('an actions box headed a line below its item’s title', () => {
  it('opens the box at the heading’s column, the discussion beside it, the action over a page', () => {
    const parsed = parseMinutes(
      [
        '              Modern Slavery Inter-Departmental Ministerial Group',
        '                             Thursday 5th March 2015',
        'Attendees:',
        'Home Office                     Official',
        'BIS                             Official',
        '',
        '1. Transparency in supply chains',
        '                                                                                Actions:',
        'BIS described the responses to the consultation on the supply chains            BIS and Home',
        'clause.                                                                         Office to agree the',
        '\f',
        '                                                                                guidance by 30 April 2015.',
        '2. Labour exploitation',
        '                                                                                Actions:',
        'DWP described joint working with the GLA.                                       None',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [
        ['BIS', 'Home Office'],
        'BIS and Home Office to agree the guidance by 30 April 2015',
        '1',
        '2015-04-30',
      ],
    ]);
  });
});

describe('an item title wrapped onto a second line beside the actions box', () => {
  it('goes on from a heading broken off after "and" or a colon; a sentence or a blank line between does not', () => {
    const parsed = parseMinutes(
      [
        '              Modern Slavery Inter-Departmental Ministerial Group',
        '                             Tuesday 17th March 2015',
        'Attendees:',
        'Home Office                     Official',
        'BIS                             Official',
        '',
        '2. Modern Slavery Act: commencement and                                         Actions:',
        'statutory guidance                                                              Home Office to circulate the',
        '                                                                                order.',
        'The Home Office set out the timetable.',
        '',
        '3. Transparency in supply chains:                                               Actions:',
        'consultation response                                                           BIS to share the response.',
        '',
        '4. Victims and',
        '',
        'witnesses were discussed.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Modern Slavery Act: commencement and statutory guidance',
      'Transparency in supply chains: consultation response',
      'Victims and',
    ]);
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Home Office to circulate the order',
      'BIS to share the response',
    ]);
  });

  it('goes on with a few words in lower case under a heading that did not break off; a list or a sentence does not', () => {
    const parsed = parseMinutes(
      [
        '                    Human Trafficking Strategy Board',
        '                         Tuesday 11 February 2014',
        'Present:',
        'Home Office                  Official',
        'NCA                          Official',
        '',
        '2. Review of the National Referral Mechanism: interim                   Action:',
        '   findings and next steps                                              Home Office to publish the',
        '                                                                        report.',
        'The Home Office presented the interim findings.',
        '',
        '3. Labour exploitation',
        'a) DWP reported on the referral route.',
        '',
        '4. Victims',
        'support was discussed briefly.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Review of the National Referral Mechanism: interim findings and next steps',
      'Labour exploitation',
      'Victims',
    ]);
    expect(parsed.actions.map((a) => [a.text, a.item])).toEqual([['Home Office to publish the report', '2']]);
  });

  it('goes on with a line in capitals under a heading broken off after "the"; not after a colon', () => {
    const parsed = parseMinutes(
      [
        '                    Human Trafficking Strategy Board',
        '                         Tuesday 11 February 2014',
        'Present:',
        'Home Office                  Official',
        'NCA                          Official',
        '',
        '2. The Modern Slavery Bill: progress through the                       Actions:',
        'House of Commons and amendments at Report stage                        NCA to report.',
        '',
        '3. Data:',
        'Members noted the figures',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual([
      'The Modern Slavery Bill: progress through the House of Commons and amendments at Report stage',
      'Data',
    ]);
  });
});

describe('paragraph runs in columns, unnamed columns, deputies named first, names that look like verbs', () => {
  it('reads "<p>" runs parted by tabs as text in columns, and a page of HTML as HTML', () => {
    expect(isHtmlDocument('<p>Attendees:</p>\n<p>Official\tMOJ</p>\n<p>1.</p>\t<p>Welcome</p>')).toBe(false);
    expect(isHtmlDocument('<p>Attendees:</p>\n\t<p>Official, MOJ</p>\n')).toBe(true);
    expect(isHtmlDocument('<!DOCTYPE html><html><body><p>A\tB</p></body></html>')).toBe(true);
  });

  it("joins an item's number to the title in the run after it", () => {
    expect(numbersOnTitles(['1.', '', 'Welcome', 'The Chair welcomed members.'])).toEqual([
      '1. Welcome',
      'The Chair welcomed members.',
    ]);
    expect(numbersOnTitles(['1.', 'of the figures were new'])).toEqual(['1.', 'of the figures were new']);
    // Past any number of empty runs, each number to its own title; the empties before a number kept.
    const empties = Array.from({ length: 5000 }, () => ' ');
    expect(numbersOnTitles(['', '2.', ...empties, 'NRM data', '3.', '', 'AOB', ''])).toEqual([
      '',
      '2. NRM data',
      '3. AOB',
      '',
    ]);
  });

  it('reads an attendance table with a column left unnamed, and "Deputising for X:" before an entry', () => {
    expect(attendeeColumns(['Organisation', 'Name', ''])).toMatchObject({ organisation: 0, name: 1 });
    expect(attendeeColumns(['Organisation', '', ''])).toBeNull();
    expect(parseAttendeeLine('Deputising for Tom Reid: Sam Patel, NCA', new Set(['NCA']))).toMatchObject({
      organisation: 'NCA',
      name: 'Sam Patel',
      deputisingFor: 'Tom Reid',
    });
  });

  it('reads "Migrant Help and Unseen to draft …" as a task, the capitals inside a name no verb', () => {
    expect(assignsTask('Migrant Help and Unseen to draft a note')).toBe(true);
    expect(assignsTask('Westshire Police to repeat the visits in the new year')).toBe(true);
    expect(assignsTask('Share the findings to members')).toBe(false);
    expect(assignsTask('The Group agreed to write to the Minister')).toBe(false);
  });
});

describe('"Official" and the body after it in a list parted by commas', () => {
  it('reads "Official, Migrant Help" as one entry, an unnamed official of that body', () => {
    expect(splitInlineList('Official, Migrant Help, Jo Smith (NCA)')).toEqual([
      'Official, Migrant Help',
      'Jo Smith (NCA)',
    ]);
    expect(splitInlineList('Official (NCA), Official, DWP')).toEqual(['Official (NCA)', 'Official, DWP']);
    expect(splitInlineList('Official, Official')).toEqual(['Official', 'Official']);
  });
});

describe('an attendance table with a Notes column', () => {
  it('reads "Organisation | Attendee | Notes" as the attendance, its notes giving roles and stand-ins', () => {
    expect(attendeeColumns(['Organisation', 'Attendee', 'Notes'])).toMatchObject({
      organisation: 0,
      name: 1,
    });
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Date: 02/07/2013',
        '',
        'Organisation | Attendee | Notes',
        '--- | --- | ---',
        'Home Office | Helen Reid | Chair',
        'UKHTC | Official | via videolink',
        'DWP | Official | for Iain Duncan',
        '',
        '1. Data',
        'ACTION: UKHTC to circulate the data.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role, a.deputisingFor])).toEqual([
      ['Home Office', 'Helen Reid', 'CHAIR', null],
      ['UKHTC', 'Official', null, null],
      ['DWP', 'Official', null, 'Iain Duncan'],
    ]);
    expect(parsed.actions).toHaveLength(1);
  });
});

describe('a Markdown converter’s escapes', () => {
  it('are the punctuation they escape, and a path’s backslashes stay', () => {
    expect(
      normaliseCharacters('1\\. Minutes\n\\*\\*Action:\\*\\* NCA \\[lead\\]\nS:\\Board\\2016\\minutes'),
    ).toBe('1. Minutes\n**Action:** NCA [lead]\nS:\\Board\\2016\\minutes');
  });

  it('let a Pandoc export’s escaped, underlined item headings be items', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        '=============',
        '',
        'Present: Gillian Marsh (Home Office, Chair); Tom Ashdown (NCA)',
        '',
        '1\\. Minutes of the last meeting',
        '-------------------------------',
        '',
        'Agreed.',
        '',
        '2\\. NRM statistics',
        '------------------',
        '',
        '**ACTION:** NCA to publish the annual statistics by 31 May 2016.',
        '',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Minutes of the last meeting',
      '2 NRM statistics',
    ]);
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([['2', ['NCA']]]);
  });
});

describe('pictures a chat tool puts before labels', () => {
  it('takes emoji off and reads a keycap as its digit, keeping the symbols that mark', () => {
    expect(normaliseCharacters('📌 Action: NCA to report\n1️⃣ Contract update\n☐ DfE to write ➔ DfE')).toBe(
      'Action: NCA to report\n1 Contract update\n☐ DfE to write ➔ DfE',
    );
  });

  it('reads "Actions ⇥ NCA to publish …" in an item’s table of rows as that item’s action', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        '',
        'Present: Gillian Marsh (Home Office, Chair); Tom Ashdown (NCA)',
        '',
        'Item 2\tNRM statistics',
        'Discussion\tThe NCA presented the figures.',
        'Actions\tNCA to publish the annual statistics by 31 May 2016.',
        '',
        'Item 3\tPorts',
        'Actions\tNone',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['NCA'], 'NCA to publish the annual statistics by 31 May 2016', '2'],
    ]);
  });
});

describe('a table of actions with "Complete" where its date would stand', () => {
  it('reports on an earlier action, which is no action of this meeting; its other rows are', () => {
    const parsed = parseMinutes(
      [
        'IDMG minutes, 24 September 2013',
        '',
        '1. Matters arising',
        '',
        '| Action | Owner | Due |',
        '|---|---|---|',
        '| Publish the annual report | Home Office | Complete |',
        '| Share the list of employers | HMRC | 31/10/2013 |',
        '| Brief the Group on the pilot | DH | Closed. |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['HMRC'], 'Share the list of employers', '2013-10-31'],
    ]);
  });
});

describe('a Markdown table row holding several actions, a line each', () => {
  const actions = (cells: string) =>
    parseMinutes(
      [
        'Board minutes, 3 March 2015',
        '',
        '1. Data',
        'Noted.',
        '',
        '| Action | Owner | Due |',
        '|---|---|---|',
        cells,
      ].join('\n'),
    ).actions.map((a) => [a.owners, a.text, a.due]);

  it('gives each task the owner and date on its line of the other cells', () => {
    expect(
      actions(
        '| Share the regional breakdown<br>Publish the guidance | NCA<br>DWP | 31/03/2015<br>30/04/2015 |',
      ),
    ).toEqual([
      [['NCA'], 'Share the regional breakdown', '2015-03-31'],
      [['DWP'], 'Publish the guidance', '2015-04-30'],
    ]);
  });

  it('keeps a task wrapped over two lines whole', () => {
    expect(actions('| Share the regional breakdown<br>by district | NCA | 31/03/2015 |')).toEqual([
      [['NCA'], 'Share the regional breakdown by district', '2015-03-31'],
    ]);
  });
});

describe('a tab table whose header takes two rows', () => {
  it('names the columns under a spanning cell by the second row ("Responsibility" over "Lead ⇥ Support")', () => {
    const parsed = parseMinutes(
      [
        'Partnership minutes, 19 April 2016',
        '',
        '1. Victim support',
        '',
        'No.\tAction\tResponsibility\t\tTarget date',
        '\t\tLead\tSupport\t',
        '1\tAgree a protocol for accommodation\tWestshire County Council\tSalvation Army\t31 May 2016',
        '2\tPrint the posters\tKingsmere Borough Council\t\t30 June 2016',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Westshire County Council', 'Salvation Army'], 'Agree a protocol for accommodation', '2016-05-31'],
      [['Kingsmere Borough Council'], 'Print the posters', '2016-06-30'],
    ]);
  });
});

describe("a scanner's misreading of the words labels are made of", () => {
  it('spells "ACTI0N", "ACTlON", "APOL0GIES" as the words, and leaves codes and other words as written', () => {
    expect(misreadKeyWords('ACTI0N: DWP to report.\nACTlON: NCA to share.\nAPOL0GIES: none')).toBe(
      'ACTION: DWP to report.\nACTION: NCA to share.\nAPOLOGIES: none',
    );
    expect(misreadKeyWords('the M25, route A1, SCD9, BOLT and ACT1VE')).toBe(
      'the M25, route A1, SCD9, BOLT and ACT1VE',
    );
  });

  it('spells the words of a body\'s name in a title in capitals ("STRATEGY B0ARD", "H0ME 0FFICE"), not codes', () => {
    expect(misreadKeyWords('STRATEGY B0ARD ON HUMAN TRAFF1CKING')).toBe(
      'STRATEGY BOARD ON HUMAN TRAFFICKING',
    );
    expect(misreadKeyWords('H0ME 0FFICE, B0A, G0R')).toBe('HOME OFFICE, B0A, G0R');
  });

  it('spells "rneeting", "Cornmittee", "Itern" with their "m", and leaves other words with "rn" as written', () => {
    expect(misreadRn('4. Date of next rneeting\nSurnrnary of actions\nItern 3: Cornmittee report')).toBe(
      '4. Date of next meeting\nSummary of actions\nItem 3: Committee report',
    );
    expect(misreadRn('internal government returns, Mr Kearney')).toBe(
      'internal government returns, Mr Kearney',
    );
  });

  it('reads a zero inside a word as the "o" it stands for, and leaves codes with zeros as written', () => {
    expect(misreadZero('M0dern Slavery Sub-Group, Westsh0re G0vernment')).toBe(
      'Modern Slavery Sub-Group, Westshore Government',
    );
    expect(misreadZero('B0A, CO2, A0, room 10a, 2023, ref X0Y1')).toBe(
      'B0A, CO2, A0, room 10a, 2023, ref X0Y1',
    );
  });

  it('finds the actions under misread labels', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 March 2025',
        '',
        '1. NRM',
        'ACTI0N: Home Office to break down the figures.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Home Office'], 'Home Office to break down the figures'],
    ]);
  });
});

describe('an inline list parted by bullets', () => {
  it('reads "A (Body) • B (Body)" as it reads the entries parted by semicolons', () => {
    expect(
      splitInlineList(
        'Cllr Helen Moore (Notts CC, Chair) • DI Mark Shaw (Notts Police) · Kate Bell (Derby CC)',
      ),
    ).toEqual(['Cllr Helen Moore (Notts CC, Chair)', 'DI Mark Shaw (Notts Police)', 'Kate Bell (Derby CC)']);
  });
});

describe('an action’s code, then its owners between two dashes', () => {
  it('gives the owners as a field and the task after them, as after "Action point 1"', () => {
    expect(matchLabel('A1/15 – NCA – Publish the 2014 figures by 27 February 2015 (item 1)')).toBe(
      'Publish the 2014 figures by 27 February 2015 (item 1) (Owner: NCA)',
    );
    expect(matchLabel('A2/15 – Salvation Army and DWP – Agree a protocol')).toBe(
      'Agree a protocol (Owner: Salvation Army and DWP)',
    );
    // The code alone before an owned instruction, or before a task that is no owner's name.
    expect(matchLabel('A3 – Police Scotland to brief the group')).toBe('Police Scotland to brief the group');
    expect(matchLabel('A4/15 – Publish the figures – by 30 June')).toBe('Publish the figures – by 30 June');
  });
});

describe('text passed once through the wrong encoding (mojibake)', () => {
  it('reads "â€™", "â€“", "Ã©" and "Â " as the characters whose UTF-8 bytes they spell', () => {
    expect(repairMojibake('the partnershipâ€™s panel â€“ by 6Â November, cafÃ© staff')).toBe(
      'the partnership’s panel – by 6 November, café staff',
    );
    // One such pair alone may be written so: the text is left as it is.
    expect(repairMojibake('Ã© alone')).toBe('Ã© alone');
    expect(repairMojibake('plain text – with ’ quotes')).toBe('plain text – with ’ quotes');
  });

  it('finds the owner, the text and the due date of an action written so', () => {
    const parsed = parseMinutes(
      [
        'Anti-Slavery Partnership â€“ Kingsmere',
        'Minutes of the meeting held on 8 October 2015',
        '',
        'Present: Ruth Dale (Hope for Justice) â€“ Chair',
        '',
        '1. Survivorsâ€™ voices',
        'Action: Hope for Justice to draft the panelâ€™s terms of reference by 6Â November 2015.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(["Survivors' voices"]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['Hope for Justice'],
        "Hope for Justice to draft the panel's terms of reference by 6 November 2015",
        '2015-11-06',
      ],
    ]);
  });
});

describe("Word's bullets in the Symbol font, and an apology's note that a substitute came", () => {
  it('reads "\\uF0B7" before a line as a bullet, and "(sent substitute)" as no part of the name', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Victim Care Working Group',
        'Notes of meeting held on 16 January 2019',
        '',
        'Attendees',
        '\uf0b7\tClaire Hobbs, Home Office (Chair)',
        '\uf0b7\tOfficial, Salvation Army',
        '',
        'Apologies',
        '\uf0b7\tIan Ford, Migrant Help (sent substitute)',
        '',
        '1. Contract',
        'Action: Salvation Army to report the referrals.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Claire Hobbs', 'CHAIR'],
      ['Salvation Army', 'Official', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Migrant Help', name: 'Ian Ford' }]);
  });
});
