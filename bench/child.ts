/** Runs a bench/*.ts file in its own Node process, with an IPC channel and a time limit. */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../scripts/build.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The Node flags `npm start` runs the server with, read from package.json so the two never drift. */
export function startNodeFlags(): string[] {
  // BENCH_NODE_FLAGS="--max-semi-space-size=2": try other flags without editing package.json.
  if (process.env.BENCH_NODE_FLAGS !== undefined)
    return process.env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean);
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const start = pkg.scripts.start ?? '';
  const flags = /^node((?:\s+--\S+)*)\s/.exec(start)?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

/**
 * Runs a bench/*.ts file the way `npm start` runs the server: bundled by scripts/build.mjs into
 * dist/bench/ and started on plain Node with `npm start`'s flags (no tsx in the process).
 */
export async function forkBundled(script: string, args: string[] = []): Promise<ChildProcess> {
  const out = await bundle(`bench/${basename(script)}`, `dist/bench/${basename(script, '.ts')}.js`);
  return fork(out, args, {
    cwd: ROOT,
    // BENCH_CPU_PROF=dir: a V8 CPU profile of each server child, to see where its time goes.
    execArgv: [
      ...startNodeFlags(),
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Runs a bench/*.ts file through tsx (the harness's own helpers: seeding, load, importer). */
export function forkTs(script: string, args: string[] = []): ChildProcess {
  return fork(fileURLToPath(new URL(script, import.meta.url)), args, {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Waits for the child's next message that passes `accept`, or fails after `timeoutMs`. */
export function nextMessage<T>(
  child: ChildProcess,
  accept: (m: unknown) => m is T,
  timeoutMs: number,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no answer from child ${child.pid} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (m: unknown) => {
      if (!accept(m)) return;
      cleanup();
      resolve(m);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`child ${child.pid} exited (${code}) before answering`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Runs a one-shot child (through tsx) to completion and returns its one message. */
export function runTs<T>(
  script: string,
  args: string[],
  accept: (m: unknown) => m is T,
  timeoutMs: number,
): Promise<T> {
  return runChild(forkTs(script, args), accept, timeoutMs);
}

/** As runTs, bundled and on plain Node as `npm start` runs the code (see forkBundled). */
export async function runBundled<T>(
  script: string,
  args: string[],
  accept: (m: unknown) => m is T,
  timeoutMs: number,
): Promise<T> {
  return runChild(await forkBundled(script, args), accept, timeoutMs);
}

async function runChild<T>(
  child: ChildProcess,
  accept: (m: unknown) => m is T,
  timeoutMs: number,
): Promise<T> {
  try {
    return await nextMessage(child, accept, timeoutMs);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

export const isType =
  <T extends { type: string }>(type: T['type']) =>
  (m: unknown): m is T =>
    typeof m === 'object' && m !== null && (m as { type?: unknown }).type === type;
