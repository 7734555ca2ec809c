import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Response } from 'node-fetch';
import { deduplicateFromEnv, deduplicateInFlight } from './in-flight-dedup';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const URL = 'http://grids.internal/graphql';
const QUERY = JSON.stringify({ query: 'query Building__grids__0($id:ID){building(id:$id){id}}', variables: { id: 'b1' }, operationName: 'Building__grids__0' });
const MUTATION = JSON.stringify({ query: 'mutation Close__grids__0{closeGridEvent(input:{id:"e1"}){id}}', variables: {} });

/** A subgraph that answers only when the test says so, and counts what reached it. */
function heldSubgraph() {
  const calls: { url: string; init: Parameters<Fetcher>[1] }[] = [];
  const pending: (() => void)[] = [];
  let failure: Error | undefined;
  const fetcher: Fetcher = (url, init) => {
    calls.push({ url, init });
    return new Promise<FetcherResponse>((resolve, reject) => {
      const n = calls.length;
      pending.push(() =>
        failure
          ? reject(failure)
          : resolve(
              new Response(JSON.stringify({ data: { building: { id: 'b1' }, call: n } }), {
                status: 200,
                headers: { 'content-type': 'application/json' },
              }) as unknown as FetcherResponse,
            ),
      );
    });
  };
  return {
    fetcher,
    calls,
    answerAll: () => pending.splice(0).forEach(answer => answer()),
    failWith: (error: Error) => (failure = error),
  };
}

const headers = (authorization: string, requestId: string, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  authorization,
  'x-request-id': requestId,
  'x-gateway-proof': `1.${requestId}`,
  ...extra,
});

describe('deduplicateInFlight', () => {
  it('sends identical queries in flight at once as one fetch, whatever their request ids, and gives each caller its own answer', async () => {
    const subgraph = heldSubgraph();
    const fetch = deduplicateInFlight(subgraph.fetcher);
    const answers = [1, 2, 3, 4, 5].map(n => fetch(URL, { method: 'POST', headers: headers('Bearer alice', `req-${n}`), body: QUERY }));
    subgraph.answerAll();
    const bodies = await Promise.all(answers.map(async answer => (await answer).json()));
    expect(subgraph.calls).toHaveLength(1);
    expect(bodies).toEqual(Array(5).fill({ data: { building: { id: 'b1' }, call: 1 } }));
    // Separate copies: one caller's plan changing its answer leaves the others' alone.
    (bodies[0] as { data: { building: { id: string } } }).data.building.id = 'changed';
    expect((bodies[1] as { data: { building: { id: string } } }).data.building.id).toBe('b1');
    const first = await answers[0];
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
  });

  it('never shares a fetch between different tokens or other headers', async () => {
    const subgraph = heldSubgraph();
    const fetch = deduplicateInFlight(subgraph.fetcher);
    const answers = [
      fetch(URL, { method: 'POST', headers: headers('Bearer alice', 'a'), body: QUERY }),
      fetch(URL, { method: 'POST', headers: headers('Bearer bob', 'b'), body: QUERY }),
      fetch(URL, { method: 'POST', headers: headers('Bearer alice', 'c', { 'accept-language': 'zh' }), body: QUERY }),
      fetch(URL, { method: 'POST', headers: headers('Bearer alice', 'd'), body: QUERY.replace('b1', 'b2') }),
      fetch('http://party.internal/graphql', { method: 'POST', headers: headers('Bearer alice', 'e'), body: QUERY }),
    ];
    subgraph.answerAll();
    await Promise.all(answers);
    expect(subgraph.calls.map(call => (call.init?.headers as Record<string, string>)['x-request-id'])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('shares nothing when it cannot read every header (a Headers object instead of a plain one)', async () => {
    const subgraph = heldSubgraph();
    const fetch = deduplicateInFlight(subgraph.fetcher);
    const answers = [1, 2].map(n => fetch(URL, { method: 'POST', headers: new Headers(headers('Bearer alice', `h-${n}`)) as never, body: QUERY }));
    subgraph.answerAll();
    await Promise.all(answers);
    expect(subgraph.calls).toHaveLength(2);
  });

  it('sends every mutation on its own', async () => {
    const subgraph = heldSubgraph();
    const fetch = deduplicateInFlight(subgraph.fetcher);
    const answers = [1, 2, 3].map(n => fetch(URL, { method: 'POST', headers: headers('Bearer alice', `m-${n}`), body: MUTATION }));
    subgraph.answerAll();
    await Promise.all(answers);
    expect(subgraph.calls).toHaveLength(3);
  });

  it('keeps nothing once the answer arrived: a later identical query is fetched again', async () => {
    const subgraph = heldSubgraph();
    const fetch = deduplicateInFlight(subgraph.fetcher);
    const first = fetch(URL, { method: 'POST', headers: headers('Bearer alice', 'x'), body: QUERY });
    subgraph.answerAll();
    await first;
    const second = fetch(URL, { method: 'POST', headers: headers('Bearer alice', 'y'), body: QUERY });
    subgraph.answerAll();
    expect(await (await second).json()).toEqual({ data: { building: { id: 'b1' }, call: 2 } });
    expect(subgraph.calls).toHaveLength(2);
  });

  it('hands a failed fetch to every caller that shared it, then forgets it', async () => {
    const subgraph = heldSubgraph();
    const fetch = deduplicateInFlight(subgraph.fetcher);
    subgraph.failWith(new Error('socket hang up'));
    const answers = [1, 2].map(n => fetch(URL, { method: 'POST', headers: headers('Bearer alice', `f-${n}`), body: QUERY }));
    subgraph.answerAll();
    await Promise.all(answers.map(answer => expect(answer).rejects.toThrow('socket hang up')));
    expect(subgraph.calls).toHaveLength(1);
    fetch(URL, { method: 'POST', headers: headers('Bearer alice', 'f-3'), body: QUERY }).catch(() => undefined);
    expect(subgraph.calls).toHaveLength(2);
    subgraph.answerAll();
  });
});

describe('deduplicateFromEnv', () => {
  it('is on unless GATEWAY_DEDUP says subgraphs or off, and names the variable on anything else', () => {
    expect(deduplicateFromEnv({})).toBe('on');
    expect(deduplicateFromEnv({ GATEWAY_DEDUP: 'on' })).toBe('on');
    expect(deduplicateFromEnv({ GATEWAY_DEDUP: 'subgraphs' })).toBe('subgraphs');
    expect(deduplicateFromEnv({ GATEWAY_DEDUP: 'off' })).toBe('off');
    expect(() => deduplicateFromEnv({ GATEWAY_DEDUP: 'no' })).toThrow('GATEWAY_DEDUP must be "on", "subgraphs" or "off"');
  });
});
