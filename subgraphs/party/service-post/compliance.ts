import type { EntityManager } from '@mikro-orm/knex';
import { PartyMember, PartyMemberCategory } from '../member/member.entity';

/** In-service members must serve at least this often and this long a year (不少于4次、累计不少于20小时). */
export const MIN_SERVICES_PER_YEAR = 4;
export const MIN_HOURS_PER_YEAR = 20;

/** An in-service member's services in one year. */
export interface ServiceTotal {
  readonly member: PartyMember;
  readonly services: number;
  readonly hours: number;
}

export function isCompliant(total: Pick<ServiceTotal, 'services' | 'hours'>): boolean {
  return total.services >= MIN_SERVICES_PER_YEAR && total.hours >= MIN_HOURS_PER_YEAR;
}

/**
 * Every in-service member of the given communities or subdistricts with their services in `year`,
 * in one statement (members without any service count as 0 and 0).
 */
export async function serviceTotals(
  em: EntityManager,
  scope: { communityId?: { $in: string[] }; subdistrictId?: { $in: string[] } },
  year: number,
): Promise<ServiceTotal[]> {
  const knex = em.getKnex();
  const [column, ids] = scope.communityId ? ['m.community_id', scope.communityId.$in] : ['m.subdistrict_id', scope.subdistrictId?.$in ?? []];
  if (ids.length === 0) return [];
  const query = knex
    .select('m.*', knex.raw('count(r.id) as service_count'), knex.raw('coalesce(sum(r.hours), 0) as service_hours'))
    .from('party_member as m')
    .leftJoin('service_record as r', function joinYear() {
      this.on('r.member_id', '=', 'm.id')
        .andOn('r.served_on', '>=', knex.raw('?', [`${year}-01-01`]))
        .andOn('r.served_on', '<=', knex.raw('?', [`${year}-12-31`]));
    })
    .where('m.category', PartyMemberCategory.IN_SERVICE)
    .whereIn(column, ids)
    .groupBy('m.id')
    .orderBy('m.id');
  const rows: Record<string, unknown>[] = await em.getConnection().execute(query);
  return rows.map(({ service_count: services, service_hours: hours, ...columns }) => ({
    member: em.map(PartyMember, columns),
    services: Number(services),
    hours: Number(hours),
  }));
}
