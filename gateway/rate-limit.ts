import { GraphQLError } from 'graphql';

/** Requests one token may make per minute, unless `RATE_LIMIT_PER_MINUTE` says otherwise. */
export const DEFAULT_RATE_PER_MINUTE = 600;
/** Buckets kept before full ones are dropped: a full bucket is the same as none. */
const MAX_BUCKETS = 10_000;

/** Takes one request from a caller's allowance; throws (or rejects with) `rateLimitedError` when it is spent. */
export interface RateLimiter {
  take(caller: string): void | Promise<void>;
}

/** The answer to a caller over its rate: HTTP 429 `RATE_LIMITED`. */
export function rateLimitedError(perMinute: number): GraphQLError {
  return new GraphQLError(`More than ${perMinute} requests a minute; slow down`, { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } });
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per caller (the token's subject): `perMinute` requests a minute on average, up to
 * `perMinute` at once. Over it, the request is refused at once with HTTP 429 `RATE_LIMITED`, before
 * any subgraph is called — an overloaded caller gets a fast answer, the others keep theirs.
 */
export function createRateLimiter(perMinute: number = DEFAULT_RATE_PER_MINUTE, now: () => number = Date.now): RateLimiter & { take(caller: string): void } {
  const buckets = new Map<string, Bucket>();
  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((at - bucket.at) * perMinute) / 60_000);
    bucket.at = at;
  };
  return {
    /** Takes one request from `caller`'s bucket; throws the 429 error when it is empty. */
    take(caller: string): void {
      const at = now();
      if (buckets.size >= MAX_BUCKETS && !buckets.has(caller)) {
        for (const [key, bucket] of buckets) {
          refill(bucket, at);
          if (bucket.tokens >= perMinute) buckets.delete(key);
        }
      }
      const bucket = buckets.get(caller) ?? buckets.set(caller, { tokens: perMinute, at }).get(caller)!;
      refill(bucket, at);
      if (bucket.tokens < 1) throw rateLimitedError(perMinute);
      bucket.tokens -= 1;
    },
  };
}

/** `RATE_LIMIT_PER_MINUTE`: a positive whole number, or the default. */
export function ratePerMinuteFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RATE_LIMIT_PER_MINUTE;
  if (raw === undefined || raw === '') return DEFAULT_RATE_PER_MINUTE;
  const rate = Number(raw);
  if (!Number.isInteger(rate) || rate <= 0) throw new Error(`RATE_LIMIT_PER_MINUTE must be a positive whole number, got "${raw}"`);
  return rate;
}
