/**
 * The work after an acknowledgement, one piece per turn of the event loop. Under a burst of
 * commands, running them all back to back would hold the loop long enough to delay the next
 * requests' acknowledgements past Slack's patience; taking turns lets every ack out first.
 */
export function paced(): <T>(job: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = queue.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(job);
    queue = run.catch(() => undefined);
    return run;
  };
}
