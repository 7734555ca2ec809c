import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Response } from 'node-fetch';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * Headers that differ on every subgraph request but never change the answer: the request id (log
 * correlation) and the gateway's proof of it. Every other header — above all `authorization` — is
 * part of the key, so two callers share a fetch only when the subgraph would see the same caller.
 */
const PER_REQUEST_HEADERS = new Set(['x-request-id', 'x-gateway-proof', 'content-length']);

/** The start of a body Apollo's data source sends for a query operation (`{"query":"query …` or `{"query":"{…`). */
const QUERY_BODY = /^\{"query":"\s*(?:query\b|\{)/;

interface Answer {
  readonly body: Buffer;
  readonly init: { status: number; statusText: string; headers: [string, string][]; url: string };
}

function dedupKey(url: string, init: Parameters<Fetcher>[1]): string | undefined {
  if (!init) return undefined;
  const { body, headers: given } = init;
  // Only a body we can read as text and see is a query: a mutation, or anything unrecognised, always goes out on its own.
  if ((init.method ?? 'GET').toUpperCase() !== 'POST' || typeof body !== 'string' || !QUERY_BODY.test(body)) return undefined;
  // Headers we can read whole (Apollo's data source sends a plain object), or no sharing: the token must be in the key.
  if (typeof given !== 'object' || given === null || Object.getPrototypeOf(given) !== Object.prototype) return undefined;
  // A caller's own abort must not cancel another caller's fetch.
  if (init.signal) return undefined;
  const headers = Object.entries(given as Record<string, string>)
    .map(([name, value]) => `${name.toLowerCase()}: ${value}`)
    .filter(line => !PER_REQUEST_HEADERS.has(line.slice(0, line.indexOf(':'))))
    .sort();
  // Joined by line breaks, which no URL, header name or header value holds, so two different requests
  // never make one key; the body (large for `_entities`) is appended as it is, not escaped into JSON.
  return `${url}\n${headers.join('\n')}\n\n${body}`;
}

async function answerOf(response: FetcherResponse): Promise<Answer> {
  // node-fetch's `buffer()` hands over the bytes the fetcher read; `arrayBuffer()` would copy them.
  const readable = response as FetcherResponse & { buffer?: () => Promise<Buffer> };
  const body = readable.buffer ? await readable.buffer() : Buffer.from(await response.arrayBuffer());
  const headers = [...response.headers];
  return { body, init: { status: response.status, statusText: response.statusText, headers, url: response.url } };
}

/**
 * In-flight deduplication: identical subgraph queries (same URL, operation, variables and headers,
 * the token included) sent while an earlier one is still on its way share that one fetch. Each
 * caller gets its own Response over the answer's bytes (never written to) and parses its own copy
 * of the JSON, so nothing one query plan does to its result reaches another.
 * Mutations are never shared. Nothing is kept once the answer arrived: this is not a cache.
 */
export function deduplicateInFlight(fetcher: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<Answer>>();
  return async (url, init) => {
    const key = dedupKey(url, init);
    if (key === undefined) return fetcher(url, init);
    let answer = inFlight.get(key);
    if (!answer) {
      answer = fetcher(url, init).then(answerOf);
      inFlight.set(key, answer);
      const settled = answer;
      const forget = () => {
        if (inFlight.get(key) === settled) inFlight.delete(key);
      };
      settled.then(forget, forget);
    }
    const { body, init: responseInit } = await answer;
    return new Response(body, responseInit) as unknown as FetcherResponse;
  };
}

/**
 * How much the gateway shares between identical requests in flight: `on` — a caller's identical
 * queries run once (`shared-operations.ts`) and identical subgraph queries share a fetch; `subgraphs`
 * — only the subgraph fetches (what peer gateways do); `off` — nothing, e.g. to measure the difference.
 */
export type Deduplication = 'on' | 'subgraphs' | 'off';

/** `GATEWAY_DEDUP`: `on` (the default), `subgraphs` or `off` (`Deduplication`). */
export function deduplicateFromEnv(env: NodeJS.ProcessEnv = process.env): Deduplication {
  const raw = env.GATEWAY_DEDUP;
  if (raw === undefined || raw === '') return 'on';
  if (raw === 'on' || raw === 'subgraphs' || raw === 'off') return raw;
  throw new Error(`GATEWAY_DEDUP must be "on", "subgraphs" or "off", got "${raw}"`);
}
