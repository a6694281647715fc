import type { AppContext } from '../app/context.js';
import type { Delivery } from '../app/delivery.js';
import type { Config } from '../config.js';

/**
 * The same senders the running bot uses, so `idmg reminders` and `idmg round` deliver as it would.
 * Loaded only by the commands that send: `idmg next` or `idmg actions` never load Slack or Teams.
 */
export async function cliDelivery(config: Config, app: AppContext): Promise<Delivery> {
  const [{ Delivery }, { createLogger }, { createTeamsSender }] = await Promise.all([
    import('../app/delivery.js'),
    import('../logger.js'),
    import('../teams/app.js'),
  ]);
  // The CLI's own output is the report; logs go to stderr only when asked for.
  const logger = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', {
    write: (s: string) => process.stderr.write(s),
  });
  const slack = config.slack.botToken
    ? (await import('../slack/app.js')).createSlackSender(
        { botToken: config.slack.botToken, apiUrl: config.slack.apiUrl, marking: config.marking },
        logger,
      )
    : undefined;
  const teams = createTeamsSender({ ...config.teams, marking: config.marking }, app);
  return new Delivery(app, { ...(slack ? { slack } : {}), teams }, logger, config.outboxLeaseSeconds);
}
