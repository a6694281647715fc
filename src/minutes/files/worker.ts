/**
 * Runs a document reader, or the minutes reader on large minutes, in a worker thread: pdf.js, the
 * Word reader and a megabyte of minutes block the event loop for as long as they take, and a hostile
 * file must be stopped (read-file.ts terminates the worker at its time limit, and the worker's heap
 * is capped) without taking the bot down with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MinutesError } from '../types.js';
import type { WorkerJob } from './read-file.js';

const job = workerData as WorkerJob;

async function run() {
  if (job.job === 'parse') {
    const { parseDocument, parseMinutes } = await import('../parse.js');
    // The time limit starts now: loading the reader on a busy machine is not the minutes' doing.
    parentPort?.postMessage({ ready: true });
    const options = { timezone: job.timezone };
    return 'text' in job ? parseMinutes(job.text, options) : parseDocument(job.document, options);
  }
  const read =
    job.kind === 'docx' ? (await import('./docx.js')).readDocx : (await import('./pdf.js')).readPdf;
  // The file's time limit starts now: loading pdf.js on a busy machine is not the file's doing.
  parentPort?.postMessage({ ready: true });
  return read(job.bytes);
}

run().then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (err: unknown) =>
    parentPort?.postMessage({
      ok: false,
      known: err instanceof MinutesError,
      message: err instanceof Error ? err.message : String(err),
    }),
);
