/**
 * Runs a document reader in a worker thread: pdf.js and the Word reader block the event loop for
 * as long as a file takes, and a hostile file must be stopped (read-file.ts terminates the worker
 * at its time limit, and the worker's heap is capped) without taking the bot down with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MinutesError } from '../types.js';
import { readDocx } from './docx.js';

const { bytes, kind } = workerData as { bytes: Uint8Array; kind: 'docx' | 'pdf' };

async function run() {
  const read = kind === 'docx' ? readDocx : (await import('./pdf.js')).readPdf;
  // The file's time limit starts now: loading pdf.js on a busy machine is not the file's doing.
  parentPort?.postMessage({ ready: true });
  return read(bytes);
}

run().then(
  (doc) => parentPort?.postMessage({ ok: true, doc }),
  (err: unknown) =>
    parentPort?.postMessage({
      ok: false,
      known: err instanceof MinutesError,
      message: err instanceof Error ? err.message : String(err),
    }),
);
