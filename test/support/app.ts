import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { AppContext } from '../../src/app/context.js';
import { importMinutes } from '../../src/app/import-minutes.js';
import { fixedClock } from '../../src/clock.js';
import type { Actor } from '../../src/domain/permissions.js';
import { openStore } from '../../src/store/index.js';
import { SAMPLE_MINUTES, tempDir } from './tmp.js';

export const LONDON = 'Europe/London';
export const at = (iso: string) => DateTime.fromISO(iso, { zone: LONDON });
export const CLI: Actor = { kind: 'cli', name: 'secretariat' };

/** A use-case context over a real SQLite file with the real migrations. */
export function testApp(now = '2012-05-01T10:00') {
  const dir = tempDir();
  const store = openStore(join(dir, 'idmg.sqlite'));
  const clock = fixedClock(at(now));
  const ctx: AppContext = { store, clock, timezone: LONDON };
  return { ctx, store, clock, dir };
}

export async function importSample(ctx: AppContext) {
  return importMinutes(ctx, { bytes: readFileSync(SAMPLE_MINUTES), fileName: 'sample.txt', actor: CLI });
}
