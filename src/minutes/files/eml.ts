/**
 * An email saved as a file (.eml: Thunderbird's "Save as", Outlook on the web's and Gmail's
 * "Download message") as a Mail (mail.ts): the MIME structure, its transfer encodings
 * (quoted-printable, base64) and character sets are postal-mime's to undo.
 */
import PostalMime, { type Address, type Email } from 'postal-mime';
import { MinutesError } from '../types.js';
import type { Mail } from './mail.js';

const address = (a: Address | undefined): string =>
  a === undefined ? '' : a.address && a.name ? `${a.name} <${a.address}>` : a.name || (a.address ?? '');

export async function readEmlFile(bytes: Uint8Array): Promise<Mail> {
  let mail: Email;
  try {
    mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch {
    throw new MinutesError('The email file could not be read. Forward the minutes as .docx, PDF or text.');
  }
  const sent = mail.date ? new Date(mail.date) : null;
  return {
    from: mail.from ? address(mail.from) || null : null,
    sent: sent && !Number.isNaN(sent.getTime()) ? sent : null,
    to: (mail.to ?? []).map(address).filter((a) => a !== ''),
    subject: mail.subject ?? null,
    text: mail.text ?? null,
    html: mail.html ?? null,
    attachments: mail.attachments.map((a) => ({
      name: a.filename,
      mimeType: a.mimeType,
      inline: a.disposition === 'inline',
      bytes: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content),
    })),
  };
}
