import pino from 'pino';
import { shareIdenticalOperations, type Gateway } from './shared-operations';

type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];

/** A gateway whose executions finish only when the test says so, counting the ones that started. */
function heldGateway() {
  const started: RequestContext[] = [];
  const pending: (() => void)[] = [];
  let failure: Error | undefined;
  const executor: Executor = requestContext => {
    started.push(requestContext);
    const run = started.length;
    return new Promise((resolve, reject) => pending.push(() => (failure ? reject(failure) : resolve({ data: { run } }))));
  };
  const gateway = {
    load: async () => ({ schema: undefined, executor }),
    onSchemaLoadOrUpdate: () => () => undefined,
    stop: async () => undefined,
  } as unknown as Gateway;
  return {
    gateway,
    started,
    finishAll: () => pending.splice(0).forEach(finish => finish()),
    failWith: (error: Error) => (failure = error),
  };
}

const log = pino({ level: 'silent' });

function request(authorization: string | undefined, requestId: string, change: { operation?: string; operationName?: string; queryHash?: string; variables?: Record<string, unknown> } = {}) {
  return {
    operation: { operation: change.operation ?? 'query' },
    queryHash: change.queryHash ?? 'hash-of-building-query',
    request: { operationName: change.operationName ?? 'Building', variables: change.variables ?? { id: 'b1' } },
    context: { authorization, requestId, log, viewer: null },
  } as unknown as RequestContext;
}

async function sharedExecutor(held: ReturnType<typeof heldGateway>): Promise<Executor> {
  const { executor } = await shareIdenticalOperations(held.gateway).load({ apollo: {} });
  return executor!;
}

describe('shareIdenticalOperations', () => {
  it('runs identical queries of one caller in flight at once once, and answers each with that run', async () => {
    const held = heldGateway();
    const execute = await sharedExecutor(held);
    const results = [1, 2, 3, 4].map(n => execute(request('Bearer alice', `req-${n}`)));
    held.finishAll();
    expect(await Promise.all(results)).toEqual(Array(4).fill({ data: { run: 1 } }));
    expect(held.started).toHaveLength(1);
  });

  it('never shares between different tokens, operation names, documents or variables', async () => {
    const held = heldGateway();
    const execute = await sharedExecutor(held);
    const results = [
      execute(request('Bearer alice', 'a')),
      execute(request('Bearer bob', 'b')),
      execute(request(undefined, 'c')),
      execute(request('Bearer alice', 'd', { operationName: 'Other' })),
      execute(request('Bearer alice', 'e', { queryHash: 'hash-of-another-query' })),
      execute(request('Bearer alice', 'f', { variables: { id: 'b2' } })),
      execute(request('Bearer alice', 'g', { variables: { id: 'b1', reveal: 'MEDIATION_CASE' } })),
    ];
    held.finishAll();
    await Promise.all(results);
    expect(held.started.map(started => (started.context as { requestId: string }).requestId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('runs every mutation on its own', async () => {
    const held = heldGateway();
    const execute = await sharedExecutor(held);
    const results = [1, 2, 3].map(n => execute(request('Bearer alice', `m-${n}`, { operation: 'mutation' })));
    held.finishAll();
    await Promise.all(results);
    expect(held.started).toHaveLength(3);
  });

  it('keeps nothing once answered: a later identical query runs again', async () => {
    const held = heldGateway();
    const execute = await sharedExecutor(held);
    const first = execute(request('Bearer alice', 'x'));
    held.finishAll();
    await first;
    const second = execute(request('Bearer alice', 'y'));
    held.finishAll();
    expect(await second).toEqual({ data: { run: 2 } });
  });

  it('hands a failed run to every caller that shared it, then forgets it', async () => {
    const held = heldGateway();
    const execute = await sharedExecutor(held);
    held.failWith(new Error('plan failed'));
    const results = [1, 2].map(n => execute(request('Bearer alice', `f-${n}`)));
    held.finishAll();
    await Promise.all(results.map(result => expect(result).rejects.toThrow('plan failed')));
    expect(held.started).toHaveLength(1);
    const again = execute(request('Bearer alice', 'f-3'));
    expect(held.started).toHaveLength(2);
    held.finishAll();
    await expect(again).rejects.toThrow('plan failed');
  });
});
