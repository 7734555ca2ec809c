/**
 * Seeded pseudo-random numbers for the demo generator. Every entity draws from its own stream,
 * seeded from its path, so any part of the territory can be regenerated alone and the output never
 * depends on the order of generation, the machine or the clock.
 */

/** A 32-bit seed from a string: FNV-1a over UTF-16 code units, then murmur3's finaliser for avalanche. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A deterministic random stream. */
export interface Prng {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform integer in [min, max], both inclusive */
  int(min: number, max: number): number;
  /** one element, uniformly */
  pick<T>(items: readonly T[]): T;
  /** one element, with probability proportional to its weight */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** true with probability `p` */
  chance(p: number): boolean;
  /** a shuffled copy (Fisher–Yates) */
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for synthetic data (not for anything secret). */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: items => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)];
    },
    weighted: items => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let point = next() * total;
      for (const [item, weight] of items) {
        point -= weight;
        if (point < 0) return item;
      }
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[items.length - 1][0];
    },
    chance: p => next() < p,
    shuffle: items => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

/** The stream of the entity at `path`; `purpose` separates independent draws about the same entity. */
export function prngFor(path: readonly string[], purpose: string): Prng {
  return createPrng(hashSeed(`${purpose}:${path.join('/')}`));
}

/**
 * Splits `total` into `parts` integers, each within [min, max], at random: used where the seeds
 * give an exact total (Datong's 396 communities, 1,724 compounds) to spread over the tree.
 */
export function apportion(rng: Prng, total: number, parts: number, min: number, max: number): number[] {
  if (parts * min > total || parts * max < total) {
    throw new RangeError(`cannot split ${total} into ${parts} parts of ${min}-${max}`);
  }
  const counts = new Array<number>(parts).fill(min);
  const open = [...counts.keys()];
  for (let left = total - parts * min; left > 0; left--) {
    const slot = rng.int(0, open.length - 1);
    const part = open[slot];
    counts[part]++;
    if (counts[part] === max) open.splice(slot, 1);
  }
  return counts;
}
