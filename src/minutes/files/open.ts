/**
 * A minutes file's bytes -> what the reader reads, whatever kind of file they are (told by their
 * bytes): text decoded; an email (.eml, or Outlook's .msg) as its message's text, or the minutes
 * attached to it read as the file they are; a Word file or a PDF as the document model, read in the worker.
 */
import { decodeMinutes } from '../decode.js';
import type { MinutesDocument } from '../document/model.js';
import { MinutesError } from '../types.js';
import { detectMinutesKind } from './detect.js';
import type { ReadLimits } from './read-file.js';

export type OpenedMinutes = { kind: 'text'; text: string } | { kind: 'document'; document: MinutesDocument };

export interface OpenOptions {
  /** the zone an email's "Sent:" is written in */
  timezone?: string;
  limits?: ReadLimits;
}

// An email may carry the email with the minutes ("Forward as attachment"); one inside that is too deep.
const MAX_ENVELOPES = 2;

export async function openMinutesFile(bytes: Uint8Array, options: OpenOptions = {}): Promise<OpenedMinutes> {
  return open(bytes, options, 0);
}

async function open(bytes: Uint8Array, options: OpenOptions, envelopes: number): Promise<OpenedMinutes> {
  const kind = detectMinutesKind(bytes);
  if (kind === 'text') return { kind: 'text', text: decodeMinutes(bytes) };
  if (kind === 'email' || kind === 'outlook') {
    if (envelopes >= MAX_ENVELOPES)
      throw new MinutesError(
        'The minutes are in an email inside an email inside an email. Send the minutes themselves as .docx, PDF or text.',
      );
    // The mail readers are loaded only when an email arrives, as the Word and PDF readers are.
    const { minutesOfMail } = await import('./mail.js');
    const mail =
      kind === 'email'
        ? await (await import('./eml.js')).readEmlFile(bytes)
        : (await import('./msg.js')).readMsgFile(bytes);
    const minutes = minutesOfMail(mail, options.timezone);
    return 'text' in minutes
      ? { kind: 'text', text: minutes.text }
      : open(minutes.attachment.bytes, options, envelopes + 1);
  }
  const { readDocumentFile } = await import('./read-file.js');
  return { kind: 'document', document: await readDocumentFile(bytes, kind, options.limits) };
}
