import type { Clock } from '../clock.js';
import type { Store } from '../store/types.js';

/** What every use case needs: the store, the clock and the deployment's settings. */
export interface AppContext {
  store: Store;
  clock: Clock;
  timezone: string;
  /** IDMG_COMMITTEE: where things go that name no committee (default idmg) */
  defaultCommittee?: string;
  /** IDMG_SLACK_CHANNEL / IDMG_TEAMS_CHANNEL: the default committee's channels where the database names none */
  defaultChannels?: { slack?: string | undefined; teams?: string | undefined };
}

export const defaultCommitteeId = (ctx: AppContext): string => ctx.defaultCommittee ?? 'idmg';

/** The committee's date now (YYYY-MM-DD, in its time zone): what "today" means to members. */
export function committeeToday(ctx: AppContext): string {
  return ctx.clock.now().setZone(ctx.timezone).toISODate() as string;
}
