import { randomBytes } from 'node:crypto';
import type { BaseContext } from '../context';
import { signToken } from '../auth/token';
import type { Viewer } from '../auth/viewer';
import type { MikroORM } from '@mikro-orm/core';
import pino from 'pino';
import { createSubgraphServer, type SubgraphDefinition } from '../subgraph';
import type { OperationResult } from './execute';

export interface RaceRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/**
 * Sends every request at once over real HTTP to a server of the subgraph on `orm` (listening on a
 * free port, each request with its own context and ORM fork, as in production), and returns the
 * results in order. What a race test needs: the requests really overlap in the database.
 */
export function raceOverHttp<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  orm: MikroORM,
  viewer: Viewer,
  requests: readonly RaceRequest[],
): Promise<OperationResult[]> {
  return raceChainsOverHttp(definition, orm, viewer, [...requests.map(request => [request])]).then(results => results.flat());
}

/**
 * Like `raceOverHttp`, but each chain sends its requests one after another while all chains run at
 * once: what a race needs when one long command must meet the others at every stage of its work,
 * not only at its start. Results come back chain by chain, in order.
 */
export async function raceChainsOverHttp<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  orm: MikroORM,
  viewer: Viewer,
  chains: readonly (readonly RaceRequest[])[],
): Promise<OperationResult[][]> {
  const settings = { secret: randomBytes(32), issuer: 'grassroots-race', audience: 'grassroots-race' };
  const token = await signToken({ subject: viewer.id, roles: viewer.roles, scope: [...viewer.scope] }, settings);
  // Its own server: an Apollo server starts once and stops with its listener, and the fixture's keeps running.
  const server = await createSubgraphServer(definition, orm, pino({ level: 'silent' }));
  const service = await server.listen(0, settings);
  const send = async ({ query, variables }: RaceRequest) => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as OperationResult;
  };
  try {
    return await Promise.all(
      chains.map(async chain => {
        const results: OperationResult[] = [];
        for (const request of chain) results.push(await send(request));
        return results;
      }),
    );
  } finally {
    await service.close();
  }
}

/** How many results ended with each outcome: `ok`, or the first error's code and field (`CONFLICT input.room`). */
export function tallyOutcomes(results: readonly OperationResult[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const result of results) {
    const error = result.errors?.[0];
    const key = error ? [error.extensions?.code, error.extensions?.field].filter(Boolean).join(' ') : 'ok';
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}
