/**
 * Bytes of a minutes file -> what the reader reads: text as it is, a Word file or a PDF as the
 * document model, read in a worker thread with a heap cap and a time limit; and large minutes read
 * in the same worker (see parse-off-thread.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MinutesDocument } from '../document/model.js';
import { MAX_MINUTES_BYTES, MinutesError } from '../types.js';
import type { MinutesFileKind } from './detect.js';

export interface ReadLimits {
  /** default 4000 */
  timeoutMs?: number;
  /** the worker's old-generation heap, default 256 MB */
  heapMb?: number;
}

/** The worker's entry: the bundle's, or (tests, development) the TypeScript one loaded through tsx. */
/** The built worker, when it is at least as new as every source of the minutes reader. */
function freshBuiltWorker(here: string): URL | null {
  const built = new URL('../../../dist/minutes-worker.js', here);
  let builtAt: number;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return null;
  }
  const sources = new URL('../', here);
  for (const file of readdirSync(sources, { recursive: true }))
    if (statSync(new URL(String(file), sources)).mtimeMs > builtAt) return null;
  return built;
}

function workerEntry(): { entry: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // The sources running (tests, tsx): the bundle's worker if it is current, which starts in a
    // fraction of the time the TypeScript one takes to compile.
    const built = freshBuiltWorker(here);
    if (built) return { entry: built, eval: false };
    // A worker's own entry is loaded before `--import` hooks apply, so tsx is registered first.
    // tsx's ESM entry, as its package.json exports it to `import` (require.resolve gives the CJS one).
    const pkg = createRequire(here).resolve('tsx/package.json');
    const exported = (
      JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }
    ).exports['./esm/api']?.import.default;
    const tsx = new URL(exported ?? './dist/esm/api/index.mjs', pathToFileURL(pkg)).href;
    const worker = new URL('./worker.ts', here).href;
    return {
      entry: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); })`,
      eval: true,
    };
  }
  // From the bundle: dist/minutes-worker.js, beside the entry or one folder up from a chunk.
  for (const rel of ['./minutes-worker.js', '../minutes-worker.js']) {
    const url = new URL(rel, here);
    if (existsSync(url)) return { entry: url, eval: false };
  }
  throw new Error('dist/minutes-worker.js is missing: run npm run build');
}

const megabytes = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;

/** What the worker is asked to do: read a Word file or a PDF into the document model, or read minutes. */
export type WorkerJob =
  | { job: 'read'; bytes: Uint8Array; kind: 'docx' | 'pdf' }
  | { job: 'parse'; text: string; timezone: string }
  | { job: 'parse'; document: MinutesDocument; timezone: string };

export function readDocumentFile(
  bytes: Uint8Array,
  kind: Exclude<MinutesFileKind, 'text' | 'email' | 'outlook'>,
  limits: ReadLimits = {},
): Promise<MinutesDocument> {
  if (bytes.length > MAX_MINUTES_BYTES)
    return Promise.reject(
      new MinutesError(
        `Minutes file is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_MINUTES_BYTES)}.`,
      ),
    );
  return inWorker<MinutesDocument>(
    { job: 'read', bytes, kind },
    kind === 'pdf' ? 'PDF' : 'Word file',
    limits,
  );
}

/**
 * Runs one job in a worker thread with a heap cap and a time limit: what it returns, or a
 * MinutesError a person can read (`what` names the file in it: "PDF", "minutes").
 */
export function inWorker<T>(data: WorkerJob, what: string, limits: ReadLimits = {}): Promise<T> {
  // Under the 5 s a person is promised, with room for the worker to start and be stopped.
  const timeoutMs = limits.timeoutMs ?? 4000;
  const { entry, eval: isEval } = workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      eval: isEval,
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb ?? 256, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    // Anything pdf.js prints is not for the bot's log; read and dropped so it never backs up.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    // The limit runs from when the worker has its reader loaded and starts on the file (a busy
    // machine's thread start-up and pdf.js's loading are not the file's fault); a guard from the
    // start covers a worker that never gets that far.
    const expire = () =>
      settle(() =>
        reject(
          new MinutesError(
            `Reading the ${what} took longer than ${timeoutMs / 1000} s (a hostile or damaged file?); nothing was read.`,
          ),
        ),
      );
    let timer = setTimeout(expire, timeoutMs + 10_000);
    type Reply = { ready?: true; ok?: boolean; result?: T; known?: boolean; message?: string };
    worker.on('message', (m: Reply) => {
      if (m.ready) {
        clearTimeout(timer);
        timer = setTimeout(expire, timeoutMs);
        return;
      }
      settle(() => {
        if (m.ok && m.result !== undefined) resolve(m.result);
        else if (m.known) reject(new MinutesError(m.message ?? `The ${what} could not be read.`));
        else
          reject(
            new MinutesError(`The ${what} could not be read (it looks damaged); export it again and retry.`),
          );
      });
    });
    worker.on('error', (err: Error & { code?: string }) => {
      settle(() =>
        reject(
          new MinutesError(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `The ${what} needs more memory to read than any minutes (a hostile or damaged file?); nothing was read.`
              : `The ${what} could not be read (it looks damaged); export it again and retry.`,
          ),
        ),
      );
    });
    worker.on('exit', () =>
      settle(() =>
        reject(
          new MinutesError(`The ${what} could not be read (the reader stopped); export it again and retry.`),
        ),
      ),
    );
  });
}
