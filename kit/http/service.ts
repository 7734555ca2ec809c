import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import { REQUEST_BUDGET_MS, requestSignal } from '../limits/request-budget';
import { createAdmission, DEFAULT_ADMISSION, type AdmissionSettings } from './admission';

/** Largest request body accepted; GraphQL documents and variables are small. */
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * An oversized body is read to its end and dropped, so the caller gets its 413 instead of a reset
 * connection; past this much the connection is cut after all.
 */
const MAX_DISCARD_BYTES = 16 * MAX_BODY_BYTES;
/** How long in-flight requests may run after SIGTERM before connections are cut. */
const DRAIN_MS = 10_000;
/**
 * How long after SIGTERM idle keep-alive connections stay open: a request the gateway already sent
 * on one may still sit unread in the socket (the event loop was busy), and is served, not reset.
 */
const IDLE_GRACE_MS = 100;

export interface ServiceOptions<TContext extends object> {
  readonly name: string;
  readonly apollo: ApolloServer<TContext>;
  /**
   * Builds the GraphQL context; may throw a GraphQLError (e.g. UNAUTHENTICATED). `signal` fires when
   * the caller hangs up or the request runs over its budget: resolvers stop there.
   */
  readonly context: (request: { headers: HeaderMap; requestId: string; log: Logger; signal: AbortSignal }) => Promise<TContext>;
  /**
   * Requests executed at once and waiting; past both, HTTP 503 with `Retry-After` at once
   * (default `DEFAULT_ADMISSION`; the processes read `admissionFromEnv`). GraphQL and `routes` only.
   */
  readonly admission?: AdmissionSettings;
  /** Time budget of one request (default `REQUEST_BUDGET_MS`). */
  readonly budgetMs?: number;
  /** Runs each GraphQL request's execution (a subgraph's read routing, kit/orm/read-routing.ts). */
  readonly around?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Readiness: true when the service's dependencies (its database) answer. */
  readonly ready: () => Promise<boolean>;
  /** More for `/readyz` that does not decide readiness (e.g. the domain events' lag). */
  readonly details?: () => Record<string, unknown>;
  readonly log: Logger;
  readonly port: number;
  readonly host?: string;
  /** Released after the last request drained (database pools, keep-alive agents). */
  readonly onClose?: () => Promise<void>;
  /** Files served as they are on GET, by path (the gateway's IDE bundle). */
  readonly staticFiles?: ReadonlyMap<string, StaticFile>;
  /** Other HTTP routes, each owning the paths under its prefix (the gateway's `/reports/`). */
  readonly routes?: readonly HttpRoute[];
}

export interface HttpRoute {
  readonly prefix: string;
  handle(request: IncomingMessage, response: ServerResponse, context: { url: URL; requestId: string; log: Logger }): Promise<void>;
}

export interface StaticFile {
  readonly contentType: string;
  readonly body: Buffer;
}

export interface RunningService {
  readonly url: string;
  readonly port: number;
  /** Stops accepting, drains in-flight requests, then releases resources. */
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, not refused mid-stream: a client still sending
      // would see its socket reset instead of the 413 (the response closes the connection after).
      // Past the discard limit the connection is cut: nobody legitimate sends that much.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DISCARD_BYTES) {
        reject(new BodyTooLargeError());
        request.destroy();
      } else chunks.length = 0;
    });
    request.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLargeError()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Parses a JSON body; `undefined` when it is not JSON, which Apollo then reports as a bad request. */
function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Serves an Apollo Server over plain `node:http` with `/healthz`, `/readyz`, JSON request logs
 * carrying a request id (the caller's `x-request-id` or a new one), an admission limit in front of
 * execution (503 with `Retry-After` when full), and a graceful drain on close.
 * GraphQL is served at `/graphql` and `/`.
 */
export async function startService<TContext extends object>(options: ServiceOptions<TContext>): Promise<RunningService> {
  const { apollo, log } = options;
  await apollo.start();
  let inFlight = 0;
  let draining = false;
  const admission = createAdmission(options.admission ?? DEFAULT_ADMISSION);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://service');
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const ready = !draining && (await options.ready().catch(() => false));
      return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', ...options.details?.() });
    }
    const file = options.staticFiles?.get(url.pathname);
    if (file && (request.method === 'GET' || request.method === 'HEAD')) {
      response.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length, 'cache-control': 'no-cache' });
      return void response.end(request.method === 'HEAD' ? undefined : file.body);
    }
    const route = options.routes?.find((candidate) => url.pathname.startsWith(candidate.prefix));
    if (!route && url.pathname !== '/graphql' && url.pathname !== '/') return sendJson(response, 404, { error: 'not found' });

    const headerId = request.headers['x-request-id'];
    const requestId = typeof headerId === 'string' && /^[\w-]{1,64}$/.test(headerId) ? headerId : randomUUID();
    const requestLog = log.child({ requestId });
    const started = performance.now();
    response.setHeader('x-request-id', requestId);
    // Health, readiness and static files above never wait here; everything that executes does.
    const admitted = await admission.run(response, () => execute(request, response, { url, route, requestId, requestLog, started }));
    if (!admitted) requestLog.info({ method: request.method, path: url.pathname, status: 503, ms: Math.round(performance.now() - started) }, 'request refused: over the admission limit');
  }

  async function execute(
    request: IncomingMessage,
    response: ServerResponse,
    { url, route, requestId, requestLog, started }: { url: URL; route: HttpRoute | undefined; requestId: string; requestLog: Logger; started: number },
  ): Promise<void> {
    if (route) {
      await route.handle(request, response, { url, requestId, log: requestLog });
      requestLog.info({ method: request.method, path: url.pathname, status: response.statusCode, ms: Math.round(performance.now() - started) }, 'request');
      return;
    }
    let body: string;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        response.setHeader('connection', 'close');
        return sendJson(response, 413, { errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_USER_INPUT' } }] });
      }
      throw error;
    }
    const headers = toHeaderMap(request);
    const budget = requestSignal(response, options.budgetMs ?? REQUEST_BUDGET_MS);
    const execute = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parseJson(body) },
        context: () => options.context({ headers, requestId, log: requestLog, signal: budget.signal }),
      });
    const result = await (options.around ? options.around(execute) : execute()).finally(() => budget.done());
    for (const [key, value] of result.headers) response.setHeader(key, value);
    // Draining: the caller must not send another request on this connection; it closes after this answer.
    if (draining) response.setHeader('connection', 'close');
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') response.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    requestLog.info({ method: request.method, path: url.pathname, status: response.statusCode, ms: Math.round(performance.now() - started) }, 'request');
  }

  const server: Server = createServer((request, response) => {
    inFlight += 1;
    response.on('close', () => (inFlight -= 1));
    handle(request, response).catch((error: unknown) => {
      log.error({ err: error }, 'request failed');
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL' } }] });
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`${options.name}: port ${options.port} is already in use`) : error),
    );
    server.listen(options.port, options.host ?? '0.0.0.0', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  log.info({ url }, `${options.name} ready`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      draining = true;
      // Connections the kernel already accepted (in the listen backlog) are taken in and served
      // during the grace too: closing the listener first would reset them.
      await new Promise((resolve) => setTimeout(resolve, IDLE_GRACE_MS));
      // Stop accepting connections — but not with http.Server#close, which (Node ≥ 19) also cuts every
      // idle keep-alive connection at once, including one whose next request is sent but not yet read.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      const deadline = Date.now() + DRAIN_MS;
      do {
        server.closeIdleConnections();
        await new Promise((resolve) => setTimeout(resolve, 25));
      } while (inFlight > 0 && Date.now() < deadline);
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await options.onClose?.();
      log.info(`${options.name} stopped`);
    })());
  return { url, port, close };
}

/**
 * Runs `close` on SIGTERM/SIGINT, then exits. Register it before listening, so that a signal
 * arriving while the service starts still closes what is open instead of killing the process.
 */
export function closeOnSignals(close: () => Promise<void>, log: Logger): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'draining');
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
