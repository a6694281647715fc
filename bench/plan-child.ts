/**
 * Child entry: times reminder planning (planReminders) over the database at argv[2] at 10:00 on the
 * working day before the meeting on argv[3], five times, in a process of its own: the
 * orchestrator's heap after the load runs (and its garbage collector at work on it) is not what a
 * plan meets in the server, and made the same plan take half as long again.
 */
import { DateTime } from 'luxon';
import { loadHolidays } from '../src/app/holidays.js';
import { planReminders } from '../src/app/reminders.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { workingDaysBefore } from '../src/domain/working-days.js';
import { reminderPolicy } from '../src/main.js';
import { openStore } from '../src/store/index.js';

const [path, meetingDate] = process.argv.slice(2);
if (!path || !meetingDate) throw new Error('usage: plan-child.ts DATABASE_PATH MEETING_DATE');
const config = loadConfig({ DATABASE_PATH: path, LOG_LEVEL: 'silent' });
const store = await openStore(path);
const ctx = { store, clock: systemClock(config.timezone), timezone: config.timezone };
const holidays = await loadHolidays(store);
const policy = reminderPolicy(config);
const day = workingDaysBefore(meetingDate, 1, holidays);
const now = DateTime.fromISO(`${day}T10:00`, { zone: config.timezone });
const runsMs: number[] = [];
const cpuMs: number[] = [];
let messages = 0;
for (let i = 0; i < 5; i += 1) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await planReminders(ctx, now, policy, holidays);
  runsMs.push(performance.now() - started);
  const used = process.cpuUsage(cpuBefore);
  cpuMs.push((used.user + used.system) / 1000);
  messages = result.messages.length;
}
await store.close();
process.send?.({ type: 'planned', at: now.toISO(), day, runsMs, cpuMs, messages }, () => process.exit(0));
