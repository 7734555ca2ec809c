/**
 * The long fuzz run (the suite's tests/fuzz.test.ts sends a bounded count with a fixed seed): random
 * schema-aware operations for every role and random garbage, through the gateway and straight at
 * the grids subgraph, on the whole supergraph (tiny data, embedded libSQL or `TEST_DATABASE_URL`).
 * Stops at the first 5xx, leak of internal detail or answer slower than the bound, with fast-check's
 * shrunk counterexample and the seed that reproduces it. Run (`npm run bench:fuzz -- 2000`):
 *   FUZZ_SEED=<n> node -r @swc-node/register bench/fuzz.bench.ts [operations through the gateway, default 2000]
 */
import 'reflect-metadata';
import { fuzzSupergraph } from '../tests/support/fuzz-supergraph';
import { startSupergraph } from '../tests/support/supergraph';
import { progressLine } from './progress';

async function main(): Promise<void> {
  const gatewayOperations = Number(process.argv[2] ?? 2000);
  if (!Number.isInteger(gatewayOperations) || gatewayOperations < 1) throw new Error('the count of operations must be a positive integer');
  const counts = { gatewayOperations, subgraphOperations: Math.ceil(gatewayOperations / 2), garbage: Math.ceil(gatewayOperations / 4) };
  const total = counts.gatewayOperations + counts.subgraphOperations + 2 * counts.garbage;
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} repeats this run), ${total} requests`);
  const supergraph = await startSupergraph();
  const started = performance.now();
  const progress = progressLine(total);
  try {
    const tally = await fuzzSupergraph(supergraph, counts, { seed, onRequest: () => progress.tick() });
    progress.done();
    const seconds = (performance.now() - started) / 1000;
    console.log(`fuzz: ${total} requests in ${seconds.toFixed(0)} s, no 5xx, no internal detail, every answer within the bound`);
    for (const [target, statuses] of Object.entries(tally)) {
      console.log(
        `  ${target.padEnd(20)} ${Object.entries(statuses)
          .map(([status, count]) => `${status}: ${count}`)
          .join('  ')}`,
      );
    }
  } finally {
    progress.done();
    await supergraph.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
