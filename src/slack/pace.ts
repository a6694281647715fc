import type { NextFunction, Request, Response } from 'express';

/**
 * Slack requests being answered right now. Acknowledgements come first: the work a command leaves
 * behind waits until no Slack request is in flight, so a burst of commands is acknowledged at the
 * pace of a bare Bolt app and answered just after it (response_url stays valid for 30 minutes).
 */
export class SlackTraffic {
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  /** Express middleware for /slack/events, mounted before everything else on that route. */
  readonly track = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight += 1;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      this.inFlight -= 1;
      if (this.inFlight === 0) this.release();
    };
    res.once('finish', end);
    res.once('close', end);
    next();
  };

  /** Resolves when no Slack request is in flight, or at `deadline` (epoch ms) whatever the traffic. */
  quiet(deadline: number): Promise<void> {
    const wait = deadline - Date.now();
    if (this.inFlight === 0 || wait <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, wait);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

export interface PaceOptions {
  /** wait for a quiet moment before each job (ack-first HTTP mode) */
  traffic?: SlackTraffic;
  /** the longest a job waits for that quiet moment, counted from when it was queued */
  maxWaitMs?: number;
}

/**
 * The work after an acknowledgement, one piece per turn of the event loop. Under a burst of
 * commands, running them all back to back would hold the loop long enough to delay the next
 * requests' acknowledgements past Slack's patience; taking turns lets every ack out first, and with
 * `traffic` the work also waits for the burst to pass: three seconds at most, the time Slack gives
 * an acknowledgement. An answer through response_url may come minutes later; an ack later than that
 * is an error in front of the person and a retry. (At one second, a burst of a thousand commands —
 * 1.2 s of acknowledgements on the benchmark's machine — had its last acks wait behind answers.)
 */
export function paced(options: PaceOptions = {}): <T>(job: () => Promise<T>) => Promise<T> {
  const { traffic, maxWaitMs = 3000 } = options;
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const deadline = Date.now() + maxWaitMs;
    const run = queue
      .then(() => traffic?.quiet(deadline))
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(job);
    queue = run.catch(() => undefined);
    return run;
  };
}
