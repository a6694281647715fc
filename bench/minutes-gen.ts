/**
 * Importer inputs: a ~4 MB realistic set of minutes built from the sample's sections (numbered
 * items, "Actions:" boxes, attendees, two-column <p> rows, page breaks), and ~4 MB of hostile text.
 * Both are deterministic and stay under the 5 MB limit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './stats.js';

export const TARGET_BYTES = 4 * 1024 * 1024;
const encoder = new TextEncoder();

/** The repository's root, from here or from the bundle in dist/bench/ (see child.ts's forkBundled). */
function root(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const SAMPLE = readFileSync(join(root(), 'test/fixtures/minutes/idmg-2012-04-17-minutes.txt'), 'utf8');

/** Concatenates chunks from `next` until the next one would pass `target` bytes. */
function build(next: (i: number) => string, target: number, head = '', tail = ''): Uint8Array {
  const parts: string[] = [head];
  let size = encoder.encode(head).length + encoder.encode(tail).length;
  for (let i = 0; ; i += 1) {
    const chunk = next(i);
    const bytes = encoder.encode(chunk).length;
    if (size + bytes > target) break;
    parts.push(chunk);
    size += bytes;
  }
  parts.push(tail);
  return encoder.encode(parts.join(''));
}

const ORGS = [
  'Home Office',
  'UKHTC',
  'MOJ',
  'DfE',
  'FCO',
  'DH',
  'DWP',
  'CPS',
  'SOCA',
  'DCLG',
  'Scotland Office',
];
const PEOPLE = [
  'Damian Green MP',
  'Official',
  'Tim Loughton MP',
  'Crispin Blunt MP',
  'Baroness Hanham',
  'Jo Smith',
];
const SENTENCES = [
  'The Group was reassured that trends will continue to be monitored to ensure any changes are quickly identified.',
  'Officials provided an update on the National Referral Mechanism and the victim care contract.',
  'It was noted that the report needed to cover the UK as a whole, in time for Anti-Slavery Day (18 October).',
  'Members agreed that structured input from the NGO community would come through the Strategy Board.',
  'A key potential risk is the use of supply chains for trafficking into the hospitality sector – “Staff Wanted”.',
  'The data covered recent referral trends, focusing on nationality, exploitation type, age and gender.',
];
const TASKS = [
  'provide further information on internal trafficking',
  'speak with HMRC regarding IDMG membership',
  'circulate the revised guidance to local authorities by 31 October 2012',
  'invite DH to provide an update at the next IDMG meeting',
  'prepare a joint paper on victim care for the next meeting',
];

/** The sample's two-column body (items 2–5, <p> rows with an Actions: column). */
const SAMPLE_BODY = SAMPLE.slice(SAMPLE.indexOf('2. Human Trafficking'), SAMPLE.indexOf('<p>5. AOB'));

export function realisticMinutes(target = TARGET_BYTES): Uint8Array {
  const random = prng(17042012);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const attendees = Array.from({ length: 40 }, () => `${pick(ORGS)}\t${pick(PEOPLE)}`).join('\n');
  const apologies = Array.from({ length: 12 }, () => `${pick(ORGS)}\t${pick(PEOPLE)}`).join('\n');
  const head = `OFFICIAL\n\nInter-Departmental Ministerial Group on Human Trafficking\n\n17 April 2012\n\nMinutes\n\nAttendees:\n\n${attendees}\n\nApologies:\n\n${apologies}\n\n`;
  const tail =
    '\n\n9999. AOB\n\n9999.1 The next IDMG meeting will be held on 13 September 2012, from 10.30 am to 12 pm at the Home Office.\n';
  let page = 1;
  const item = (i: number): string => {
    const n = i + 1;
    if (i % 10 === 9) {
      // The sample's own two-column section, as pasted from Word.
      return `${SAMPLE_BODY}\n`;
    }
    const paragraphs = Array.from(
      { length: 2 + Math.floor(random() * 4) },
      (_, k) => `${n}.${k + 1} ${pick(SENTENCES)} ${pick(SENTENCES)}`,
    ).join('\n\n');
    const actions =
      random() < 0.2
        ? 'None'
        : Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(ORGS)} to ${pick(TASKS)}.`).join(
            '\n',
          );
    const pageBreak = i % 4 === 3 ? `\n\nPage ${page++} of 999\n\fOFFICIAL\n\n` : '\n\n';
    return `${n}. ${pick(['Human trafficking and the Olympics', 'Annual report', 'Child trafficking', 'Assessment of trends'])}\n\n${paragraphs}\n\nActions:\n${actions}${pageBreak}`;
  };
  return build(item, target, head, tail);
}

/** Random bytes decoded leniently, with NULs removed and most control characters blanked. */
function mojibake(random: () => number, length: number): string {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = Math.floor(random() * 256);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 32;
    if (c === 0) out += ' ';
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f)
      out += random() < 0.25 ? ch : ' ';
    else out += ch;
  }
  return out;
}

export function hostileMinutes(target = TARGET_BYTES): Uint8Array {
  const random = prng(666);
  const generators: ((i: number) => string)[] = [
    () => mojibake(random, 16_384),
    // one very long line
    () => `${'Home Office to provide '.repeat(8_000)}\n`,
    // <p> soup
    () => `${'<p><p><b>Actions:</b></p></i><p>UKHTC to</p><td><p>'.repeat(1_500)}\n`,
    // thousands of Actions: markers
    () => 'Actions:\n'.repeat(2_000) + 'Actions: Actions: Actions: DH to Actions: FCO to\n'.repeat(200),
    // Slack control sequences, pings and escapes
    () =>
      '<!channel> <!here> <!everyone> <@U0000001> <#C0IDMG|idmg> <!subteam^S123|@team> &lt;!channel&gt; *bold* _it_ `code` ```block```\n'.repeat(
        200,
      ),
    // deeply repeated "(for (for (for"
    () => `Official ${'(for '.repeat(20_000)}${')'.repeat(5_000)}\n`,
    () => '(for (for (for\n'.repeat(2_000),
    // numbering, dates and furniture that almost match
    () => `${'1.'.repeat(10_000)}\n${'13 September 2012 '.repeat(1_000)}\n${'Page 1 of 2\n\f'.repeat(1_000)}`,
    // whitespace runs and tabs that look like columns
    () => `${' '.repeat(50_000)}x${'\t'.repeat(20_000)}Actions:${' \t'.repeat(10_000)}\n`,
    // a next meeting of thousands of dates on one line
    () => `Next meeting: ${'1 January 2020, '.repeat(10_000)}\n`,
    // a row of thousands of empty cells, as a table drawn without text would give, and unclosed rows
    () => `${'| '.repeat(20_000)}|\n${'<tr><td>'.repeat(2_000)}\n`,
    // quoted email and attendee-looking lines
    () =>
      `${'> > > From: Secretariat <idmg@example.gov.uk>\n'.repeat(500)}${'Attendees:\nApologies:\n'.repeat(500)}`,
  ];
  return build((i) => (generators[i % generators.length] as (i: number) => string)(i), target);
}
