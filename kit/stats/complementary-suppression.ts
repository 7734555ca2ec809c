import { SMALL_GROUP } from './small-groups';

/** A place and the places that partition it (a compound and its buildings, a community and its grids). */
export interface Partition {
  readonly parent: string;
  readonly children: readonly string[];
}

/**
 * Which counts to hide so that no small group (1 to `SMALL_GROUP` − 1) can be worked out, not even
 * by subtraction. Each partition is an equation, whole = sum of parts: a hidden count that is the
 * only hidden one of its equation follows from the others — a part from the whole minus the other
 * parts, and a whole (hidden to protect a part elsewhere) from the sum of its parts — so the
 * smallest other non-zero count of that equation is hidden with it (complementary suppression;
 * the whole only when no other part is non-zero), repeated until every equation holds none or at
 * least two. Partitions may overlap (a building belongs to a compound and to a grid): a count
 * hidden for one is counted in the others.
 *
 * Returns the ids whose counts are hidden; ids missing from `counts` count as 0.
 */
export function complementarySuppression(counts: ReadonlyMap<string, number>, partitions: readonly Partition[]): Set<string> {
  const count = (id: string) => counts.get(id) ?? 0;
  const hidden = new Set([...counts.keys()].filter(id => count(id) > 0 && count(id) < SMALL_GROUP));
  let changed = true;
  while (changed) {
    changed = false;
    for (const { parent, children } of partitions) {
      const cells = [parent, ...children];
      if (cells.filter(cell => hidden.has(cell)).length !== 1) continue;
      // Parts before the whole: in order of size, and a whole is never smaller than a part of it.
      const complement = [...children, parent]
        .filter(cell => !hidden.has(cell) && count(cell) > 0)
        .sort((a, b) => count(a) - count(b) || (a === parent ? 1 : b === parent ? -1 : a.localeCompare(b)))[0];
      // Every other count is 0: the hidden one is 0 too, or the equation does not add up; nothing to hide.
      if (complement === undefined) continue;
      hidden.add(complement);
      changed = true;
    }
  }
  return hidden;
}
