import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import fc from 'fast-check';
import { buildSchema, parse } from 'graphql';
import { projectRoot } from '../../kit/project-root';
import { answerProblem, callers, garbageRequests, knownIds, operations, send, type FuzzCaller, type SentResponse } from './fuzz';
import type { Supergraph } from './supergraph';

/** How many random requests of each kind. */
export interface FuzzCounts {
  /** Schema-aware operations through the gateway, on the client-facing schema. */
  readonly gatewayOperations: number;
  /** Schema-aware operations sent straight to one subgraph (as the gateway would, with its proof), on its own schema (`_entities` included). */
  readonly subgraphOperations: number;
  /** Garbage requests to the gateway, and as many to the subgraph. */
  readonly garbage: number;
}

/** Answers seen, by target and HTTP status: what the fuzzing exercised. */
export type FuzzTally = Record<string, Record<number, number>>;

/**
 * Sends random requests to a running supergraph and to one of its subgraphs directly, and fails
 * (fast-check's counterexample, shrunk) on the first answer that is a 5xx, shows internal detail, or
 * does not come within the bound. `seed` makes a run repeatable.
 */
export async function fuzzSupergraph(
  supergraph: Supergraph,
  counts: FuzzCounts,
  options: { seed?: number; subgraph?: string; onRequest?: () => void } = {},
): Promise<FuzzTally> {
  const subgraph = options.subgraph ?? 'grids';
  const ids = knownIds(supergraph.territory);
  const apiSchema = buildSchema(readFileSync(join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));
  const subgraphSchema = buildSubgraphSchema({ typeDefs: parse(readFileSync(join(projectRoot(), 'subgraphs', subgraph, 'schema.graphql'), 'utf8')) });
  const hosts = [new URL(supergraph.url).host, ...Object.values(supergraph.subgraphUrls).map(url => new URL(url).host)];
  const tally: FuzzTally = {};
  const parameters = { seed: options.seed, endOnFailure: true };

  async function authorization(caller: FuzzCaller | 'none' | 'garbage'): Promise<Record<string, string>> {
    if (caller === 'none') return {};
    if (caller === 'garbage') return { authorization: 'Bearer not.a.token' };
    return { authorization: `Bearer ${await supergraph.token(caller)}` };
  }

  function check(target: string, response: SentResponse): void {
    options.onRequest?.();
    tally[target] ??= {};
    tally[target][response.status] = (tally[target][response.status] ?? 0) + 1;
    const problem = answerProblem(response, hosts);
    if (problem) throw new Error(`${target}: ${problem}`);
  }

  const targets = [
    { name: 'gateway', url: supergraph.url, schema: apiSchema, count: counts.gatewayOperations, headers: () => ({}) },
    {
      name: subgraph,
      url: supergraph.subgraphUrls[subgraph],
      schema: subgraphSchema,
      count: counts.subgraphOperations,
      headers: () => supergraph.gatewayHeaders(),
    },
  ];
  for (const target of targets) {
    await fc.assert(
      fc.asyncProperty(operations(target.schema, ids), callers(ids), async (operation, caller) => {
        const headers = { ...target.headers(), ...(await authorization(caller)) };
        const body = JSON.stringify(operation);
        check(`${target.name} operations`, await send(target.url, { method: 'POST', contentType: 'application/json', body }, headers));
      }),
      { ...parameters, numRuns: target.count },
    );
    await fc.assert(
      fc.asyncProperty(garbageRequests, callers(ids), async (request, caller) => {
        const headers = { ...target.headers(), ...(await authorization(caller)) };
        check(`${target.name} garbage`, await send(target.url, request, headers));
      }),
      { ...parameters, numRuns: counts.garbage },
    );
  }
  return tally;
}
