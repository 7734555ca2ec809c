import type { Worker } from 'node:cluster';
import { rateLimitedError, type RateLimiter } from './rate-limit';

/**
 * The per-caller rate limit across gateway workers (`GATEWAY_WORKERS` > 1): the primary process
 * holds the one set of buckets, each worker asks it over the cluster's IPC channel. Dividing the
 * limit between workers would be wrong: a client on one keep-alive connection reaches one worker
 * only, and would get a fraction of its allowance. One round trip per request costs tens of
 * microseconds on the primary, which does nothing else (bench/RESULTS.md).
 */

interface TakeRequest {
  readonly kind: 'rate-limit';
  readonly id: number;
  readonly caller: string;
}

interface TakeAnswer {
  readonly kind: 'rate-limit';
  readonly id: number;
  readonly allowed: boolean;
}

/** What a worker's IPC channel needs: `process` in a cluster worker. */
export interface Channel {
  send?(message: TakeRequest, callback: (error: Error | null) => void): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

const isRateLimitMessage = (message: unknown): message is { kind: 'rate-limit' } =>
  typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'rate-limit';

/** The worker's side: each `take` asks the primary, and rejects with `RATE_LIMITED` when it refuses. */
export function sharedRateLimiter(perMinute: number, channel: Channel = process): RateLimiter {
  const waiting = new Map<number, (allowed: boolean) => void>();
  let nextId = 0;
  channel.on('message', message => {
    if (!isRateLimitMessage(message)) return;
    const { id, allowed } = message as TakeAnswer;
    waiting.get(id)?.(allowed);
    waiting.delete(id);
  });
  return {
    take(caller) {
      return new Promise<void>((resolve, reject) => {
        if (!channel.send) throw new Error('the shared rate limit runs in a cluster worker only');
        const id = nextId++;
        waiting.set(id, allowed => (allowed ? resolve() : reject(rateLimitedError(perMinute))));
        channel.send({ kind: 'rate-limit', id, caller }, error => {
          if (!error) return;
          waiting.delete(id);
          reject(error);
        });
      });
    },
  };
}

/** The primary's side: answers a worker's requests from the one limiter. */
export function answerRateLimits(worker: Worker, limiter: RateLimiter & { take(caller: string): void }): void {
  worker.on('message', (message: unknown) => {
    if (!isRateLimitMessage(message)) return;
    const { id, caller } = message as TakeRequest;
    let allowed = true;
    try {
      limiter.take(caller);
    } catch {
      allowed = false;
    }
    // A worker that exited meanwhile needs no answer.
    if (worker.isConnected()) worker.send({ kind: 'rate-limit', id, allowed } satisfies TakeAnswer);
  });
}
