import { createSubgraphFixture, type SubgraphFixture } from '../../../kit/testing/subgraph-fixture';
import type { MediationContext } from '../context';
import { seedMediation } from '../seed';
import { mediationSubgraph } from '../server';

/** A mediation database seeded with the `tiny` territory, and its server, for one test file. */
export function createMediationFixture(): Promise<MediationFixture> {
  return createSubgraphFixture(mediationSubgraph, seedMediation);
}

export type MediationFixture = SubgraphFixture<MediationContext>;
