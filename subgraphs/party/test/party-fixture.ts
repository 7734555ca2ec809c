import { createSubgraphFixture, type SubgraphFixture } from '../../../kit/testing/subgraph-fixture';
import type { PartyContext } from '../context';
import { seedParty } from '../seed';
import { partySubgraph } from '../server';

/** A party database seeded with the `tiny` territory, and its server, for one test file. */
export function createPartyFixture(): Promise<PartyFixture> {
  return createSubgraphFixture(partySubgraph, seedParty);
}

export type PartyFixture = SubgraphFixture<PartyContext>;
