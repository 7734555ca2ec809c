import type { EntityManager } from '@mikro-orm/knex';
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

/**
 * Every in-service member of the given communities or subdistricts with their services in `days`,
 * in one statement (members without any service count as 0 and 0).
 */
export async function serviceTotals(
  em: EntityManager,
  scope: { communityId?: { $in: string[] }; subdistrictId?: { $in: string[] } },
  days: DayPeriod,
): Promise<ServiceTotal[]> {
  const knex = em.getKnex();
  const [property, ids] = scope.communityId ? (['communityId', scope.communityId.$in] as const) : (['subdistrictId', scope.subdistrictId?.$in ?? []] as const);
  if (ids.length === 0) return [];
  const m = (name: keyof PartyMember & string) => `m.${columnOf(em, PartyMember, name)}`;
  const r = (name: keyof ServiceRecord & string) => `r.${columnOf(em, ServiceRecord, name)}`;
  const query = knex
    .select('m.*', knex.raw('count(??) as service_count', [r('id')]), knex.raw('coalesce(sum(??), 0) as service_hours', [r('hours')]))
    .from(`${tableOf(em, PartyMember)} as m`)
    .leftJoin(`${tableOf(em, ServiceRecord)} as r`, function joinPeriod() {
      this.on(r('memberId'), '=', m('id'))
        .andOn(r('servedOn'), '>=', knex.raw('?', [days.from]))
        .andOn(r('servedOn'), '<', knex.raw('?', [days.to]));
    })
    .where(m('category'), PartyMemberCategory.IN_SERVICE)
    .whereIn(m(property), ids)
    .groupBy(m('id'))
    .orderBy(m('id'));
  const rows: Record<string, unknown>[] = await em.execute(query);
  return rows.map(({ service_count: services, service_hours: hours, ...columns }) => ({
    member: em.map(PartyMember, columns),
    services: Number(services),
    hours: Number(hours),
  }));
}
