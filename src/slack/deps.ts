import type { WebClient } from '@slack/web-api';
import type { RoundDeps } from '../app/chat.js';
import type { AppContext } from '../app/context.js';
import type { Delivery } from '../app/delivery.js';
import type { Logger } from '../logger.js';
import type { SlackTraffic } from './pace.js';

/** What every Slack listener needs. */
export interface SlackDeps {
  app: AppContext;
  delivery: Delivery;
  logger: Logger;
  marking: string;
  botToken: string;
  apiUrl: string | undefined;
  client: WebClient;
  rounds: RoundDeps;
  /** Slack requests in flight, in ack-first HTTP mode: the command work waits for a quiet moment */
  traffic: SlackTraffic | undefined;
}
