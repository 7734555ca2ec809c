import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext } from '../kit/context';
import type { DemoTerritory } from '../kit/demo/types';
import type { SubgraphDefinition } from '../kit/subgraph';
import { gridsSubgraph } from '../subgraphs/grids/server';
import { seedGrids } from '../subgraphs/grids/seed';
import { partySubgraph } from '../subgraphs/party/server';
import { seedParty } from '../subgraphs/party/seed';
import { propertySubgraph } from '../subgraphs/property/server';
import { seedProperty } from '../subgraphs/property/seed';
import { elderlySubgraph } from '../subgraphs/elderly/server';
import { seedElderly } from '../subgraphs/elderly/seed';
import { mediationSubgraph } from '../subgraphs/mediation/server';
import { seedMediation } from '../subgraphs/mediation/seed';

/** One subgraph of the federation, as composition, `npm start`, the tests and the compose check see it. */
export interface SubgraphEntry<TContext extends BaseContext = BaseContext> {
  /** Folder under `subgraphs/`, name in the supergraph, prefix of its environment variables. */
  readonly name: string;
  /** Default port; `<NAME>_PORT` overrides it at run time. */
  readonly port: number;
  readonly definition: SubgraphDefinition<TContext>;
  /** Writes this subgraph's share of a demo territory. */
  readonly seed: (em: EntityManager, territory: DemoTerritory) => Promise<void>;
}

/** Every subgraph, in port order. Adding a subgraph is one line here. */
export const subgraphs: readonly SubgraphEntry[] = [
  { name: 'grids', port: 4001, definition: gridsSubgraph, seed: seedGrids },
  { name: 'party', port: 4002, definition: partySubgraph, seed: seedParty },
  { name: 'property', port: 4003, definition: propertySubgraph, seed: seedProperty },
  { name: 'elderly', port: 4004, definition: elderlySubgraph, seed: seedElderly },
  { name: 'mediation', port: 4005, definition: mediationSubgraph, seed: seedMediation },
];

/** The gateway's default port. */
export const GATEWAY_PORT = 4000;
