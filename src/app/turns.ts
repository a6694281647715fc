/**
 * Gives the event loop a turn. Work that runs long on SQLite (a reminder run over thousands of
 * actions: every statement is synchronous underneath) calls this now and then, so requests and log
 * writes that arrived meanwhile are served in between instead of after it.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Every `every` calls, one turn; a counter for a loop. */
export function turnEvery(every: number): () => Promise<void> {
  let n = 0;
  return async () => {
    n += 1;
    if (n % every === 0) await nextTurn();
  };
}
