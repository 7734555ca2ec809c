import { createSubgraphFixture, type SubgraphFixture } from '../../../kit/testing/subgraph-fixture';
import type { PropertyContext } from '../context';
import { seedProperty } from '../seed';
import { propertySubgraph } from '../server';

/** A property database seeded with the `tiny` demo territory, and its server, for one test file. */
export function createPropertyFixture(): Promise<PropertyFixture> {
  return createSubgraphFixture(propertySubgraph, seedProperty);
}

export type PropertyFixture = SubgraphFixture<PropertyContext>;
