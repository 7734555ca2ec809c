import { setFlagsFromString } from 'node:v8';

/**
 * How far, in percent, V8 lets the old generation grow past what survived its last full collection
 * before it collects again. V8's own factor adapts up to 4× on a machine with plenty of memory: grids
 * held ~60 MiB of live objects yet grew its heap to 280–320 MiB (peak RSS 490–650 MB) while answering the
 * community query one request after another, because everything one large answer allocates (rows,
 * entities, the result tree, its JSON) lives as long as the request and so is promoted to the old
 * generation, where it waits for a full collection; one brings the heap back to the live ~60 MiB.
 * Measured on that query (bench/RESULTS.md, branch rss): 100 % (a factor of 2) cut grids' peak RSS
 * from ~490 to ~340 MB from source for no more CPU per request; 50 % and 20 % cut it further (to
 * ~305 and ~280 MB) but cost 10–15 % and 25 % more CPU in grids, 20–50 % in party.
 */
const DEFAULT_HEAP_GROWING_PERCENT = 100;

/**
 * Sets V8's heap growing factor for this process from `HEAP_GROWING_PERCENT` (default 100; `0`
 * gives V8's own adaptive factor back). V8 reads it at each full collection, so setting it once the
 * process runs applies to every collection after.
 */
export function boundHeapGrowth(env: NodeJS.ProcessEnv = process.env): void {
  const raw = env.HEAP_GROWING_PERCENT;
  const percent = raw === undefined || raw === '' ? DEFAULT_HEAP_GROWING_PERCENT : Number(raw);
  if (!Number.isInteger(percent) || percent < 0) throw new Error(`HEAP_GROWING_PERCENT must be a whole number ≥ 0, got "${raw}"`);
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
