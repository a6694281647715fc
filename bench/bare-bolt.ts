/** The baseline: a bare Bolt App on an ExpressReceiver whose /idmg handler only acknowledges. */
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver, type Logger, LogLevel } from '@slack/bolt';

export const silentBoltLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

export interface BareBolt {
  port: number;
  stop(): Promise<void>;
}

export async function startBareBolt(
  signingSecret: string,
  botToken: string,
  apiUrl: string,
): Promise<BareBolt> {
  const receiver = new ExpressReceiver({
    signingSecret,
    endpoints: '/slack/events',
    processBeforeResponse: false,
    logger: silentBoltLogger,
  });
  const app = new App({
    token: botToken,
    receiver,
    logger: silentBoltLogger,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
  });
  app.command('/idmg', async ({ ack }) => {
    await ack('ok');
  });
  const server = await receiver.start({ port: 0, host: '127.0.0.1' });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => receiver.stop(),
  };
}
