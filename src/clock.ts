import { DateTime } from 'luxon';

/** The one way code learns the time: rules take `now`, only entry points hold a Clock. */
export interface Clock {
  now(): DateTime;
  /** the same instant as epoch milliseconds, without working out the zone's offset */
  nowMs(): number;
}

/**
 * Now as a stored timestamp (UTC ISO, as luxon's toUTC().toISO() writes it). Without luxon: a
 * DateTime in a named zone asks Intl for the offset, and a chat request stamps several of these.
 */
export function utcNow(clock: Clock): string {
  return new Date(clock.nowMs()).toISOString();
}

/** The real clock, in the committee's zone. */
export function systemClock(zone: string): Clock {
  return { now: () => DateTime.now().setZone(zone), nowMs: () => Date.now() };
}

/** A clock that starts at `start` and runs on in real time from there (IDMG_NOW). */
export function offsetClock(start: DateTime, zone: string): Clock {
  const offsetMs = start.toMillis() - Date.now();
  return {
    now: () => DateTime.fromMillis(Date.now() + offsetMs, { zone }),
    nowMs: () => Date.now() + offsetMs,
  };
}

/** A clock that says the same instant until moved: for the CLI's --now and for tests. */
export function fixedClock(at: DateTime): Clock & { set(t: DateTime): void } {
  let current = at;
  return {
    now: () => current,
    nowMs: () => current.toMillis(),
    set: (t) => {
      current = t;
    },
  };
}
