import type { ServerResponse } from 'node:http';
import { ConcurrencyLimit, ConcurrencyLimitError } from '../limits/concurrency-limit';

/**
 * How many requests a service (every subgraph, and the gateway) executes at once, and how many more
 * may wait. Past both, a request is answered HTTP 503 with `Retry-After` at once: under overload a
 * caller learns in milliseconds to come back, instead of every request waiting in an ever longer
 * queue until all of them time out (a latency collapse). Health and readiness are never subject to it.
 */
export interface AdmissionSettings {
  /** Requests executing at once (`MAX_IN_FLIGHT`). */
  readonly maxInFlight: number;
  /** Requests waiting for a slot (`MAX_QUEUED`); 0 refuses as soon as all slots are taken. */
  readonly maxQueued: number;
  /** Seconds a refused caller is told to wait (`Retry-After`). */
  readonly retryAfterSeconds: number;
  /** Test hook: sees each request that waits, and holds each admitted one until it resolves. */
  readonly probe?: AdmissionProbe;
}

export interface AdmissionProbe {
  /** Awaited by every admitted request before it executes. */
  admitted(): Promise<void>;
  /** Called when a request joins the queue. */
  queued(): void;
}

export const DEFAULT_ADMISSION: AdmissionSettings = { maxInFlight: 32, maxQueued: 32, retryAfterSeconds: 1 };

function wholeNumber(name: string, raw: string | undefined, fallback: number, least: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be a whole number of at least ${least}, got "${raw}"`);
  return value;
}

/** `MAX_IN_FLIGHT` (≥ 1), `MAX_QUEUED` (≥ 0) and `RETRY_AFTER_SECONDS` (≥ 1), or the defaults. */
export function admissionFromEnv(env: NodeJS.ProcessEnv = process.env): AdmissionSettings {
  return {
    maxInFlight: wholeNumber('MAX_IN_FLIGHT', env.MAX_IN_FLIGHT, DEFAULT_ADMISSION.maxInFlight, 1),
    maxQueued: wholeNumber('MAX_QUEUED', env.MAX_QUEUED, DEFAULT_ADMISSION.maxQueued, 0),
    retryAfterSeconds: wholeNumber('RETRY_AFTER_SECONDS', env.RETRY_AFTER_SECONDS, DEFAULT_ADMISSION.retryAfterSeconds, 1),
  };
}

/** The answer to a refused request: 503, `Retry-After`, and a GraphQL error `UNAVAILABLE`. */
export const OVERLOADED_MESSAGE = 'Too many requests in progress; retry later';

function refuse(response: ServerResponse, retryAfterSeconds: number): void {
  response
    .writeHead(503, { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) })
    .end(JSON.stringify({ errors: [{ message: OVERLOADED_MESSAGE, extensions: { code: 'UNAVAILABLE' } }] }));
}

export interface Admission {
  /**
   * Runs `execute` once admitted; answers 503 at once when the service is full, and resolves
   * `false` then. The slot is held until `execute` settles (the answer is written).
   */
  run(response: ServerResponse, execute: () => Promise<void>): Promise<boolean>;
}

export function createAdmission(settings: AdmissionSettings = DEFAULT_ADMISSION): Admission {
  const limit = new ConcurrencyLimit(settings.maxInFlight, settings.maxQueued);
  const { probe } = settings;
  return {
    async run(response, execute) {
      let admitted = false;
      try {
        await limit.run(
          async () => {
            admitted = true;
            await probe?.admitted();
            await execute();
          },
          probe && (() => probe.queued()),
        );
        return true;
      } catch (error) {
        if (admitted || !(error instanceof ConcurrencyLimitError)) throw error;
        refuse(response, settings.retryAfterSeconds);
        return false;
      }
    },
  };
}
