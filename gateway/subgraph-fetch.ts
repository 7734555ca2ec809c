import { request as httpRequest, type Agent as HttpAgent, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest, type Agent as HttpsAgent } from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { AbortError, FetchError, Headers, Response } from 'node-fetch';
import { readBounded, ResponseTooLargeError } from './bounded-body';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphFetchOptions {
  readonly http: HttpAgent;
  readonly https: HttpsAgent;
  /** The whole request, answer body included, must be over within this. */
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
}

function headersOf(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    for (const each of Array.isArray(value) ? value : [value]) headers.append(name, each);
  }
  return headers;
}

/**
 * One subgraph request over `node:http`, answered with the whole body in a node-fetch `Response`
 * (what Apollo's data source reads). node-fetch itself cost a tenth of the gateway's CPU per request
 * (bench/RESULTS.md): per request it parses the URL into a Request, pipes the answer through a
 * PassThrough stream, and the timeout needed an `AbortSignal.any` of two signals. Failures look as
 * they did from node-fetch, which the data source sorts by (`FetchError` of type `system` with the
 * socket's `code`; `AbortError` on the timeout or the caller's abort), and the body is read as it
 * streams in, cut off past `maxResponseBytes` (`gateway/bounded-body.ts`).
 */
export function subgraphFetch(url: string, init: Parameters<Fetcher>[1] = {}, options: SubgraphFetchOptions): Promise<FetcherResponse> {
  return new Promise((resolve, reject) => {
    const secure = url.startsWith('https:');
    const request = (secure ? httpsRequest : httpRequest)(url, {
      method: init.method ?? 'GET',
      headers: init.headers,
      agent: secure ? options.https : options.http,
    });
    let settled = false;
    /** True for the first outcome only: the timer and the caller's abort are let go of then. */
    const settle = () => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      init.signal?.removeEventListener?.('abort', abort);
      return true;
    };
    const fail = (error: Error) => {
      if (!settle()) return;
      request.destroy();
      reject(error);
    };
    const abort = () => fail(new AbortError('The user aborted a request.'));
    const timer = setTimeout(() => fail(new AbortError(`subgraph request over ${options.timeoutMs} ms`)), options.timeoutMs);
    if (init.signal?.aborted) return abort();
    init.signal?.addEventListener?.('abort', abort);
    request.on('error', error => fail(new FetchError(`request to ${url} failed, reason: ${error.message}`, 'system', error)));
    request.on('response', response => {
      const declared = Number(response.headers['content-length'] ?? Number.NaN);
      readBounded(response, options.maxResponseBytes, Number.isFinite(declared) ? declared : undefined).then(
        body => {
          if (!settle()) return;
          resolve(
            new Response(body, {
              url,
              status: response.statusCode,
              statusText: response.statusMessage,
              headers: headersOf(response.headers),
            }) as unknown as FetcherResponse,
          );
        },
        // The socket closed under the answer: as node-fetch said it, a system failure; the size limit as it is.
        (error: Error) =>
          fail(error instanceof ResponseTooLargeError ? error : new FetchError(`answer from ${url} cut off: ${error.message}`, 'system', error)),
      );
    });
    request.end(init.body);
  });
}
