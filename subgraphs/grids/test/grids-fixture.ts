import { createSubgraphFixture, type SubgraphFixture } from '../../../kit/testing/subgraph-fixture';
import type { GridsContext } from '../context';
import { seedGrids } from '../seed';
import { gridsSubgraph } from '../server';

/** A seeded `tiny` grids database and its server, for one test file. */
export function createGridsFixture(): Promise<GridsFixture> {
  return createSubgraphFixture(gridsSubgraph, seedGrids);
}

export type GridsFixture = SubgraphFixture<GridsContext>;
