import type { Clock } from '../clock.js';
import type { Store } from '../store/types.js';

/** What every use case needs: the store, the clock and the committee's settings. */
export interface AppContext {
  store: Store;
  clock: Clock;
  timezone: string;
}

/** The committee's date now (YYYY-MM-DD, in its time zone): what "today" means to members. */
export function committeeToday(ctx: AppContext): string {
  return ctx.clock.now().setZone(ctx.timezone).toISODate() as string;
}
