import cron from 'node-cron';
import type { AppContext } from '../app/context.js';
import type { Delivery } from '../app/delivery.js';
import { loadHolidays, refreshBankHolidays } from '../app/holidays.js';
import { type PlanMemo, runDue } from '../app/reminders.js';
import { type RoundSettings, runRounds } from '../app/rounds.js';
import { sendUpdatePapers } from '../app/update-paper.js';
import { utcNow } from '../clock.js';
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
 * node-cron only ticks, once a minute, and calls the reminders, the quarterly round and the update
 * papers with the current time; what is due lives in SQLite, so a restart or a missed tick loses
 * nothing. The first tick runs at start: a run missed while the bot was down is caught up then
 * (runDue sends only the latest step still due; a round past its deadline is closed).
 */
/** How long a handled request's claim is kept: far longer than any platform redelivers. */
const EVENT_CLAIM_DAYS = 2;
const CATCH_UP_DELAY_MS = 100;

export function startScheduler(deps: SchedulerDeps): { stop(): Promise<void>; tick(): Promise<void> } {
  const log = deps.logger.child({ component: 'scheduler' });
  let lastRefresh = 0;
  let running: Promise<void> = Promise.resolve();
  const plans: PlanMemo = new Map();

  const refreshHolidays = async () => {
    if (!deps.bankHolidaysUrl || Date.now() - lastRefresh < DAY_MS) return;
    lastRefresh = Date.now();
    try {
      const n = await refreshBankHolidays(deps.app.store, deps.bankHolidaysUrl, utcNow(deps.app.clock));
      log.info({ dates: n }, 'bank holidays refreshed from the official list');
    } catch (error) {
      log.warn({ err: String(error) }, 'bank holidays not refreshed; using the cached or offline list');
    }
  };

  // Each job is guarded on its own: a failing round must not stop the reminders, nor the reverse.
  const guarded = async (job: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      log.error({ err: String(error), job }, 'scheduler job failed');
    }
  };

  const tick = async () => {
    await guarded('bank holidays', refreshHolidays);
    const now = deps.app.clock.now();
    // Every job counts working days; without the calendar none can run this minute.
    const holidays = await loadHolidays(deps.app.store).catch((error: unknown) => {
      log.error({ err: String(error) }, 'scheduler tick failed');
      return null;
    });
    if (!holidays) return;
    await guarded('reminders', async () => {
      const result = await runDue(deps.app, deps.delivery, now, deps.policy, holidays, { memo: plans });
      if (result.recorded.length || result.flushed.sent || result.flushed.failed) {
        log.info(
          { recorded: result.recorded.length, ...result.flushed, unreachable: result.unreachable },
          'reminder run',
        );
      }
    });
    // The Strategy Board's quarter: open the round, chase, close and send the report, each once.
    await guarded('rounds', () => runRounds(deps.app, deps.delivery, deps.rounds, holidays, now));
    await guarded('update papers', async () => {
      const sent = await sendUpdatePapers(deps.app, deps.delivery, deps.rounds, deps.policy, holidays, now);
      if (sent) log.info({ recipients: sent }, 'update paper sent');
    });
    // Claims of handled requests are needed only while a redelivery may come (Slack: within the hour).
    await guarded('housekeeping', async () => {
      await deps.app.store.events.prune(now.minus({ days: EVENT_CLAIM_DAYS }).toUTC().toISO() as string);
    });
  };

  // Ticks run one after another, whoever asks: a minute's tick that came while an asked-for one ran
  // (a test's, or the catch-up) waits for it rather than running beside it on the same records.
  const task = cron.schedule(
    '* * * * *',
    () => {
      running = running.then(tick);
      return running;
    },
    { name: 'idmg-tick', noOverlap: true },
  );
  // The catch-up tick runs a moment after start-up (0.1 s): the server listens and its start-up
  // lines are written first (pino writes them one after another, each on a turn of the event loop),
  // and a tick's planning never holds up start-up itself or a platform's first health check.
  let first: NodeJS.Timeout | undefined = setTimeout(() => {
    first = undefined;
    running = running.then(tick);
  }, CATCH_UP_DELAY_MS);
  return {
    tick: () => {
      // Asked for before the catch-up tick began: this one is it.
      if (first) clearTimeout(first);
      first = undefined;
      running = running.then(tick);
      return running;
    },
    async stop() {
      if (first) clearTimeout(first);
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
