import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs. Secrets are redacted by key wherever they appear in a logged object. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'idmg-bot' },
      redact: {
        paths: [
          '*.token',
          '*.botToken',
          '*.appToken',
          '*.signingSecret',
          '*.appPassword',
          '*.password',
          '*.authorization',
          'headers.authorization',
          '*.headers.authorization',
          'req.headers.authorization',
          'req.headers["x-slack-signature"]',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
