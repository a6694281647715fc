import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMinutesKind } from '../../src/minutes/files/detect.js';
import { readEmlFile } from '../../src/minutes/files/eml.js';
import { minutesOfMail } from '../../src/minutes/files/mail.js';
import { openMinutesFile } from '../../src/minutes/files/open.js';
import { MinutesError, parseMinutes } from '../../src/minutes/index.js';
import { boardDocx, boardPdf, boardText } from '../support/board-minutes.js';
import { idmg } from '../support/cli.js';
import { buildEml } from '../support/eml.js';
import { buildMsg } from '../support/msg.js';
import { tempDir } from '../support/tmp.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const COVERING =
  'Dear all,\n\nPlease find attached the minutes of the Board on 4 December.\n\nKind regards,\nPriya\n';

describe("an email saved as a file (.eml, or Outlook's .msg)", () => {
  it('is told apart by its transport fields: an email pasted as text stays text', () => {
    expect(detectMinutesKind(buildEml({ subject: 'Minutes', body: boardText() }))).toBe('email');
    const pasted = `From: Priya Natarajan\nSent: 11 December 2012 16:42\nTo: Board\nSubject: Minutes\n\n${boardText()}`;
    expect(detectMinutesKind(Buffer.from(pasted))).toBe('text');
    // A heading with a colon over the minutes is no header.
    expect(
      detectMinutesKind(Buffer.from(`Minutes: Strategy Board\nContent-Type: none\n\n${boardText()}`)),
    ).toBe('text');
  });

  it("reads its quoted-printable message as a pasted email, Outlook's fields over it", async () => {
    const body = `${COVERING.replace('attached', 'below')}\n${boardText()}\nThe Chair thanked members – and the café’s staff.\n`;
    const mail = minutesOfMail(
      await readEmlFile(buildEml({ subject: 'Minutes – Strategy Board – 4 December 2012', body })),
    );
    expect('text' in mail && mail.text.split('\n').slice(0, 5)).toEqual([
      'From: Priya Natarajan <priya.natarajan@example.gov.uk>',
      'Sent: Tuesday, 11 December 2012 16:42',
      'To: Strategy Board <board@example.gov.uk>',
      'Subject: Minutes – Strategy Board – 4 December 2012',
      '',
    ]);
    expect('text' in mail && mail.text).toContain('the café’s staff');
  });

  it("reads Outlook's Windows-1252 mail with its dashes, quotes and apostrophes, not control characters", async () => {
    const raw = [
      'From: "Natarajan, Priya" <priya@example.gov.uk>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="Windows-1252"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'ACTION: Home Office to reply to the Commissioner=92s letter =96 =93soon=94.',
      '',
    ].join('\r\n');
    const mail = minutesOfMail(await readEmlFile(Buffer.from(raw, 'latin1')));
    expect('text' in mail && mail.text).toContain(
      'ACTION: Home Office to reply to the Commissioner’s letter – “soon”.',
    );
  });

  it('gives the same dry-run parse as the text for the minutes in its message or attached as Word or PDF', async () => {
    const dir = tempDir();
    const db = join(dir, 'idmg.sqlite');
    const files: Record<string, Buffer> = {
      'board.txt': Buffer.from(boardText()),
      'in-body.eml': buildEml({
        subject: 'Board minutes',
        body: `${COVERING.replace('attached', 'below')}\n${boardText()}`,
      }),
      'docx.eml': buildEml({
        subject: 'Board minutes',
        body: COVERING,
        attachments: [{ name: 'Board minutes 4 December 2012.docx', type: DOCX, bytes: boardDocx() }],
      }),
      // Among other papers, the one named as minutes.
      'pdf.eml': buildEml({
        subject: 'Board papers',
        body: COVERING,
        attachments: [
          { name: 'Agenda.txt', type: 'text/plain', bytes: Buffer.from('1. Welcome\n2. Reports\n') },
          { name: 'Minutes.pdf', type: 'application/pdf', bytes: await boardPdf() },
        ],
      }),
    };
    const runs = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return idmg(['import', join(dir, name), '--dry-run', '--json', '--db', db]);
    });
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const [text, ...emails] = runs.map((r) => r.json<{ actions: unknown[] }>());
    expect(text?.actions).toHaveLength(3);
    for (const parse of emails) expect(parse).toEqual(text);
  });

  it('reads minutes forwarded as an attachment, and refuses an email three envelopes deep in one line', async () => {
    const inner = buildEml({
      subject: 'Minutes',
      body: `${COVERING.replace('attached', 'below')}\n${boardText()}`,
    });
    const forwarded = buildEml({
      subject: 'FW: Minutes',
      body: 'See attached.',
      attachments: [{ name: 'Minutes.eml', type: 'message/rfc822', bytes: inner }],
    });
    const direct = await openMinutesFile(inner);
    const opened = await openMinutesFile(forwarded);
    expect(opened.kind).toBe('text');
    expect(opened).toEqual(direct);
    const deeper = buildEml({
      subject: 'FW: FW: Minutes',
      body: 'Forwarding.',
      attachments: [{ name: 'FW Minutes.eml', type: 'application/octet-stream', bytes: forwarded }],
    });
    const err = await openMinutesFile(deeper).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MinutesError);
    expect((err as Error).message).toMatch(/an email inside an email inside an email/);
    expect((err as Error).message.split('\n')).toHaveLength(1);
  });

  it('reads the minutes in the message beside a spreadsheet attached, and refuses an email with nothing in it', async () => {
    const withLog = buildEml({
      subject: 'Minutes and action log',
      body: `${COVERING.replace('attached', 'below')}\n${boardText()}`,
      attachments: [
        { name: 'Action log.xlsx', type: 'application/octet-stream', bytes: Buffer.from('PK\x03\x04') },
      ],
    });
    const opened = await openMinutesFile(withLog);
    expect(opened.kind === 'text' && opened.text).toContain(boardText().split('\n')[0]);
    const empty = Buffer.from(
      'From: a@example.gov.uk\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n\r\n',
      'utf8',
    );
    await expect(openMinutesFile(empty)).rejects.toThrow(/no text and no minutes attached/);
  });

  it("reads Outlook's own .msg as it reads the same message saved as .eml, its minutes in it or attached", () => {
    const dir = tempDir();
    const db = join(dir, 'idmg.sqlite');
    const message = {
      subject: 'Minutes – Strategy Board – 4 December 2012',
      senderName: 'Priya Natarajan',
      senderEmail: 'priya.natarajan@example.gov.uk',
      to: [{ name: 'Strategy Board', email: 'board@example.gov.uk' }],
      sent: new Date('2012-12-11T16:42:03Z'),
    };
    const files: Record<string, Buffer> = {
      'board.txt': Buffer.from(boardText()),
      'in-body.msg': buildMsg({
        ...message,
        body: `${COVERING.replace('attached', 'below')}\n${boardText()}`.replace(/\n/g, '\r\n'),
      }),
      'docx.msg': buildMsg({
        ...message,
        body: COVERING.replace(/\n/g, '\r\n'),
        attachments: [{ name: 'Board minutes.docx', mimeType: DOCX, bytes: boardDocx() }],
      }),
    };
    const runs = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return idmg(['import', join(dir, name), '--dry-run', '--json', '--db', db]);
    });
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const [text, ...messages] = runs.map((r) => r.json<{ actions: unknown[] }>());
    expect(text?.actions).toHaveLength(3);
    for (const parse of messages) expect(parse).toEqual(text);
  });

  it('refuses a damaged Outlook message in one line and stores nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'minutes.msg');
    // The container's signature and a property stream's name, and nothing a reader can follow.
    const msg = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('__substg1.0_0037001F', 'utf16le'),
    ]);
    writeFileSync(file, msg);
    const env = { DATABASE_PATH: join(dir, 'idmg.sqlite') };
    const r = idmg(['import', file, '--committee', 'idmg'], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Outlook message could not be read/);
    expect(idmg(['actions', '--json'], env).stdout.trim()).toBe('[]');
  });
});

describe('a web archive (.mht, Word\'s "Single File Web Page")', () => {
  it('is a MIME message with no sender, its quoted-printable page read as HTML minutes', async () => {
    const page = [
      '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body>',
      '<p class=MsoNormal><b>North Yorkshire Modern Slavery Partnership</b></p>',
      '<p class=MsoNormal>Minutes of the meeting held on 7 March 2024 at County Hall</p>',
      '<p class=MsoNormal><b>Present:</b> Supt Dan Reed (North Yorkshire Police) \u2013 Chair; Liz Kay (North Yorkshire Council)</p>',
      '<p class=MsoNormal><b>1. Farms</b></p>',
      '<p class=MsoNormal><b>Action:</b> North Yorkshire Council to share the findings of the farm visits with the Gangmasters and Labour Abuse Authority by 5 April 2024.</p>',
      '</body></html>',
    ].join('\r\n');
    // Quoted-printable as Word writes it: "=3D" for "=", "=96" for the dash, lines broken at 76
    // with a soft break ("=" at the line's end).
    const qp = page
      .replace(/=/g, '=3D')
      .replace(/\u2013/g, '=96')
      .split('\r\n')
      .flatMap(
        (line) =>
          line
            .match(/(?:=[0-9A-F]{2}|[^=]){1,72}/g)
            ?.map((part, k, all) => (k < all.length - 1 ? `${part}=` : part)) ?? [''],
      )
      .join('\r\n');
    const mht = Buffer.from(
      [
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; boundary="----=_NextPart_01DA7000.12345678"',
        '',
        'This document is a Single File Web Page, also known as a Web Archive file.',
        '',
        '------=_NextPart_01DA7000.12345678',
        'Content-Location: file:///C:/minutes.htm',
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Type: text/html; charset="windows-1252"',
        '',
        qp,
        '',
        '------=_NextPart_01DA7000.12345678--',
        '',
      ].join('\r\n'),
      'latin1',
    );
    expect(detectMinutesKind(mht)).toBe('email');
    const opened = await openMinutesFile(mht);
    expect(opened.kind).toBe('text');
    const parsed = parseMinutes(opened.kind === 'text' ? opened.text : '');
    expect(parsed.meeting).toEqual({
      title: 'North Yorkshire Modern Slavery Partnership',
      date: '2024-03-07',
    });
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['North Yorkshire Police', 'Supt Dan Reed', 'CHAIR'],
      ['North Yorkshire Council', 'Liz Kay', null],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['North Yorkshire Council'],
        'North Yorkshire Council to share the findings of the farm visits with the Gangmasters and Labour Abuse Authority by 5 April 2024',
        '2024-04-05',
      ],
    ]);
  });
});
