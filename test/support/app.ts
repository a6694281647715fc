import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { onTestFinished } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { importMinutes } from '../../src/app/import-minutes.js';
import { fixedClock } from '../../src/clock.js';
import type { Actor } from '../../src/domain/permissions.js';
import { openStore } from '../../src/store/index.js';
import { testDatabase } from './database.js';
import { SAMPLE_MINUTES, tempDir } from './tmp.js';

export const LONDON = 'Europe/London';
export const at = (iso: string) => DateTime.fromISO(iso, { zone: LONDON });
export const CLI: Actor = { kind: 'cli', name: 'secretariat' };

/** A use-case context over a real database (SQLite, or PostgreSQL: see database.ts), migrated. */
export async function testApp(now = '2012-05-01T10:00') {
  const dir = tempDir();
  const store = await openStore(await (await testDatabase(dir)).open());
  onTestFinished(() => store.close());
  const clock = fixedClock(at(now));
  const ctx: AppContext = { store, clock, timezone: LONDON };
  return { ctx, store, clock, dir };
}

export async function importSample(ctx: AppContext) {
  return importMinutes(ctx, { bytes: readFileSync(SAMPLE_MINUTES), fileName: 'sample.txt', actor: CLI });
}
