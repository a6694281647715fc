/** Child entry: seeds the database at argv[2] and reports the summary over IPC. */
import { seedDatabase } from './seed.js';

const path = process.argv[2];
if (!path) throw new Error('usage: seed-child.ts DATABASE_PATH');
const scale = Number(process.argv[3] ?? 1);
const summary = await seedDatabase(path, undefined, scale);
process.send?.({ type: 'seeded', summary }, () => process.exit(0));
