/**
 * What kind of file minutes came in, told by its bytes (not its name: a .docx renamed .txt is
 * still Word). Kinds that are not minutes get one line saying what they are and what to send.
 */
import { MinutesError } from '../types.js';
import { zipEntries } from './zip.js';

export type MinutesFileKind = 'text' | 'docx' | 'pdf' | 'email' | 'outlook';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  sig.every((b, i) => bytes[at + i] === b);

// The header fields only a message as transported carries: a pasted email ("From:", "Sent:",
// "Subject:" typed over minutes) has none of them, and stays text.
const TRANSPORT_FIELD =
  /^(?:mime-version|content-type|content-transfer-encoding|message-id|received|return-path|delivered-to|dkim-signature|x-ms-exchange-[\w-]+|thread-index)\s*:/i;
const FIELD = /^[!-9;-~]{1,76}:/;
const CONTINUATION = /^[ \t]/;

// A web archive's header: Word's "Single File Web Page" (.mht), a page and its files in one MIME
// message with no sender, read as the email reader reads an HTML message.
const WEB_ARCHIVE = /^content-type\s*:\s*multipart\/related\b/i;

/**
 * Whether the bytes are an email message: a header of "Name: value" fields (folded lines allowed)
 * from the first line to the first blank one, a From among them and a field of transport, or a web
 * archive's (MIME-Version, then a multipart/related Content-Type).
 */
function isEmailFile(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16_384));
  let from = false;
  let transport = false;
  let mime = false;
  let archive = false;
  for (const line of head.split(/\r?\n/)) {
    if (line === '') return (from && transport) || (mime && archive);
    if (CONTINUATION.test(line)) continue;
    if (!FIELD.test(line)) return false;
    if (/^from\s*:/i.test(line)) from = true;
    if (/^mime-version\s*:/i.test(line)) mime = true;
    if (WEB_ARCHIVE.test(line)) archive = true;
    if (TRANSPORT_FIELD.test(line)) transport = true;
  }
  return false;
}

// The name Outlook gives a .msg's property streams, as the container's directory writes it.
const MSG_STREAM = Buffer.from('__substg1.0_', 'utf16le');

function refuse(what: string, advice: string): MinutesError {
  return new MinutesError(`The file is ${what}, not minutes the bot can read; ${advice}`);
}

export function detectMinutesKind(bytes: Uint8Array): MinutesFileKind {
  // "%PDF-" may follow a few bytes of junk; readers look in the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    let names: string[];
    try {
      names = [...zipEntries(bytes).keys()];
    } catch {
      throw refuse('a damaged ZIP archive', 'send the minutes as .docx, .pdf or text.');
    }
    if (names.includes('word/document.xml')) return 'docx';
    if (names.some((n) => n.startsWith('xl/')))
      throw refuse('an Excel workbook', 'send the minutes as .docx, .pdf or text.');
    if (names.some((n) => n.startsWith('ppt/')))
      throw refuse('a PowerPoint presentation', 'send the minutes as .docx, .pdf or text.');
    if (names.includes('content.xml'))
      throw refuse('an OpenDocument file', 'save it as .docx or PDF and send that.');
    throw refuse('a ZIP archive', 'send the minutes themselves as .docx, .pdf or text.');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Outlook's .msg is the same container, its properties in streams named "__substg1.0_…".
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(MSG_STREAM)) return 'outlook';
    throw refuse('an old-style Word (.doc) or Office file', 'save it as .docx or PDF and send that.');
  }
  if (head.startsWith('{\\rtf')) throw refuse('Rich Text (RTF)', 'save it as .docx or PDF and send that.');
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    head.startsWith('GIF8') ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  )
    throw refuse(
      'an image (a scan?)',
      'send the Word file or a PDF with text, or run text recognition (OCR) first.',
    );
  // An email saved as a file: its header's fields, then its MIME body (read in eml.ts).
  if (isEmailFile(bytes)) return 'email';
  return 'text';
}
