import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { listCommittees } from '../app/committees.js';
import type { AppContext } from '../app/context.js';
import { type Clock, fixedClock, offsetClock, systemClock } from '../clock.js';
import { type Config, databaseTarget, loadConfig } from '../config.js';
import { findCommittee } from '../domain/committee.js';
import type { Actor } from '../domain/permissions.js';
import { openStore } from '../store/index.js';
import { type Output, output } from './output.js';

/** Bad arguments: usage and exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  now?: string;
  committee?: string;
}

export interface CliContext {
  app: AppContext;
  /** --committee, checked: the committee's id; undefined when not given */
  committee: string | undefined;
  config: Config;
  out: Output;
  actor: Actor;
  close(): Promise<void>;
}

export function parseNow(value: string, zone: string): DateTime {
  const at = DateTime.fromISO(value, { zone });
  if (!at.isValid) throw new UsageError(`--now: "${value}" is not an ISO date-time such as 2012-08-30T09:00`);
  return at;
}

/** Opens the database and clock the way the server does, with the command's --db and --now. */
export async function cliContext(cmd: Command, env: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  const opts = cmd.optsWithGlobals<GlobalOptions & { by?: string }>();
  const config = loadConfig(env);
  const zone = config.timezone;
  let clock: Clock;
  if (opts.now) clock = fixedClock(parseNow(opts.now, zone));
  else if (config.startAt) clock = offsetClock(config.startAt, zone);
  else clock = systemClock(zone);
  const target = databaseTarget(config, opts.db);
  const store = await openStore(target);
  return {
    app: {
      store,
      clock,
      timezone: zone,
      defaultCommittee: config.committee,
      defaultChannels: { slack: config.slack.channel, teams: config.teams.channel },
    },
    committee: opts.committee,
    config,
    out: output(Boolean(opts.json)),
    actor: { kind: 'cli', name: opts.by?.trim() || 'cli' },
    close: () => store.close(),
  };
}

/** Runs a command body with its context, closing the database whatever happens. */
export function withContext(body: (ctx: CliContext, ...args: never[]) => Promise<void>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const ctx = await cliContext(cmd);
    try {
      if (ctx.committee !== undefined) {
        // An unknown --committee is a usage error (exit 2), named with the known ones.
        const known = await listCommittees(ctx.app);
        const found = findCommittee(ctx.committee, known);
        if (!found)
          throw new UsageError(
            `--committee: unknown committee "${ctx.committee}" (known: ${known.map((c) => c.id).join(', ')})`,
          );
        ctx.committee = found.id;
      }
      await (body as (ctx: CliContext, ...a: unknown[]) => Promise<void>)(ctx, ...args.slice(0, -1));
    } finally {
      await ctx.close();
    }
  };
}
