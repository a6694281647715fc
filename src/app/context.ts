import type { Clock } from '../clock.js';
import type { Store } from '../store/types.js';

/** What every use case needs: the store, the clock and the committee's settings. */
export interface AppContext {
  store: Store;
  clock: Clock;
  timezone: string;
}
