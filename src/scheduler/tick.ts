import cron from 'node-cron';
import type { Delivery } from '../app/delivery.js';
import type { Logger } from '../logger.js';

export interface SchedulerDeps {
  delivery: Delivery;
  logger: Logger;
}

/**
 * node-cron only ticks, once a minute; what is due lives in SQLite, so a restart or a missed tick
 * loses nothing. The tick is the only place that reads the real clock (through the app's clock).
 */
export function startScheduler(deps: SchedulerDeps): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const task = cron.schedule(
    '* * * * *',
    () => {
      running = deps.delivery.flushDue().catch((error: unknown) => {
        deps.logger.error({ err: String(error) }, 'scheduler tick failed');
      });
      return running;
    },
    { name: 'idmg-tick', noOverlap: true },
  );
  // Catch up at start: anything recorded before a restart and not yet sent goes now.
  running = deps.delivery
    .flushDue()
    .catch((error: unknown) => deps.logger.error({ err: String(error) }, 'catch-up failed'));
  return {
    async stop() {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
