import { DEFAULT_BREAKER, type BreakerSettings } from './circuit-breaker';

/** How the gateway protects itself, and the client, from one subgraph that fails, hangs or answers too much. */
export interface SubgraphResilience {
  readonly breaker: BreakerSettings;
  /** Requests to one subgraph at once (`SUBGRAPH_MAX_CONCURRENT`). */
  readonly maxConcurrent: number;
  /**
   * Requests that may wait for one of those slots (`SUBGRAPH_MAX_QUEUED`); the rest are refused at
   * once, `UNAVAILABLE` on the fields they were to fill. Short: a long queue only turns overload
   * into a timeout later.
   */
  readonly maxQueued: number;
  /**
   * How long a request is sent again while its subgraph refuses connections, as it does while it
   * restarts (`SUBGRAPH_RECONNECT_MS`): a refused request reached nothing, so any operation may be
   * sent again; a query whose connection was reset too. 0: a reset query is sent once more, at once, only.
   */
  readonly reconnectMs: number;
  /** Largest answer accepted from a subgraph, in bytes (`SUBGRAPH_MAX_RESPONSE_BYTES`). */
  readonly maxResponseBytes: number;
}

export const DEFAULT_RESILIENCE: SubgraphResilience = {
  breaker: DEFAULT_BREAKER,
  maxConcurrent: 64,
  maxQueued: 8,
  reconnectMs: 5_000,
  maxResponseBytes: 32 * 1024 * 1024,
};

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/**
 * `SUBGRAPH_BREAKER_FAILURES`, `SUBGRAPH_BREAKER_OPEN_MS`, `SUBGRAPH_MAX_CONCURRENT`,
 * `SUBGRAPH_MAX_RESPONSE_BYTES`: positive whole numbers; `SUBGRAPH_MAX_QUEUED` and
 * `SUBGRAPH_RECONNECT_MS`: whole numbers (0: no waiting); or the defaults.
 */
export function resilienceFromEnv(env: NodeJS.ProcessEnv = process.env): SubgraphResilience {
  return {
    breaker: {
      failures: positiveInteger('SUBGRAPH_BREAKER_FAILURES', env.SUBGRAPH_BREAKER_FAILURES, DEFAULT_RESILIENCE.breaker.failures),
      openMs: positiveInteger('SUBGRAPH_BREAKER_OPEN_MS', env.SUBGRAPH_BREAKER_OPEN_MS, DEFAULT_RESILIENCE.breaker.openMs),
    },
    maxConcurrent: positiveInteger('SUBGRAPH_MAX_CONCURRENT', env.SUBGRAPH_MAX_CONCURRENT, DEFAULT_RESILIENCE.maxConcurrent),
    maxQueued: wholeNumber('SUBGRAPH_MAX_QUEUED', env.SUBGRAPH_MAX_QUEUED, DEFAULT_RESILIENCE.maxQueued),
    reconnectMs: wholeNumber('SUBGRAPH_RECONNECT_MS', env.SUBGRAPH_RECONNECT_MS, DEFAULT_RESILIENCE.reconnectMs),
    maxResponseBytes: positiveInteger('SUBGRAPH_MAX_RESPONSE_BYTES', env.SUBGRAPH_MAX_RESPONSE_BYTES, DEFAULT_RESILIENCE.maxResponseBytes),
  };
}
