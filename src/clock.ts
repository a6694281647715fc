import { DateTime } from 'luxon';

/** The one way code learns the time: rules take `now`, only entry points hold a Clock. */
export interface Clock {
  now(): DateTime;
}

/** The real clock, in the committee's zone. */
export function systemClock(zone: string): Clock {
  return { now: () => DateTime.now().setZone(zone) };
}

/** A clock that starts at `start` and runs on in real time from there (IDMG_NOW). */
export function offsetClock(start: DateTime, zone: string): Clock {
  const offsetMs = start.toMillis() - Date.now();
  return { now: () => DateTime.fromMillis(Date.now() + offsetMs, { zone }) };
}

/** A clock that says the same instant until moved: for the CLI's --now and for tests. */
export function fixedClock(at: DateTime): Clock & { set(t: DateTime): void } {
  let current = at;
  return {
    now: () => current,
    set: (t) => {
      current = t;
    },
  };
}
