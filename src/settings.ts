/**
 * The use cases' settings read from the configuration: shared by the server and the CLI, so the CLI
 * need not load the server (and with it Slack, Teams and Express) to run a reminder or a round.
 */
import type { RoundSettings } from './app/rounds.js';
import type { Config } from './config.js';
import type { ReminderPolicy } from './domain/reminder-policy.js';

export function roundSettings(config: Config): RoundSettings {
  return {
    scheme: config.quarters,
    chaseDays: config.roundChaseDays,
    time: config.reminders.time,
    marking: config.marking,
    slackChannel: config.slack.channel,
    teamsChannel: config.teams.channel,
  };
}

export function reminderPolicy(config: Config): ReminderPolicy {
  return { days: config.reminders.days, time: config.reminders.time, zone: config.timezone };
}
