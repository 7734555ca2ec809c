import type { EntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';
import { columnOf, tableOf } from '../../../kit/orm/column-name';
import type { DayPeriod } from '../../../kit/stats/stats-period';
import { PartyMember, PartyMemberCategory } from '../member/member.entity';
import { ServiceRecord } from './service-record.entity';

/** In-service members must serve at least this often and this long a year (不少于4次、累计不少于20小时). */
export const MIN_SERVICES_PER_YEAR = 4;
export const MIN_HOURS_PER_YEAR = 20;

/** The days of one calendar year, for the yearly compliance list. */
export function yearDays(year: number): DayPeriod {
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

/** An in-service member's services in one period. */
export interface ServiceTotal {
  readonly member: PartyMember;
  readonly services: number;
  readonly hours: number;
}

export function isCompliant(total: Pick<ServiceTotal, 'services' | 'hours'>): boolean {
  return total.services >= MIN_SERVICES_PER_YEAR && total.hours >= MIN_HOURS_PER_YEAR;
}

type PlaceProperty = 'communityId' | 'subdistrictId';

/**
 * The in-service members of the given communities or subdistricts, each with its services in
 * `days` (`service_count`, `service_hours`; 0 and 0 without any), one row per member.
 */
function servicesByMember(em: EntityManager, property: PlaceProperty, ids: readonly string[], days: DayPeriod, columns: readonly string[]): Knex.QueryBuilder {
  const knex = em.getKnex();
  const m = (name: keyof PartyMember & string) => `m.${columnOf(em, PartyMember, name)}`;
  const r = (name: keyof ServiceRecord & string) => `r.${columnOf(em, ServiceRecord, name)}`;
  return knex
    .select(...columns, knex.raw('count(??) as service_count', [r('id')]), knex.raw('coalesce(sum(??), 0) as service_hours', [r('hours')]))
    .from(`${tableOf(em, PartyMember)} as m`)
    .leftJoin(`${tableOf(em, ServiceRecord)} as r`, function joinPeriod() {
      this.on(r('memberId'), '=', m('id'))
        .andOn(r('servedOn'), '>=', knex.raw('?', [days.from]))
        .andOn(r('servedOn'), '<', knex.raw('?', [days.to]));
    })
    .where(m('category'), PartyMemberCategory.IN_SERVICE)
    .whereIn(m(property), [...ids])
    .groupBy(m('id'));
}

/** Every in-service member of the given communities or subdistricts with their services in `days`, in one statement. */
export async function serviceTotals(
  em: EntityManager,
  scope: { communityId?: { $in: string[] }; subdistrictId?: { $in: string[] } },
  days: DayPeriod,
): Promise<ServiceTotal[]> {
  const [property, ids] = scope.communityId ? (['communityId', scope.communityId.$in] as const) : (['subdistrictId', scope.subdistrictId?.$in ?? []] as const);
  if (ids.length === 0) return [];
  const query = servicesByMember(em, property, ids, days, ['m.*']).orderBy(`m.${columnOf(em, PartyMember, 'id')}`);
  const rows: Record<string, unknown>[] = await em.execute(query);
  return rows.map(({ service_count: services, service_hours: hours, ...columns }) => ({
    member: em.map(PartyMember, columns),
    services: Number(services),
    hours: Number(hours),
  }));
}

/**
 * How many in-service members of each community (or subdistrict) served enough in `days`
 * (`isCompliant`, the same rule counted in the database): the figure of the stats, without reading
 * the members themselves.
 */
export async function compliantCounts(em: EntityManager, property: PlaceProperty, ids: readonly string[], days: DayPeriod): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const perMember = servicesByMember(em, property, ids, days, [`m.${columnOf(em, PartyMember, property)} as place`]);
  const knex = em.getKnex();
  const query = knex
    .select('t.place', knex.raw('count(*) as total'))
    .from(perMember.as('t'))
    .where('t.service_count', '>=', MIN_SERVICES_PER_YEAR)
    .where('t.service_hours', '>=', MIN_HOURS_PER_YEAR)
    .groupBy('t.place');
  const rows: { place: string; total: number | string }[] = await em.execute(query);
  return new Map(rows.map((row) => [row.place, Number(row.total)]));
}
