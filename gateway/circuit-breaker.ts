/** When a subgraph that keeps failing is short-circuited, and for how long. */
export interface BreakerSettings {
  /** Consecutive failures (unreachable, reset, timed out, HTTP 5xx) that open the breaker. */
  readonly failures: number;
  /** How long an open breaker refuses at once before letting one probe through. */
  readonly openMs: number;
}

export const DEFAULT_BREAKER: BreakerSettings = { failures: 5, openMs: 5_000 };

/**
 * A circuit breaker for one subgraph. Closed: every request goes through. After `failures`
 * consecutive failures it opens: requests are refused at once for `openMs`, instead of each waiting
 * the full timeout on a subgraph that is down or hung. Then it lets one request through (half-open):
 * its success closes the breaker, its failure opens it again.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openUntil = 0;
  private probing = false;

  constructor(
    private readonly settings: BreakerSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a request may go to the subgraph now; when it may, report its outcome with `succeeded` or `failed`. */
  admit(): boolean {
    if (this.consecutiveFailures < this.settings.failures) return true;
    if (this.now() < this.openUntil || this.probing) return false;
    this.probing = true;
    return true;
  }

  /** Records a success; true when it closed an open breaker. */
  succeeded(): boolean {
    const wasOpen = this.consecutiveFailures >= this.settings.failures;
    this.consecutiveFailures = 0;
    this.probing = false;
    return wasOpen;
  }

  /** Records a failure; true when it opened the breaker (not when a probe failed again). */
  failed(): boolean {
    this.consecutiveFailures += 1;
    this.probing = false;
    if (this.consecutiveFailures < this.settings.failures) return false;
    this.openUntil = this.now() + this.settings.openMs;
    return this.consecutiveFailures === this.settings.failures;
  }

  /**
   * Records a failure that leaves no doubt — nothing has listened on the subgraph's port for the
   * whole reconnect window — and opens the breaker at once, whatever the count; true when it opened it.
   */
  tripped(): boolean {
    const wasOpen = this.consecutiveFailures >= this.settings.failures;
    this.consecutiveFailures = Math.max(this.consecutiveFailures + 1, this.settings.failures);
    this.probing = false;
    this.openUntil = this.now() + this.settings.openMs;
    return !wasOpen;
  }

  /** An admitted request ended without saying anything about the subgraph's health (e.g. refused by the concurrency cap). */
  released(): void {
    this.probing = false;
  }
}
