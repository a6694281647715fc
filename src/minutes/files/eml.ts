/**
 * An email saved as a file (.eml: Thunderbird's "Save as", Outlook on the web's and Gmail's
 * "Download message"): the minutes it carries. Its body is read as the reader reads an email
 * pasted as text (From, Sent, To and Subject over the message); when the body is only a covering
 * note for minutes attached as a file, the attachment is what is read. The MIME structure, its
 * transfer encodings (quoted-printable, base64) and character sets are postal-mime's to undo.
 */
import { DateTime } from 'luxon';
import PostalMime, { type Address, type Attachment, type Email } from 'postal-mime';
import { c1AsWindows1252 } from '../decode.js';
import { MinutesError } from '../types.js';

/** What an email file holds for the reader: its message as text, or the attached minutes file. */
export type EmailMinutes = { text: string } | { attachment: { bytes: Uint8Array; name: string | null } };

// A covering note is short; minutes pasted into the body are not.
const COVERING_NOTE_CHARS = 2_000;
// "IDMG minutes 12 March.docx", "Note of meeting.pdf", "Record of actions.txt": the minutes among papers.
const MINUTES_NAME = /\b(?:minutes?|notes?|record|actions?)\b/i;
// The kinds of file minutes come in (the reader tells them apart by their bytes later).
const DOCUMENT_TYPE =
  /^(?:application\/(?:pdf|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|msword|octet-stream)|text\/(?:plain|html|markdown))\b/i;
const DOCUMENT_NAME = /\.(?:docx|pdf|txt|md|html?)$/i;

const isDocument = (a: Attachment) =>
  DOCUMENT_TYPE.test(a.mimeType) || (a.filename !== null && DOCUMENT_NAME.test(a.filename));

/** The attachment the minutes are in: one named as minutes, else the only document attached. */
function attachedMinutes(attachments: readonly Attachment[]): Attachment | null {
  const documents = attachments.filter((a) => isDocument(a) && a.disposition !== 'inline');
  const named = documents.filter((a) => a.filename !== null && MINUTES_NAME.test(a.filename));
  if (named.length >= 1) return named[0] ?? null;
  return documents.length === 1 ? (documents[0] ?? null) : null;
}

const bytesOf = (content: Attachment['content']): Uint8Array =>
  typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);

const address = (a: Address | undefined): string =>
  a === undefined ? '' : a.address && a.name ? `${a.name} <${a.address}>` : a.name || (a.address ?? '');

/** The message's fields as Outlook writes them over an email pasted as text. */
function headerLines(mail: Email, timezone: string): string[] {
  const out: string[] = [];
  if (mail.from) out.push(`From: ${address(mail.from)}`);
  if (mail.date) {
    const sent = DateTime.fromISO(mail.date, { zone: timezone });
    if (sent.isValid) out.push(`Sent: ${sent.toFormat('cccc, d LLLL yyyy HH:mm')}`);
  }
  const to = (mail.to ?? []).map(address).filter((a) => a !== '');
  if (to.length > 0) out.push(`To: ${to.join('; ')}`);
  if (mail.subject) out.push(`Subject: ${mail.subject}`);
  return out;
}

export async function readEmailFile(bytes: Uint8Array, timezone = 'Europe/London'): Promise<EmailMinutes> {
  let mail: Email;
  try {
    mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch {
    throw new MinutesError('The email file could not be read. Forward the minutes as .docx, PDF or text.');
  }
  // Outlook's Western European mail is Windows-1252, whose quotes and dashes the decoder under the
  // MIME library (Node's) reads as Latin-1's control characters.
  for (const field of ['text', 'html', 'subject'] as const) {
    const value = mail[field];
    if (value !== undefined) mail[field] = c1AsWindows1252(value);
  }
  const body = (mail.text ?? '').trim();
  const attached = attachedMinutes(mail.attachments);
  if (attached && (body.length <= COVERING_NOTE_CHARS || MINUTES_NAME.test(attached.filename ?? '')))
    return { attachment: { bytes: bytesOf(attached.content), name: attached.filename } };
  if (body !== '') return { text: `${headerLines(mail, timezone).join('\n')}\n\n${body}\n` };
  // An HTML message with no plain part: the HTML is what the reader reads.
  if ((mail.html ?? '').trim() !== '') return { text: mail.html ?? '' };
  throw new MinutesError(
    'The email has no text and no minutes attached. Forward the minutes as .docx, PDF or text.',
  );
}
