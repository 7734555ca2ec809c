import { execFileSync } from 'node:child_process';
import { projectRoot } from './project-root';
import { boundHeapGrowth } from './heap-growth';

/**
 * A process whose every request keeps its objects alive until the request ends promotes them to the
 * old generation; V8's own growing factor (up to 4×) then lets the old generation reach several times
 * what is live before a full collection. The churn below keeps ~40 MiB live (with swc's) and builds
 * ~5 MiB per request: the old generation peaks at 160–180 MiB with V8's factor, ~80 MiB bounded to
 * 20 % (and ~130 MiB at the default 100 %, too close to V8's own for a test to tell apart). The child
 * marks on its main thread (`--single-threaded-gc`): a concurrent marker falling behind on a busy
 * machine lets the old generation overshoot its limit by a varying amount.
 */
const CHURN = `
  const { getHeapSpaceStatistics } = require('node:v8');
  require('./kit/heap-growth').boundHeapGrowth({ HEAP_GROWING_PERCENT: '20' });
  const live = Array.from({ length: 400000 }, (_, i) => ({ i, s: 'x' + i }));
  let request = null;
  let peak = 0;
  for (let r = 0; r < 60; r += 1) {
    request = Array.from({ length: 50000 }, (_, i) => ({ i, r, s: 'y' + i }));
    peak = Math.max(peak, getHeapSpaceStatistics().find((space) => space.space_name === 'old_space').space_size);
  }
  process.stdout.write(String(Math.round(peak / 1048576)));
`;

describe('the heap growth bound of a service process', () => {
  it('keeps the old generation within the percent it is given: under 120 MiB at 20 %, where V8\'s own factor lets it reach 160–180', () => {
    const peakMiB = Number(execFileSync(process.execPath, ['--single-threaded-gc', '-r', '@swc-node/register', '-e', CHURN], { cwd: projectRoot(), encoding: 'utf8' }));
    expect(peakMiB).toBeLessThan(120);
  });

  it('refuses a HEAP_GROWING_PERCENT that is not a whole number ≥ 0', () => {
    expect(() => boundHeapGrowth({ HEAP_GROWING_PERCENT: '-5' })).toThrow(/HEAP_GROWING_PERCENT must be a whole number ≥ 0, got "-5"/);
    expect(() => boundHeapGrowth({ HEAP_GROWING_PERCENT: 'lots' })).toThrow(/got "lots"/);
  });
});
