/**
 * Reads the entries a .docx needs out of its ZIP container, refusing a zip bomb before it costs
 * memory: each entry's declared size is checked in the central directory before anything is
 * inflated, and inflation stops at the cap whatever the entry declared.
 */
import { inflateRawSync } from 'node:zlib';
import { MinutesError } from '../types.js';

/** Largest inflated part read (document.xml of a long minutes is a few MB). */
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const bomb = () =>
  new MinutesError(
    'The Word file unpacks to far more than any minutes (a damaged or hostile file); nothing was read.',
  );
const damaged = (why: string) =>
  new MinutesError(`The Word file is damaged (${why}); open it in Word and save it again.`);

/** The central directory's entries, by name. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is in the last 64 KB (its comment is at most 65,535 bytes).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no ZIP directory');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw damaged('ZIP64 is not read');
  if (offset + size > bytes.length) throw damaged('directory outside the file');
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw damaged('bad directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** One entry's bytes, inflated under the cap. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, cap = MAX_ENTRY_BYTES): Uint8Array {
  if (entry.flags & 1)
    throw new MinutesError('The Word file is password-protected; save it without a password first.');
  if (entry.size > cap) throw bomb();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged('bad entry header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw damaged(`compression method ${entry.method}`);
  try {
    // The declared size may lie: the cap is on what inflation actually produces.
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
    throw damaged('an entry does not inflate');
  }
}

/** The named entry as UTF-8 text, or null when the file has none. */
export function readText(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): string | null {
  const entry = entries.get(name);
  return entry ? new TextDecoder().decode(readEntry(bytes, entry)) : null;
}
