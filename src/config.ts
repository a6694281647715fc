import { DateTime, IANAZone } from 'luxon';
// zod's mini build: the same checks with functions esbuild can leave out when unused, a tenth of
// the code for `idmg` and the server to load at every start (the full build is 580 KB).
import * as z from 'zod/mini';
import { isPostgresUrl } from './store/target.js';

/** A start-up failure that names the offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const text = () => z.string().check(z.trim());

const optionalText = z.optional(
  z.pipe(
    text(),
    z.transform((v) => (v === '' ? undefined : v)),
  ),
);

/** An optional value that, when given, must pass `test`. */
const optionalChecked = (test: (v: string) => boolean, what: string) =>
  optionalText.check(z.refine((v) => v === undefined || test(v), what));

/** A whole number from `min` to `max`, read from the variable's text. */
const whole = (min: number, max: number, dflt: number) => {
  const what = `a whole number from ${min} to ${max}`;
  return z._default(
    z.coerce.number(what).check(z.multipleOf(1, what), z.minimum(min, what), z.maximum(max, what)),
    dflt,
  );
};

const oneOf = <const T extends readonly string[]>(values: T) => z.enum(values, `one of ${values.join(', ')}`);

const reminderDays = z
  .pipe(
    text().check(
      z.regex(/^\d{1,2}(\s*,\s*\d{1,2})*$/, 'a comma-separated list of working days, e.g. 10,5,1'),
    ),
    z.transform((v) =>
      [...new Set(v.split(',').map((d) => Number.parseInt(d, 10)))]
        .filter((d) => d > 0)
        .sort((a, b) => b - a),
    ),
  )
  .check(z.refine((days) => days.length > 0, 'at least one day greater than 0'));

const schema = z.object({
  PORT: whole(0, 65535, 3978),
  DATABASE_PATH: z._default(
    text().check(
      z.minLength(1, 'a SQLite file’s path'),
      // A URL here would be taken for a file name (a SQLite file called "postgres:"): said instead.
      z.refine((v) => !isPostgresUrl(v), 'a SQLite file’s path; a PostgreSQL URL goes in DATABASE_URL'),
    ),
    './data/idmg.sqlite',
  ),
  // PostgreSQL, for several replicas or a platform without a lasting disk; wins over DATABASE_PATH.
  DATABASE_URL: optionalChecked(
    (v) => isPostgresUrl(v) && URL.canParse(v),
    'a PostgreSQL URL such as postgres://idmg@db.example/idmg (or empty for SQLite at DATABASE_PATH)',
  ),
  IDMG_OUTBOX_LEASE_S: whole(5, 86_400, 120),
  IDMG_TIMEZONE: z._default(
    text().check(z.refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone such as Europe/London')),
    'Europe/London',
  ),
  IDMG_NOW: optionalChecked(
    (v) => DateTime.fromISO(v, { setZone: true }).isValid,
    'an ISO 8601 date-time such as 2012-08-30T09:00',
  ),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalChecked((v) => URL.canParse(v), 'a URL such as https://slack.com/api/'),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z.optional(
    z.pipe(optionalText, z.optional(oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']))),
  ),
  IDMG_SLACK_CHANNEL: optionalText,
  IDMG_TEAMS_CHANNEL: optionalText,
  IDMG_COMMITTEE: z._default(
    text().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a committee id such as idmg or strategy-board')),
    'idmg',
  ),
  IDMG_REMINDER_DAYS: z._default(reminderDays, [10, 5, 1]),
  IDMG_REMINDER_TIME: z._default(
    text().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour local time such as 09:00')),
    '09:00',
  ),
  IDMG_QUARTERS: z._default(oneOf(['calendar', 'financial']), 'calendar'),
  IDMG_ROUND_CHASE_DAYS: whole(0, 60, 3),
  IDMG_CALENDAR_TOKEN: optionalText,
  IDMG_MARKING: z._default(
    text().check(z.minLength(1, 'a protective marking'), z.maxLength(100, 'at most 100 characters')),
    'OFFICIAL',
  ),
  IDMG_BANK_HOLIDAYS_URL: z._default(
    text().check(
      z.refine((v) => v === '' || URL.canParse(v), 'a URL, or empty to use the offline list only'),
    ),
    'https://www.gov.uk/bank-holidays.json',
  ),
  LOG_LEVEL: z._default(oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
});

type Env = z.infer<typeof schema>;

export interface Config {
  port: number;
  databasePath: string;
  /** DATABASE_URL: PostgreSQL instead of the SQLite file */
  databaseUrl: string | undefined;
  /** how long a claimed message is held before another replica may take it over */
  outboxLeaseSeconds: number;
  timezone: string;
  /** IDMG_COMMITTEE: the committee that `next` answers for and that new things go to */
  committee: string;
  /** when set, the clock starts at this instant (demos, rehearsals, tests) */
  startAt: DateTime | undefined;
  slack: { botToken?: string; signingSecret?: string; appToken?: string; apiUrl?: string; channel?: string };
  teams: { appId?: string; appPassword?: string; tenantId?: string; appType?: string; channel?: string };
  reminders: { days: number[]; time: string };
  quarters: 'calendar' | 'financial';
  roundChaseDays: number;
  calendarToken: string | undefined;
  marking: string;
  /** GOV.UK's bank-holidays.json; undefined: offline list only */
  bankHolidaysUrl: string | undefined;
  logLevel: Env['LOG_LEVEL'];
}

/** Parses every variable once; nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const relevant = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((key) => env[key] !== undefined)
      .map((key) => [key, env[key]]),
  );
  const parsed = schema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    // Never echo a secret back into a log or terminal (a database URL may hold a password).
    const shown = /TOKEN|SECRET|PASSWORD|DATABASE_URL/.test(variable)
      ? ''
      : ` (got ${JSON.stringify(env[variable])})`;
    throw new ConfigError(`${variable}: ${issue?.message ?? 'invalid value'}${shown}`);
  }
  const e = parsed.data;
  const slackGiven = [e.SLACK_BOT_TOKEN, e.SLACK_SIGNING_SECRET].filter(Boolean).length;
  if (slackGiven === 1) {
    throw new ConfigError(
      `${e.SLACK_BOT_TOKEN ? 'SLACK_SIGNING_SECRET' : 'SLACK_BOT_TOKEN'}: Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET`,
    );
  }
  if (e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_PASSWORD && e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    throw new ConfigError(
      'MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_ID (unless MICROSOFT_APP_TYPE=UserAssignedMSI)',
    );
  }
  if (e.MICROSOFT_APP_TYPE === 'SingleTenant' && !e.MICROSOFT_APP_TENANT_ID) {
    throw new ConfigError('MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE=SingleTenant');
  }
  const startAt = e.IDMG_NOW ? DateTime.fromISO(e.IDMG_NOW, { zone: e.IDMG_TIMEZONE }) : undefined;
  return Object.freeze({
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL,
    outboxLeaseSeconds: e.IDMG_OUTBOX_LEASE_S,
    timezone: e.IDMG_TIMEZONE,
    committee: e.IDMG_COMMITTEE,
    startAt,
    slack: strip({
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      channel: e.IDMG_SLACK_CHANNEL,
    }),
    teams: strip({
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      channel: e.IDMG_TEAMS_CHANNEL,
    }),
    reminders: { days: e.IDMG_REMINDER_DAYS, time: e.IDMG_REMINDER_TIME },
    quarters: e.IDMG_QUARTERS,
    roundChaseDays: e.IDMG_ROUND_CHASE_DAYS,
    calendarToken: e.IDMG_CALENDAR_TOKEN,
    marking: e.IDMG_MARKING,
    bankHolidaysUrl: e.IDMG_BANK_HOLIDAYS_URL || undefined,
    logLevel: e.LOG_LEVEL,
  });
}

function strip<T extends Record<string, string | undefined>>(o: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: string;
  };
}

/** Where the record lives: `--db` wins, then DATABASE_URL, then DATABASE_PATH (DESIGN.md). */
export function databaseTarget(config: Config, db?: string): string {
  return db ?? config.databaseUrl ?? config.databasePath;
}

export { describeDatabase } from './store/target.js';
