import { createSubgraphFixture, type SubgraphFixture } from '../../../kit/testing/subgraph-fixture';
import type { ElderlyContext } from '../context';
import { seedElderly } from '../seed';
import { elderlySubgraph } from '../server';

/** An elderly database seeded with the `tiny` territory, and its server, for one test file. */
export function createElderlyFixture(): Promise<ElderlyFixture> {
  return createSubgraphFixture(elderlySubgraph, seedElderly);
}

export type ElderlyFixture = SubgraphFixture<ElderlyContext>;
