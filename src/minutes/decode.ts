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

/**
 * The byte-order mark of UTF-16 text: Notepad's "Unicode" and Word's "Unicode" text export write
 * one. Without a mark, text is UTF-8 (or, failing that, Windows-1252: see below).
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Bytes 0x80–0x9F that Windows-1252 leaves undefined: text in it never has them. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Most bytes of Windows-1252 minutes are ASCII: its curly quotes, dashes and accents are few. */
const MAX_HIGH_SHARE = 0.05;

/**
 * Word's "Plain Text" export on Windows writes Windows-1252 unless told otherwise: bytes that are not
 * UTF-8 but read as that are curly quotes, dashes, NBSP, "£" and accented letters, one or two at a
 * time among ASCII words (or one repeated as a leader). Random or damaged bytes have runs of mixed
 * high bytes or undefined ones, and are still refused.
 */
function readsAsWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let run = 0;
  // A run of one byte over and over is a leader ("Chair: ……………", a rule of "—"), not damage.
  let repeated = true;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      run = 0;
      continue;
    }
    if (UNDEFINED_1252.has(b)) return false;
    high += 1;
    repeated = run === 0 || (repeated && b === bytes[i - 1]);
    run += 1;
    if (run > 2 && !repeated) return false;
  }
  return high <= bytes.length * MAX_HIGH_SHARE;
}

// What Windows-1252 puts at 0x80–0x9F (the rest of its high half is Latin-1's). Node's TextDecoder
// reads the "windows-1252" label as Latin-1, which has control characters there, so the table is here.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Text decoded as Latin-1 with Windows-1252's characters put back at 0x80–0x9F. Safe on any text:
 * C1 control characters are never meant in minutes, and a decoder that took a "Windows-1252" label
 * for Latin-1 (Node's, a MIME library's) leaves exactly them where the quotes and dashes were.
 */
export function c1AsWindows1252(text: string): string {
  return /[\u0080-\u009F]/.test(text)
    ? text.replace(/[\u0080-\u009F]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

function windows1252(bytes: Uint8Array): string {
  return c1AsWindows1252(new TextDecoder('latin1').decode(bytes));
}

const NOT_TEXT =
  'The minutes file is not text (it looks like a PDF, Word or other binary file). Save or export it as plain text first.';
const TOO_MANY_CONTROLS =
  'The minutes file is not text (too many control characters). Save or export it as plain text first.';

/** A control character other than tab, newline, carriage return and form feed. */
const isStrayControl = (c: number) =>
  (c < 0x20 || c === 0x7f) && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;

/** UTF-16 text with its mark: decoded, then held to the same test of being text as UTF-8 is. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new MinutesError(
      'The minutes file is not valid UTF-16 text. Save it again as "Plain text (UTF-8)" and import that.',
    );
  }
  let control = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new MinutesError(NOT_TEXT);
    if (isStrayControl(c)) control += 1;
  }
  if (control > text.length * MAX_CONTROL_SHARE) throw new MinutesError(TOO_MANY_CONTROLS);
  return text;
}

export function decodeMinutes(bytes: Uint8Array): string {
  if (bytes.length > MAX_MINUTES_BYTES) {
    throw new MinutesError(
      `Minutes file is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_MINUTES_BYTES)}. Send the minutes as text (not a scan), or split them.`,
    );
  }
  if (bytes.length === 0) throw new MinutesError('The minutes file is empty.');
  const utf16 = utf16Encoding(bytes);
  let text = utf16 ? decodeUtf16(bytes, utf16) : decodeBytes(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new MinutesError('The minutes file has no text in it.');
  return text;
}

/** Bytes without a UTF-16 mark: refused if binary, else UTF-8, else Windows-1252 if they read as it. */
function decodeBytes(bytes: Uint8Array): string {
  let control = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    // One comparison for the common case: printable ASCII and every byte of a UTF-8 sequence.
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) throw new MinutesError(NOT_TEXT);
    if (b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  if (control > bytes.length * MAX_CONTROL_SHARE) throw new MinutesError(TOO_MANY_CONTROLS);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // A Word export has no stray control characters; bytes with escapes or bells in them are damaged.
    if (control === 0 && readsAsWindows1252(bytes)) return windows1252(bytes);
    throw new MinutesError(
      'The minutes file is not valid UTF-8 text. Save it again as "Plain text (UTF-8)" and import that.',
    );
  }
}
