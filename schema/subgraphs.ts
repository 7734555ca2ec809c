import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext } from '../kit/context';
import type { SubgraphPolicy } from '../kit/auth/policy';
import type { DemoTerritory } from '../kit/demo/types';
import type { SubgraphDefinition } from '../kit/subgraph';
import { gridsSubgraph } from '../subgraphs/grids/server';
import { seedGrids } from '../subgraphs/grids/seed';
import { gridsPolicy } from '../subgraphs/grids/policy';
import { partySubgraph } from '../subgraphs/party/server';
import { seedParty } from '../subgraphs/party/seed';
import { partyPolicy } from '../subgraphs/party/policy';
import { propertySubgraph } from '../subgraphs/property/server';
import { seedProperty } from '../subgraphs/property/seed';
import { propertyPolicy } from '../subgraphs/property/policy';
import { elderlySubgraph } from '../subgraphs/elderly/server';
import { seedElderly } from '../subgraphs/elderly/seed';
import { elderlyPolicy } from '../subgraphs/elderly/policy';
import { mediationSubgraph } from '../subgraphs/mediation/server';
import { seedMediation } from '../subgraphs/mediation/seed';
import { mediationPolicy } from '../subgraphs/mediation/policy';

/** One subgraph of the federation, as composition, `npm start`, the tests and the compose check see it. */
export interface SubgraphEntry<TContext extends BaseContext = BaseContext> {
  /** Folder under `subgraphs/`, name in the supergraph, prefix of its environment variables. */
  readonly name: string;
  /** Default port; `<NAME>_PORT` overrides it at run time. */
  readonly port: number;
  readonly definition: SubgraphDefinition<TContext>;
  /** Writes this subgraph's share of a demo territory. */
  readonly seed: (em: EntityManager, territory: DemoTerritory) => Promise<void>;
  /** Who calls each of its Query fields, Mutations and entity types (docs/access-policy.md; the authorisation matrix test holds it to the running code). */
  readonly policy: SubgraphPolicy;
  /**
   * V8 flags its process starts with (`npm start`, the Dockerfile, docker-compose.yml, the benches);
   * none when absent. None has any since queries run compiled: party's 32 MiB young generation no
   * longer saved CPU, masked or with members revealed, and cost ~30 MiB (bench/RESULTS.md,
   * "Queries compiled by graphql-jit in every subgraph").
   */
  readonly nodeFlags?: readonly string[];
}

/** Every subgraph, in port order. Adding a subgraph is one line here. */
export const subgraphs: readonly SubgraphEntry[] = [
  { name: 'grids', port: 4001, definition: gridsSubgraph, seed: seedGrids, policy: gridsPolicy },
  { name: 'party', port: 4002, definition: partySubgraph, seed: seedParty, policy: partyPolicy },
  { name: 'property', port: 4003, definition: propertySubgraph, seed: seedProperty, policy: propertyPolicy },
  { name: 'elderly', port: 4004, definition: elderlySubgraph, seed: seedElderly, policy: elderlyPolicy },
  { name: 'mediation', port: 4005, definition: mediationSubgraph, seed: seedMediation, policy: mediationPolicy },
];

/** The V8 flags subgraph `name` runs with (`nodeFlags`), none for a name not listed. */
export function subgraphNodeFlags(name: string): readonly string[] {
  return subgraphs.find(entry => entry.name === name)?.nodeFlags ?? [];
}

/** The gateway's default port. */
export const GATEWAY_PORT = 4000;

/**
 * V8 flags the gateway process runs with: scripts/start.ts, the Dockerfile, docker-compose.yml and
 * the benches start it with these. Each answer is built from many short-lived objects (the
 * subgraphs' JSON parsed, merged, shaped, serialised); with a 32 MiB young generation instead of
 * V8's 16 fewer of them are copied into the old one. Measured: −15 to −22 % gateway CPU per request
 * (bench/RESULTS.md, "The gateway's young generation"), for at most 32 MiB more heap.
 */
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
