import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/app/actions.js';
import { minutesAttachment } from '../../src/teams/activity.js';
import { activity, cardOf, sendActivity } from '../support/fake-teams.js';
import { seedPdf } from '../support/seed-pdf.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';

type Card = {
  body: { type: string; id?: string; value?: string; text?: string }[];
  actions?: { title: string; data: Record<string, unknown> }[];
};

/** A stand-in for Teams' file host: it serves the file and records whether anyone sent a token. */
async function fileHost(bytes: Uint8Array) {
  const seen: { authorization: string | undefined }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push({ authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(bytes));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/minutes.pdf`,
    seen,
    close: () => server.close(),
  };
}

describe('Teams: minutes as a PDF attachment, corrected in the preview', () => {
  it('previews a PDF sent as a file, takes a corrected owner, and Confirm stores the correction', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const host = await fileHost(await seedPdf('18 October 2012', '6 December 2012'));
    try {
      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.secretariat,
          text: '',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.teams.file.download.info',
              name: 'IDMG minutes.pdf',
              content: { downloadUrl: host.url, uniqueId: 'u1', fileType: 'pdf' },
            },
          ],
        }),
      );
      const preview = cardOf(t.connector.calls.at(-1)) as Card;
      expect(JSON.stringify(preview)).toContain('Actions (3)');
      // The pre-authenticated link is fetched without any token of the bot's.
      expect(host.seen).toEqual([{ authorization: undefined }]);
      expect(await listActions(t.ctx, { meetingDate: '2012-10-18' })).toEqual([]);
      const button = (title: string, card: Card) => card.actions?.find((a) => a.title === title)?.data;

      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.secretariat,
          value: button('Correct…', preview),
          replyToId: 'act-1',
        }),
      );
      const form = cardOf(t.connector.calls.at(-1)) as Card;
      const inputs = form.body.filter((b) => b.type === 'Input.Text');
      expect(inputs.map((i) => i.id)).toEqual(['a0', 'a1', 'a2', 'next']);
      expect(inputs[1]?.value).toBe('UKHTC | UKHTC to provide further information on internal trafficking |');
      expect(inputs[3]?.value).toBe('2012-12-06 10:30 | Home Office');

      // Teams sends the inputs beside the button's data.
      const values = Object.fromEntries(inputs.map((i) => [i.id, i.value ?? '']));
      values.a1 = 'MOJ | MOJ to provide further information on internal trafficking | 2012-11-30';
      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.secretariat,
          value: { ...button('Save', form), ...values },
          replyToId: 'act-1',
        }),
      );
      const corrected = cardOf(t.connector.calls.at(-1)) as Card;
      expect(JSON.stringify(corrected)).toContain(
        'MOJ to provide further information on internal trafficking — **MOJ** (due 2012-11-30)',
      );
      expect(await listActions(t.ctx, { meetingDate: '2012-10-18' })).toEqual([]);

      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.secretariat,
          value: button('Confirm import', corrected),
          replyToId: 'act-1',
        }),
      );
      expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain(
        'Imported the minutes of 2012-10-18',
      );
      const stored = await listActions(t.ctx, { meetingDate: '2012-10-18' });
      expect(stored.map((a) => [a.owners, a.due])).toEqual([
        [['Home Office'], null],
        [['MOJ'], '2012-11-30'],
        [['Home Office'], null],
      ]);
    } finally {
      host.close();
    }
  });

  it('fetches only a file-download attachment over https (or an emulator’s file on this machine in local mode)', () => {
    const a = (attachments: unknown[]) => ({ attachments }) as never;
    const download = {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'm.docx',
      content: { downloadUrl: 'https://tenant.sharepoint.com/m.docx' },
    };
    const plain = { contentType: 'application/pdf', contentUrl: 'https://evil.example/m.pdf', name: 'm.pdf' };
    expect(minutesAttachment(a([download]), false)?.url).toBe('https://tenant.sharepoint.com/m.docx');
    expect(minutesAttachment(a([plain]), false)).toBeNull();
    expect(minutesAttachment(a([plain]), true)?.url).toBe('https://evil.example/m.pdf');
  });
});
