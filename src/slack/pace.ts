import type { NextFunction, Request, Response } from 'express';

/**
 * Slack requests being answered right now. Acknowledgements come first: the work a command leaves
 * behind waits until no Slack request is in flight, so a burst of commands is acknowledged at the
 * pace of a bare Bolt app and answered just after it (response_url stays valid for 30 minutes).
 */
export class SlackTraffic {
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  /** when the last request in flight ended (epoch ms) */
  private lastEnd = 0;
  private settling: NodeJS.Timeout | undefined;

  /**
   * @param settleMs how long no request may be in flight before the traffic counts as quiet: under
   * a burst from many clients the count touches zero between one request's answer and the next
   * request, and work released at each such instant would run between the acknowledgements.
   */
  constructor(private readonly settleMs = 25) {}

  /** Express middleware for /slack/events, mounted before everything else on that route. */
  readonly track = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight += 1;
    if (this.settling) {
      clearTimeout(this.settling);
      this.settling = undefined;
    }
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      this.inFlight -= 1;
      this.lastEnd = Date.now();
      if (this.inFlight === 0) this.settling = setTimeout(() => this.release(), this.settleMs);
    };
    res.once('finish', end);
    res.once('close', end);
    next();
  };

  /** Resolves once no Slack request has been in flight for a moment, or at `deadline` (epoch ms). */
  quiet(deadline: number): Promise<void> {
    const wait = deadline - Date.now();
    const settled = this.inFlight === 0 && Date.now() - this.lastEnd >= this.settleMs;
    if (settled || wait <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, wait);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private release(): void {
    this.settling = undefined;
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
