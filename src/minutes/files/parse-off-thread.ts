/**
 * Minutes -> the parse shape, off the event loop when they are large. The reader takes some 2 µs a
 * line: ordinary minutes (a few to a few dozen KB) are read in a few milliseconds, in-process, sooner
 * than a worker thread could start; but a megabyte of text, or of hostile lines, would hold the bot's
 * event loop (every chat request and reminder on this replica) for seconds. Those are read in the
 * file readers' worker, under its time limit and heap cap.
 */
import type { MinutesDocument } from '../document/model.js';
import { parseDocument, parseMinutes } from '../parse.js';
import type { ParsedMinutes } from '../types.js';
import { inWorker, type ReadLimits } from './read-file.js';

/** Minutes up to this many characters are read in-process (some 100 ms at worst, 10 ms for ordinary minutes). */
export const IN_PROCESS_CHARS = 64 * 1024;

export interface OffThreadOptions {
  timezone: string;
  limits?: ReadLimits;
}

export function parseMinutesText(text: string, options: OffThreadOptions): Promise<ParsedMinutes> {
  if (text.length <= IN_PROCESS_CHARS) return Promise.resolve(parseMinutes(text, options));
  return inWorker({ job: 'parse', text, timezone: options.timezone }, 'minutes', options.limits);
}

export function parseMinutesDocument(
  document: MinutesDocument,
  options: OffThreadOptions,
): Promise<ParsedMinutes> {
  // The document's size as the worker would be sent it: what its text comes to, tables and all.
  if (JSON.stringify(document).length <= IN_PROCESS_CHARS)
    return Promise.resolve(parseDocument(document, options));
  return inWorker({ job: 'parse', document, timezone: options.timezone }, 'minutes', options.limits);
}
