import { once } from 'node:events';
import { ApolloServer } from '@apollo/server';
import pino from 'pino';
import { apolloServerOptions } from '../http/apollo';
import { startService, type RunningService } from '../http/service';
import { unlessAbandoned } from './request-budget';

/**
 * A subgraph stops resolving a request its caller abandoned (the gateway timed out and hung up) or
 * that ran over its budget: the next resolver does not start, so no further statement runs for it.
 * Every resolver of a subgraph that does work is wrapped so (kit/schema/federated-schema.ts); here
 * both of this schema's resolvers are.
 */
const typeDefs = 'type Query { slow: Slow } type Slow { inner: String }';

interface Context {
  readonly signal: AbortSignal;
}

/** `waitForAbort`: the slow field returns only once the request's signal fired (a request that runs over its budget). */
function harness(budgetMs?: number, waitForAbort = false) {
  let innerCalls = 0;
  let started!: () => void;
  const slowStarted = new Promise<void>((resolve) => (started = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let signal!: AbortSignal;
  let answered!: () => void;
  const done = new Promise<void>((resolve) => (answered = resolve));
  const log = pino({ level: 'silent' });
  const base = apolloServerOptions({ log, plugins: [{ async requestDidStart() { return { async willSendResponse() { answered(); } }; } }] });
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers: {
      Query: {
        slow: unlessAbandoned(async (_root: unknown, _args: unknown, context: Context) => {
          signal = context.signal;
          started();
          await (waitForAbort ? (signal.aborted ? undefined : once(signal, 'abort')) : released);
          return {};
        }),
      },
      Slow: { inner: unlessAbandoned(() => (innerCalls += 1, 'ran')) },
    },
    ...base,
  });
  return {
    start: () => startService<Context>({ name: 'test', apollo, log, port: 0, host: '127.0.0.1', budgetMs, context: async ({ signal: s }) => ({ signal: s }), ready: async () => true }),
    slowStarted, release, done, signal: () => signal, innerCalls: () => innerCalls,
  };
}

let service: RunningService | undefined;
afterEach(() => service?.close());

test('a request whose caller hung up stops before its next resolver', async () => {
  const test = harness();
  service = await test.start();
  const caller = new AbortController();
  const request = fetch(service.url, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow { inner } }' }), signal: caller.signal,
  }).catch((error: Error) => error);
  await test.slowStarted;
  caller.abort();
  expect(((await request) as Error).name).toBe('AbortError');
  if (!test.signal().aborted) await once(test.signal(), 'abort');
  test.release();
  await test.done;
  expect(test.innerCalls()).toBe(0);
});

test('a request over its time budget stops before its next resolver, and its caller gets a masked error', async () => {
  const test = harness(50, true);
  service = await test.start();
  const response = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow { inner } }' }) });
  const body = (await response.json()) as { data: { slow: unknown }; errors: { message: string; extensions: { code: string } }[] };
  // Depending on when the budget ran out, `slow` itself or only `inner` was refused.
  expect([null, { inner: null }]).toContainEqual(body.data.slow);
  expect(body.errors.map((error) => error.extensions.code)).toEqual(['INTERNAL']);
  expect(test.innerCalls()).toBe(0);
});

test('a request answered within its budget runs every field', async () => {
  const test = harness();
  service = await test.start();
  const request = fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow { inner } }' }) });
  await test.slowStarted;
  test.release();
  expect(await (await request).json()).toEqual({ data: { slow: { inner: 'ran' } } });
  expect(test.signal().aborted).toBe(false);
});
