/**
 * A first-come lock for one connection: a transaction holds it from BEGIN to COMMIT, so another
 * request's statements (on the same connection, between the transaction's awaits) wait instead of
 * landing inside it. Statements outside a transaction take the fast path when it is free.
 */
export class ConnectionLock {
  private tail: Promise<void> = Promise.resolve();
  private held = 0;

  get busy(): boolean {
    return this.held > 0;
  }

  async hold<T>(fn: () => Promise<T>): Promise<T> {
    const before = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.held += 1;
    try {
      await before;
      return await fn();
    } finally {
      this.held -= 1;
      release();
    }
  }
}
