/**
 * The long fuzz run (the suite's tests/fuzz.test.ts sends a bounded count with a fixed seed): random
 * schema-aware operations for every role and random garbage, through the gateway and straight at
 * the grids subgraph, on the whole supergraph (tiny data, embedded libSQL or `TEST_DATABASE_URL`).
 * Stops at the first 5xx, leak of internal detail or answer slower than the bound, with fast-check's
 * shrunk counterexample and the seed that reproduces it. Run (`npm run bench:fuzz -- --operations 2000`):
 *   node -r @swc-node/register bench/fuzz.bench.ts [--operations 2000] [--seed <n>]
 * `--operations` is the count through the gateway; half as many go straight to grids, a quarter as
 * many garbage requests to each.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { fuzzSupergraph } from '../tests/support/fuzz-supergraph';
import { startSupergraph } from '../tests/support/supergraph';
import { progressLine } from '../kit/progress';

async function main(): Promise<void> {
  // Every refused request logs a line at info: thousands of lines that slow the run and bury the result.
  process.env.LOG_LEVEL ??= 'warn';
  const { values } = parseArgs({ options: { operations: { type: 'string', default: '2000' }, seed: { type: 'string' } } });
  const gatewayOperations = Number(values.operations);
  if (!Number.isInteger(gatewayOperations) || gatewayOperations < 1) throw new Error('--operations must be a positive integer');
  const counts = { gatewayOperations, subgraphOperations: Math.ceil(gatewayOperations / 2), garbage: Math.ceil(gatewayOperations / 4) };
  const total = counts.gatewayOperations + counts.subgraphOperations + 2 * counts.garbage;
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  console.log(`fuzz: seed ${seed} (--seed ${seed} repeats this run), ${total} requests`);
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
    // fast-check's message holds the counterexample; the failed check is its cause.
    console.error(error instanceof Error ? `${error.message}\n${String(error.cause ?? '')}` : error);
    process.exit(1);
  },
);
