/** Thrown when as many requests are already running and waiting as may. */
export class ConcurrencyLimitError extends Error {}

/**
 * At most `running` tasks at once, at most `queued` more waiting for a slot; any further task is
 * refused at once (`ConcurrencyLimitError`) instead of joining an ever longer queue while the work is
 * slow. Waiting is bounded because each running task is (a request's time budget, a subgraph
 * timeout). The gateway caps its requests to each subgraph with one; every service's admission
 * limit (kit/http/admission.ts) is one in front of execution.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly running: number,
    private readonly queued: number,
  ) {}

  /** Runs `task` when a slot is free; `onQueued` is called when it has to wait for one. */
  async run<T>(task: () => Promise<T>, onQueued?: () => void): Promise<T> {
    if (this.active >= this.running) {
      if (this.waiting.length >= this.queued) throw new ConcurrencyLimitError(`over ${this.running} running and ${this.queued} waiting`);
      const turn = new Promise<void>(resolve => this.waiting.push(resolve));
      onQueued?.();
      await turn;
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
