import { SMALL_GROUP } from './small-groups';

/** A place and the places that partition it (a compound and its buildings, a community and its grids). */
export interface Partition {
  readonly parent: string;
  readonly children: readonly string[];
}

/**
 * Which counts to hide so that no small group (1 to `SMALL_GROUP` − 1) can be worked out, not even
 * by subtraction: a hidden count that is the only hidden part of a published whole would follow
 * from the whole minus its other parts, so the smallest other non-zero part is hidden with it
 * (complementary suppression), repeated until every partition holds. Partitions may overlap (a
 * building belongs to a compound and to a grid): a part hidden for one is counted in the others.
 *
 * Returns the ids whose counts are hidden; ids missing from `counts` count as 0.
 */
export function complementarySuppression(counts: ReadonlyMap<string, number>, partitions: readonly Partition[]): Set<string> {
  const count = (id: string) => counts.get(id) ?? 0;
  const hidden = new Set([...counts.keys()].filter((id) => count(id) > 0 && count(id) < SMALL_GROUP));
  let changed = true;
  while (changed) {
    changed = false;
    for (const { parent, children } of partitions) {
      if (hidden.has(parent) || children.filter((child) => hidden.has(child)).length !== 1) continue;
      const complement = children
        .filter((child) => !hidden.has(child) && count(child) > 0)
        .sort((a, b) => count(a) - count(b) || a.localeCompare(b))[0];
      // Without another non-zero part the whole equals the hidden one: hide the whole instead.
      hidden.add(complement ?? parent);
      changed = true;
    }
  }
  return hidden;
}
