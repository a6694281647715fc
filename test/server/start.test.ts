import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tmp.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SERVER = join(ROOT, 'bin/server.js');
const BUNDLE = join(ROOT, 'dist/server.js');

interface Started {
  child: ChildProcess;
  port: number;
  dir: string;
  log: () => string;
}

/** `node bin/server.js` in an empty directory with only PATH and PORT=0 set, until it listens. */
async function startServer(): Promise<Started> {
  const dir = tempDir();
  const child = spawn(process.execPath, [SERVER], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', PORT: '0', IDMG_BANK_HOLIDAYS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      log += d;
      const m = /"port":(\d+)/.exec(log);
      if (m?.[1] && /"runtime":/.test(log)) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${log}`)));
  });
  return { child, port, dir, log: () => log };
}

/** esbuild's account of what each output file imports. */
type Metafile = {
  outputs: Record<
    string,
    { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }
  >;
};

/** The packages a bundle entry loads before it runs: its static imports, through its chunks. */
function packagesLoadedBy(metafile: Metafile, entry: string): Set<string> {
  return loadedBy(metafile, entry).packages;
}

/** What a bundle entry loads before it runs (its static imports, through its chunks): packages and our sources. */
function loadedBy(metafile: Metafile, entry: string): { packages: Set<string>; sources: Set<string> } {
  const packages = new Set<string>();
  const sources = new Set<string>();
  const seen = new Set<string>();
  const walk = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const source of Object.keys(metafile.outputs[output]?.inputs ?? {})) sources.add(source);
    for (const i of metafile.outputs[output]?.imports ?? []) {
      if (i.kind !== 'import-statement') continue; // import() loads when used
      if (i.external) packages.add(i.path.replace(/^((?:@[^/]+\/)?[^/]+).*$/, '$1'));
      else walk(i.path);
    }
  };
  walk(entry);
  return { packages, sources };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exit;
}

describe('npm start', () => {
  it('starts with no variables set, creates the database, answers /healthz and stops cleanly on SIGTERM', async () => {
    const { child, port, dir, log } = await startServer();
    expect(existsSync(join(dir, 'data', 'idmg.sqlite'))).toBe(true);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: { engine: 'sqlite', ok: true } });
    expect(log()).toMatch(/Slack is not connected: set SLACK_BOT_TOKEN/);
    expect(log()).toMatch(/Teams runs in local mode/);
    expect(await stop(child)).toBe(0);
    expect(log()).toMatch(/idmg-bot stopped/);
  });

  it('runs the bundle its prestart builds on plain Node, and the sources through tsx once a source file is newer', async () => {
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/built .*dist\/server\.js/);

    const fresh = await startServer();
    expect(fresh.log()).toMatch(/"runtime":"bundle"/);
    // The bundle finds db/migrations from dist/ and serves the same routes.
    const res = await fetch(`http://127.0.0.1:${fresh.port}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', database: { engine: 'sqlite', ok: true } });
    expect(await stop(fresh.child)).toBe(0);

    // A bundle older than the sources is never run: that would be yesterday's code.
    utimesSync(BUNDLE, new Date(0), new Date(0));
    const stale = await startServer();
    expect(stale.log()).toMatch(/"runtime":"tsx"/);
    expect(await stop(stale.child)).toBe(0);
  });

  it('loads only what answering needs: no chat SDK, holiday data, driver or document reader up front', async () => {
    const { bundleAll } = (await import('../../scripts/build.mjs')) as {
      bundleAll: () => Promise<{ metafile: Metafile }>;
    };
    const { metafile } = await bundleAll();
    const cli = packagesLoadedBy(metafile, 'dist/cli.js');
    const server = packagesLoadedBy(metafile, 'dist/server.js');
    // Each is imported where it is used (import()), so a chunk of its own loads it when needed.
    const late = ['@slack/bolt', 'botbuilder', 'date-holidays', 'pg', 'pdfjs-dist', 'mammoth', 'htmlparser2'];
    for (const name of late) {
      expect(cli, `idmg loads ${name} at start`).not.toContain(name);
      expect(server, `the server loads ${name} at start`).not.toContain(name);
    }
    expect(cli).not.toContain('express');
    // zod is compiled into the bundle: resolving its eighty modules cost a third of every idmg call.
    expect(cli).not.toContain('zod');
    expect(cli).toContain('better-sqlite3');
    // The minutes reader is a fifth of the code; only `idmg import` needs it, and loads it then.
    const sources = loadedBy(metafile, 'dist/cli.js').sources;
    expect(sources).toContain('src/cli/commands/next.ts');
    expect(sources).not.toContain('src/minutes/parse.ts');
  });

  it('refuses a bad variable naming it', async () => {
    const child = spawn(process.execPath, [SERVER], {
      cwd: tempDir(),
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/^idmg-bot cannot start: PORT:/);
  });
});
