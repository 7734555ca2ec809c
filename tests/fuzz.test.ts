import { fuzzSupergraph } from './support/fuzz-supergraph';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * Random operations built from the composed schema (random selections, arguments of the right and
 * the wrong types, random variables, every role's token, no token, a forged one) and random garbage
 * (bad JSON, huge bodies, wrong content types, weird operation names), through the gateway and
 * straight at a subgraph: no answer is a 5xx, none shows internal detail, each comes within a bound.
 * A fixed seed keeps the suite repeatable; `npm run bench:fuzz` runs far more with fresh seeds.
 */
describe('fuzzing the supergraph', () => {
  let supergraph: Supergraph;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.close());

  it('answers random operations and garbage without a 5xx, internal detail or a hang', async () => {
    const tally = await fuzzSupergraph(supergraph, { gatewayOperations: 60, subgraphOperations: 30, garbage: 20 }, { seed: 13 });
    // Every kind of request was sent, and the operations reached resolvers (some answered 200).
    expect(Object.keys(tally).sort()).toEqual(['gateway garbage', 'gateway operations', 'grids garbage', 'grids operations']);
    expect(tally['gateway operations'][200]).toBeGreaterThan(0);
  });
});
