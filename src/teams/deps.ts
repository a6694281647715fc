import type { CloudAdapter } from 'botbuilder';
import type { RoundDeps } from '../app/chat.js';
import type { AppContext } from '../app/context.js';
import type { Delivery } from '../app/delivery.js';
import type { Logger } from '../logger.js';

export interface TeamsDeps {
  app: AppContext;
  delivery: Delivery;
  adapter: CloudAdapter;
  appId: string;
  marking: string;
  logger: Logger;
  /** local mode: no credentials, loopback callers only (Agents Playground, Emulator) */
  localMode: boolean;
  rounds: RoundDeps;
}
