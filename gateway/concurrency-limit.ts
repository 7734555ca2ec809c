/** Thrown when a subgraph already has as many requests running and waiting as it may. */
export class ConcurrencyLimitError extends Error {}

/**
 * At most `running` requests to one subgraph at once, at most `queued` more waiting for a slot; any
 * further request is refused at once (`ConcurrencyLimitError`) instead of joining an ever longer queue
 * while the subgraph is slow. Waiting is bounded too: each running request holds its slot for at most
 * the subgraph timeout.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly running: number,
    private readonly queued: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.running) {
      if (this.waiting.length >= this.queued) throw new ConcurrencyLimitError(`over ${this.running} running and ${this.queued} waiting`);
      await new Promise<void>(resolve => this.waiting.push(resolve));
    } else {
      this.active += 1;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
