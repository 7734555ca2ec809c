import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../kit/auth/role';
import { signToken } from '../kit/auth/token';
import { createLogger } from '../kit/http/logger';
import type { RunningService } from '../kit/http/service';
import { projectRoot } from '../kit/project-root';
import { createRateLimiter } from '../gateway/rate-limit';
import { createGateway } from '../gateway/server';
import { testTokenSettings } from './support/supergraph';

test('a token bucket per caller: the allowance at once, then one more per 60/rate seconds', () => {
  let now = 0;
  const limiter = createRateLimiter(3, () => now);
  for (let index = 0; index < 3; index++) limiter.take('a');
  expect(() => limiter.take('a')).toThrow('More than 3 requests a minute');
  limiter.take('b');
  now += 20_000; // a third of a minute: one request back
  limiter.take('a');
  expect(() => limiter.take('a')).toThrow();
});

describe('through the gateway', () => {
  let running: RunningService;
  const settings = testTokenSettings();
  beforeAll(async () => {
    running = await createGateway({
      supergraphSdl: readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8'),
      tokenSettings: settings,
      log: createLogger('gateway'),
      ratePerMinute: 3,
    }).listen(0, '127.0.0.1');
  });
  afterAll(() => running.close());

  const ask = async (subject: string) => {
    const token = await signToken({ subject, roles: [Role.BI_ANALYST] }, settings);
    const response = await fetch(running.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ __typename }' }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  test('a caller over its rate gets 429 RATE_LIMITED at once; another caller is answered as usual', async () => {
    for (let index = 0; index < 3; index++) expect((await ask('busy')).status).toBe(200);
    const refused = await ask('busy');
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED' });
    expect(await ask('calm')).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });
});
