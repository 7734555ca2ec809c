import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** The first error seen, to say what went wrong. */
  readonly firstError?: string;
}

export interface Request {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The sender's own `Authorization`, where the request has one (a mix of people), instead of the client's. */
  readonly authorization?: string;
}

/** The i-th request of a load, sent by client `client`: one query with a fixed id or one id after another, or a mix of queries. */
export type Operation = (index: number, client: number) => Request;

/** `query` on every request, with the i-th request's variables. */
export const eachTime =
  (query: string, variables: (index: number) => Record<string, unknown>): Operation =>
  index => ({ query, variables: variables(index) });

/** POSTs one GraphQL request over a keep-alive agent; resolves with the status and body. */
export function post(agent: Agent, url: URL, body: string, authorization: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization } },
      response => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: readonly number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/**
 * `clients` closed-loop clients (each sends its next request when its last one answered) for
 * `seconds`: requests per second, latency percentiles in ms, errors (non-200 or a GraphQL `errors`).
 * `authorization` goes with every request that names no sender of its own.
 */
export async function runLoad(url: string, operation: Operation, authorization: string, clients: number, seconds: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const { query, variables, authorization: sender } = operation(next++, client);
        const body = JSON.stringify({ query, variables });
        const sent = performance.now();
        try {
          const { status, text } = await post(agent, target, body, sender ?? authorization);
          if (status !== 200 || text.includes('"errors":')) {
            errors += 1;
            firstError ??= `HTTP ${status}: ${text.slice(0, 300)}`;
          }
        } catch (error) {
          errors += 1;
          firstError ??= (error as Error).message;
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    firstError,
  };
}
