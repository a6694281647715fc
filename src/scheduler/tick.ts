import cron from 'node-cron';
import type { AppContext } from '../app/context.js';
import type { Delivery } from '../app/delivery.js';
import { loadHolidays, refreshBankHolidays } from '../app/holidays.js';
import { runDue } from '../app/reminders.js';
import type { RoundSettings } from '../app/rounds.js';
import type { ReminderPolicy } from '../domain/reminder-policy.js';
import type { Logger } from '../logger.js';

export interface SchedulerDeps {
  app: AppContext;
  delivery: Delivery;
  policy: ReminderPolicy;
  rounds: RoundSettings;
  bankHolidaysUrl: string | undefined;
  logger: Logger;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * node-cron only ticks, once a minute, and calls runDue(now); what is due lives in SQLite, so a
 * restart or a missed tick loses nothing. The first tick runs at start: a run missed while the bot
 * was down is caught up then (runDue sends only the latest step still due).
 */
export function startScheduler(deps: SchedulerDeps): { stop(): Promise<void>; tick(): Promise<void> } {
  const log = deps.logger.child({ component: 'scheduler' });
  let lastRefresh = 0;
  let running: Promise<void> = Promise.resolve();

  const refreshHolidays = async () => {
    if (!deps.bankHolidaysUrl || Date.now() - lastRefresh < DAY_MS) return;
    lastRefresh = Date.now();
    try {
      const n = await refreshBankHolidays(
        deps.app.store,
        deps.bankHolidaysUrl,
        deps.app.clock.now().toUTC().toISO() as string,
      );
      log.info({ dates: n }, 'bank holidays refreshed from the official list');
    } catch (error) {
      log.warn({ err: String(error) }, 'bank holidays not refreshed; using the cached or offline list');
    }
  };

  const tick = async () => {
    try {
      await refreshHolidays();
      const result = await runDue(
        deps.app,
        deps.delivery,
        deps.app.clock.now(),
        deps.policy,
        await loadHolidays(deps.app.store),
      );
      if (result.recorded.length || result.flushed.sent || result.flushed.failed) {
        log.info(
          { recorded: result.recorded.length, ...result.flushed, unreachable: result.unreachable },
          'reminder run',
        );
      }
    } catch (error) {
      log.error({ err: String(error) }, 'scheduler tick failed');
    }
  };

  const task = cron.schedule(
    '* * * * *',
    () => {
      running = tick();
      return running;
    },
    { name: 'idmg-tick', noOverlap: true },
  );
  running = tick();
  return {
    tick: () => {
      running = running.then(tick);
      return running;
    },
    async stop() {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
