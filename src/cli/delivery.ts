import type { AppContext } from '../app/context.js';
import { Delivery } from '../app/delivery.js';
import type { Config } from '../config.js';
import { createLogger } from '../logger.js';
import { createSlackSender } from '../slack/app.js';
import { createTeamsSender } from '../teams/app.js';

/** The same senders the running bot uses, so `idmg reminders` and `idmg round` deliver as it would. */
export function cliDelivery(config: Config, app: AppContext): Delivery {
  // The CLI's own output is the report; logs go to stderr only when asked for.
  const logger = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', {
    write: (s: string) => process.stderr.write(s),
  });
  const slack = config.slack.botToken
    ? createSlackSender(
        { botToken: config.slack.botToken, apiUrl: config.slack.apiUrl, marking: config.marking },
        logger,
      )
    : undefined;
  const teams = createTeamsSender({ ...config.teams, marking: config.marking }, app);
  return new Delivery(app, { ...(slack ? { slack } : {}), teams }, logger);
}
