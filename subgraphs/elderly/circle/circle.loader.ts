import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { ServicePointKind } from '../service-point/service-point.entity';
import { circleCounts, nearestPoints, type CircleCounts, type CircleScope, type NearbyRow } from './circle-sql';

const NONE: CircleCounts = { elders: 0, covered: 0, unlocated: 0 };

/**
 * Per-request circle loaders: circles of many communities (or stats of many subdistricts) for one
 * kind cost one statement; nearest points of many households for one kind and count, one statement.
 */
export class CircleLoaders {
  private readonly counts = new Map<string, DataLoader<string, CircleCounts>>();
  private readonly nearby = new Map<string, DataLoader<string, NearbyRow[]>>();

  constructor(private readonly em: EntityManager) {}

  /** Elders in and out of the circle of `kind` (any kind when null) in one group. */
  countsOf(scope: CircleScope, groupId: string, kind: ServicePointKind | null): Promise<CircleCounts> {
    const key = `${scope}:${kind}`;
    let loader = this.counts.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const counts = await circleCounts(this.em, scope, ids, kind);
        return ids.map((id) => counts.get(scope ? id : '') ?? NONE);
      });
      this.counts.set(key, loader);
    }
    return loader.load(groupId);
  }

  /** The `first` nearest open points of `kind` to a place, nearest first. */
  nearestTo(placeId: string, kind: ServicePointKind, first: number, radius: number): Promise<NearbyRow[]> {
    const key = `${kind}:${first}:${radius}`;
    let loader = this.nearby.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await nearestPoints(this.em, ids, kind, first, radius);
        return ids.map((id) => rows.filter((row) => row.placeId === id));
      });
      this.nearby.set(key, loader);
    }
    return loader.load(placeId);
  }
}
