/**
 * What an email file holds for the reader, whichever client saved it (.eml through postal-mime,
 * Outlook's .msg through msgreader): its message as text, as the reader reads an email pasted as
 * text (From, Sent, To and Subject over the message), or, when the message only covers minutes
 * attached as a file, that attachment, to be read as the file it is. Pure.
 */
import { DateTime } from 'luxon';
import { c1AsWindows1252 } from '../decode.js';
import { MinutesError } from '../types.js';

export interface MailAttachment {
  name: string | null;
  mimeType: string | null;
  /** shown in the message (a signature's logo) rather than attached to it, by the mail's own mark */
  inline: boolean;
  bytes: Uint8Array;
}

/** A message as both readers give it. */
export interface Mail {
  from: string | null;
  sent: Date | null;
  to: string[];
  subject: string | null;
  text: string | null;
  html: string | null;
  attachments: MailAttachment[];
}

export type EmailMinutes = { text: string } | { attachment: { bytes: Uint8Array; name: string | null } };

// A covering note is short; minutes pasted into the message are not.
const COVERING_NOTE_CHARS = 2_000;
// "IDMG minutes 12 March.docx", "Note of meeting.pdf", "Record of actions.txt": the minutes among papers.
const MINUTES_NAME = /\b(?:minutes?|notes?|record|actions?)\b/i;
// The kinds of file minutes come in, by name: those the reader reads, and those it names when it
// refuses them (an old .doc, an OpenDocument or RTF file), so the refusal says what to send.
const DOCUMENT_NAME = /\.(?:docx|pdf|txt|md|html?|mht|mhtml|eml|msg|doc|odt|rtf)$/i;
const EXTENSION = /\.[A-Za-z0-9]{1,5}$/;
// By type, for an attachment with no name to go by (mail clients send many files as octet-stream).
const DOCUMENT_TYPE =
  /^(?:application\/(?:pdf|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|msword|octet-stream)|text\/(?:plain|html|markdown)|message\/rfc822)\b/i;

/** A document by its name's extension where it has one ("Action log.xlsx" is none), else by its type. */
const isDocument = (a: MailAttachment) =>
  a.name !== null && EXTENSION.test(a.name)
    ? DOCUMENT_NAME.test(a.name)
    : a.mimeType !== null && DOCUMENT_TYPE.test(a.mimeType);

/**
 * The attachment the minutes are in: one named as minutes, else the only document attached. A
 * file named as a document counts though the mail marks it inline (some clients give every
 * attachment a content id); a nameless inline part is the message's own picture.
 */
function attachedMinutes(attachments: readonly MailAttachment[]): MailAttachment | null {
  const documents = attachments.filter(
    (a) => isDocument(a) && (!a.inline || (a.name !== null && DOCUMENT_NAME.test(a.name))),
  );
  const named = documents.find((a) => a.name !== null && MINUTES_NAME.test(a.name));
  if (named) return named;
  return documents.length === 1 ? (documents[0] ?? null) : null;
}

/** The message's fields as Outlook writes them over an email pasted as text. */
function headerLines(mail: Mail, timezone: string): string[] {
  const out: string[] = [];
  if (mail.from) out.push(`From: ${mail.from}`);
  if (mail.sent) {
    const sent = DateTime.fromJSDate(mail.sent, { zone: timezone });
    if (sent.isValid) out.push(`Sent: ${sent.toFormat('cccc, d LLLL yyyy HH:mm')}`);
  }
  if (mail.to.length > 0) out.push(`To: ${mail.to.join('; ')}`);
  if (mail.subject) out.push(`Subject: ${c1AsWindows1252(mail.subject)}`);
  return out;
}

export function minutesOfMail(mail: Mail, timezone = 'Europe/London'): EmailMinutes {
  // Outlook's Western European mail is Windows-1252, whose quotes and dashes a decoder that takes
  // the label for Latin-1 (Node's, under the MIME reader) leaves as control characters.
  const body = c1AsWindows1252(mail.text ?? '').trim();
  const attached = attachedMinutes(mail.attachments);
  if (attached && (body.length <= COVERING_NOTE_CHARS || MINUTES_NAME.test(attached.name ?? '')))
    return { attachment: { bytes: attached.bytes, name: attached.name } };
  if (body !== '') return { text: `${headerLines(mail, timezone).join('\n')}\n\n${body}\n` };
  // An HTML message with no plain part: the HTML is what the reader reads.
  const html = c1AsWindows1252(mail.html ?? '');
  if (html.trim() !== '') return { text: html };
  throw new MinutesError(
    'The email has no text and no minutes attached. Forward the minutes as .docx, PDF or text.',
  );
}
