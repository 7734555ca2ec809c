import { execFileSync } from 'node:child_process';
import { projectRoot } from './project-root';
import { boundHeapGrowth } from './heap-growth';

/**
 * A process whose every request keeps its objects alive until the request ends promotes them to the
 * old generation; V8's own growing factor (up to 4×) then lets the old generation reach several times
 * what is live before a full collection. The churn below keeps ~25 MiB live and builds ~10 MiB per
 * request: the old generation peaks at ~125 MiB with V8's factor, ~70–80 MiB bounded to 2×.
 */
const CHURN = `
  const { getHeapSpaceStatistics } = require('node:v8');
  require('./kit/heap-growth').boundHeapGrowth({});
  const live = Array.from({ length: 200000 }, (_, i) => ({ i, s: 'x' + i }));
  let request = null;
  let peak = 0;
  for (let r = 0; r < 30; r += 1) {
    request = Array.from({ length: 100000 }, (_, i) => ({ i, r, s: 'y' + i }));
    peak = Math.max(peak, getHeapSpaceStatistics().find((space) => space.space_name === 'old_space').space_size);
  }
  process.stdout.write(String(Math.round(peak / 1048576)));
`;

describe('the heap growth bound of a service process', () => {
  it('keeps the old generation under 100 MiB where V8\'s own factor lets it reach ~125', () => {
    const peakMiB = Number(execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', CHURN], { cwd: projectRoot(), encoding: 'utf8' }));
    expect(peakMiB).toBeLessThan(100);
  });

  it('refuses a HEAP_GROWING_PERCENT that is not a whole number ≥ 0', () => {
    expect(() => boundHeapGrowth({ HEAP_GROWING_PERCENT: '-5' })).toThrow(/HEAP_GROWING_PERCENT must be a whole number ≥ 0, got "-5"/);
    expect(() => boundHeapGrowth({ HEAP_GROWING_PERCENT: 'lots' })).toThrow(/got "lots"/);
  });
});
