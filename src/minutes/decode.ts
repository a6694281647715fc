/**
 * Bytes of an uploaded file -> minutes text, or a MinutesError a person can act on.
 */
import { MAX_MINUTES_BYTES, MinutesError } from './types.js';

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks a binary file. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeMinutes(bytes: Uint8Array): string {
  if (bytes.length > MAX_MINUTES_BYTES) {
    throw new MinutesError(
      `Minutes file is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_MINUTES_BYTES)}. Send the minutes as text (not a scan), or split them.`,
    );
  }
  if (bytes.length === 0) throw new MinutesError('The minutes file is empty.');
  let control = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    // One comparison for the common case: printable ASCII and every byte of a UTF-8 sequence.
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) {
      throw new MinutesError(
        'The minutes file is not text (it looks like a PDF, Word or other binary file). Save or export it as plain text first.',
      );
    }
    if (b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  if (control > bytes.length * MAX_CONTROL_SHARE) {
    throw new MinutesError(
      'The minutes file is not text (too many control characters). Save or export it as plain text first.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new MinutesError(
      'The minutes file is not valid UTF-8 text. Save it again as "Plain text (UTF-8)" and import that.',
    );
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new MinutesError('The minutes file has no text in it.');
  return text;
}
