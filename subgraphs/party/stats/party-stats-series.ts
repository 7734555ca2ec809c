import type { EntityManager } from '@mikro-orm/knex';
import { columnOf, tableOf } from '../../../kit/orm/column-name';
import { complementarySuppression, type Partition } from '../../../kit/stats/complementary-suppression';
import { BUCKET, bucketOf, dayBound, dayBuckets, type StatsBucket, type StatsInterval } from '../../../kit/stats/stats-interval';
import type { DayPeriod } from '../../../kit/stats/stats-period';
import { ServiceRecord } from '../service-post/service-record.entity';
import type { PartyStatsBucket } from './party-stats.type';

/** One place's services in one bucket. */
interface Cell {
  readonly place: string;
  readonly subdistrictId: string;
  readonly bucket: number;
  readonly services: number;
  readonly hours: number;
  readonly members: number;
}

/** Every community's and subdistrict's services, bucket by bucket, and which member counts BI may not see. */
export interface TreeSeries {
  readonly buckets: readonly StatsBucket[];
  readonly cells: readonly Cell[];
  /** `<place>:<bucket>` of the member counts hidden from those who may not see party members. */
  readonly hidden: ReadonlySet<string>;
}

const key = (place: string, bucket: number) => `${place}:${bucket}`;

/**
 * The services of the period's days in every community and every subdistrict, by bucket, in one
 * statement (a union of the two levels: a member serving in two communities counts once in the
 * subdistrict). Computed for the whole tree, so the suppression of small member counts — and of
 * whatever would give one away by subtraction, a subdistrict's minus its other communities' — is
 * the same whatever a query asks for.
 */
export async function treeSeries(em: EntityManager, days: DayPeriod, interval: StatsInterval): Promise<TreeSeries> {
  const knex = em.getKnex();
  const r = (property: keyof ServiceRecord & string) => columnOf(em, ServiceRecord, property);
  const buckets = dayBuckets(days, interval);
  const level = (place: 'communityId' | 'subdistrictId') =>
    knex(tableOf(em, ServiceRecord))
      .select(
        knex.raw('?? as place', [r(place)]),
        knex.raw('?? as subdistrict_id', [r('subdistrictId')]),
        bucketOf(knex, r('servedOn'), buckets, dayBound),
        knex.raw('count(*) as services'),
        knex.raw('sum(??) as hours', [r('hours')]),
        knex.raw('count(distinct ??) as members', [r('memberId')]),
      )
      .where(r('servedOn'), '>=', days.from)
      .where(r('servedOn'), '<', days.to)
      .groupBy(...new Set([r(place), r('subdistrictId')]), BUCKET);
  const rows: Record<string, unknown>[] = await em.execute(knex.unionAll([level('communityId'), level('subdistrictId')], false));
  const cells = rows.map(row => ({
    place: String(row.place),
    subdistrictId: String(row.subdistrict_id),
    bucket: Number(row[BUCKET]),
    services: Number(row.services),
    hours: Number(row.hours),
    members: Number(row.members),
  }));
  const counts = new Map(cells.map(cell => [key(cell.place, cell.bucket), cell.members]));
  const partitions: Partition[] = [];
  for (const subdistrict of cells.filter(cell => cell.place === cell.subdistrictId)) {
    const parts = cells.filter(cell => cell.subdistrictId === subdistrict.place && cell.place !== subdistrict.place && cell.bucket === subdistrict.bucket);
    partitions.push({ parent: key(subdistrict.place, subdistrict.bucket), children: parts.map(cell => key(cell.place, cell.bucket)) });
  }
  return { buckets, cells, hidden: complementarySuppression(counts, partitions) };
}

/** One place's series from the tree's: member counts hidden where the suppression hides them, unless `mayReadMembers`. */
export function placeSeries(tree: TreeSeries, place: string, mayReadMembers: boolean): PartyStatsBucket[] {
  return tree.buckets.map(({ start, end }, index) => {
    const cell = tree.cells.find(candidate => candidate.place === place && candidate.bucket === index);
    const members = cell?.members ?? 0;
    return {
      start,
      end,
      services: cell?.services ?? 0,
      serviceHours: Math.round((cell?.hours ?? 0) * 100) / 100,
      membersServing: !mayReadMembers && tree.hidden.has(key(place, index)) ? null : members,
    };
  });
}
