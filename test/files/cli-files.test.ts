import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardDocx, boardPdf, boardText } from '../support/board-minutes.js';
import { idmg } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

describe('idmg import with Word and PDF files', () => {
  it('gives the same dry-run parse for the .txt, the .docx and the .pdf of the same minutes', async () => {
    const dir = tempDir();
    const db = join(dir, 'idmg.sqlite');
    const files = {
      txt: join(dir, 'board.txt'),
      docx: join(dir, 'board.docx'),
      // A PDF renamed .txt is still read as a PDF: the bytes tell.
      pdf: join(dir, 'board-pdf.txt'),
    };
    writeFileSync(files.txt, boardText());
    writeFileSync(files.docx, boardDocx());
    writeFileSync(files.pdf, await boardPdf());
    const runs = Object.values(files).map((f) => idmg(['import', f, '--dry-run', '--json', '--db', db]));
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const [text, docx, pdf] = runs.map((r) => r.json<{ actions: unknown[] }>());
    expect(text?.actions).toHaveLength(3);
    expect(docx).toEqual(text);
    expect(pdf).toEqual(text);
  });

  it('reads text saved as UTF-16 ("Unicode") or Windows-1252 as it reads the same text in UTF-8', () => {
    const dir = tempDir();
    const db = join(dir, 'idmg.sqlite');
    const text = `${boardText()}\nThe Chair thanked members – and the café’s staff.\n`;
    // Windows-1252 has "–" at 0x96 and "’" at 0x92; "é" is Latin-1's.
    const cp1252 = Buffer.from(text.replace(/–/g, '\x96').replace(/’/g, '\x92'), 'latin1');
    const files = {
      utf8: [join(dir, 'utf8.txt'), Buffer.from(text, 'utf8')],
      utf16: [join(dir, 'unicode.txt'), Buffer.from(`\uFEFF${text}`, 'utf16le')],
      cp1252: [join(dir, 'windows.txt'), cp1252],
    } as const;
    const runs = Object.values(files).map(([file, bytes]) => {
      writeFileSync(file, bytes);
      return idmg(['import', file, '--dry-run', '--json', '--db', db]);
    });
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const [utf8, utf16, windows] = runs.map((r) => r.json<{ actions: unknown[] }>());
    expect(utf8?.actions).toHaveLength(3);
    expect(utf16).toEqual(utf8);
    expect(windows).toEqual(utf8);
  });

  it('imports a Word file, and the same file again changes nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'minutes.docx');
    writeFileSync(file, boardDocx());
    const env = { DATABASE_PATH: join(dir, 'idmg.sqlite') };
    const first = idmg(['import', file, '--committee', 'idmg'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(idmg(['import', file, '--committee', 'idmg'], env).stdout).toMatch(
      /imported before: nothing changed/,
    );
    const actions = idmg(['actions', '--json'], env).json<{ owners: string[]; due: string }[]>();
    expect(actions.map((a) => a.due)).toEqual(['2013-01-31', '2013-02-28', '2013-03-15']);
  });

  it('takes --db postgres://… for PostgreSQL: a server that does not answer is one line, no password shown, no file called "postgres:"', () => {
    const dir = tempDir();
    const r = idmg(['actions', '--db', 'postgres://idmg:hunter2@127.0.0.1:1/idmg'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'idmg: cannot open the database postgres://idmg:***@127.0.0.1:1/idmg: connect ECONNREFUSED 127.0.0.1:1',
    );
    expect(existsSync(join(dir, 'postgres:'))).toBe(false);
  });

  it('refuses an image in one line and stores nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'scan.pdf');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const env = { DATABASE_PATH: join(dir, 'idmg.sqlite') };
    const r = idmg(['import', file], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/an image \(a scan\?\)/);
    expect(idmg(['actions', '--json'], env).json()).toEqual([]);
  });
});
