/** Most households one urban grid should hold: DEMO-DATA's 250–400 per grid worker. */
export const GRID_MAX_HOUSEHOLDS = 400;

/**
 * Splits a compound's buildings, in order, into consecutive groups of at most `maxHouseholds`
 * (unless one building alone is bigger): the fewest such groups, at least one, as even as whole
 * buildings allow. A building is never split: it is the smallest governance unit.
 *
 * @param households - households per building
 * @returns groups of building indices
 */
export function splitIntoGrids(households: readonly number[], maxHouseholds: number = GRID_MAX_HOUSEHOLDS): number[][] {
  const total = households.reduce((sum, count) => sum + count, 0);
  // The fewest groups that fit, plus more while whole buildings make the even split overflow.
  let groupCount = Math.min(households.length, Math.max(1, Math.ceil(total / maxHouseholds)));
  let groups = evenSplit(households, groupCount);
  while (groupCount < households.length && Math.max(...groups.map(group => sumOf(households, group))) > maxHouseholds) {
    groups = evenSplit(households, ++groupCount);
  }
  return groups;
}

/**
 * Linear partition by dynamic programming: cost[k][i] = smallest possible largest group when the
 * first i buildings form k groups; cut[k][i] = where the last of those groups starts. A compound has
 * a few dozen buildings at most, so O(groups × buildings²) is nothing.
 */
function evenSplit(households: readonly number[], groupCount: number): number[][] {
  const n = households.length;
  if (n === 0) return [];
  const prefix = [0];
  for (const count of households) prefix.push(prefix[prefix.length - 1] + count);
  const cost = [Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 0 : Infinity))];
  const cut: number[][] = [[]];
  for (let k = 1; k <= groupCount; k++) {
    cost.push(new Array<number>(n + 1).fill(Infinity));
    cut.push(new Array<number>(n + 1).fill(0));
    for (let i = k; i <= n; i++) {
      for (let j = k - 1; j < i; j++) {
        const largest = Math.max(cost[k - 1][j], prefix[i] - prefix[j]);
        if (largest < cost[k][i]) {
          cost[k][i] = largest;
          cut[k][i] = j;
        }
      }
    }
  }
  const groups: number[][] = [];
  for (let k = groupCount, end = n; k > 0; k--) {
    const start = cut[k][end];
    groups.unshift(Array.from({ length: end - start }, (_, i) => start + i));
    end = start;
  }
  return groups;
}

function sumOf(households: readonly number[], group: readonly number[]): number {
  return group.reduce((sum, index) => sum + households[index], 0);
}
