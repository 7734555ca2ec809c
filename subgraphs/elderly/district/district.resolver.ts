import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CITY_WIDE_ROLES } from '../../../kit/auth/role';
import { hasAnyRole } from '../../../kit/auth/viewer';
import { ForbiddenError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { ELDERLY_STATS_READERS } from '../roles';
import { checkedPeriod } from '../stats/elderly-stats.args';
import { ElderlyStats, ElderlyStatsPeriod } from '../stats/elderly-stats.type';
import { District } from './district.type';

@Resolver(_of => District)
export class DistrictElderlyStatsResolver {
  @Authorized(ELDERLY_STATS_READERS)
  @FieldResolver(_returns => ElderlyStats, { nullable: true, description: 'Elderly-care statistics of the district over a period (区养老服务统计), for city-wide roles' })
  elderlyStats(
    @Root() district: District,
    @Arg('period', _type => ElderlyStatsPeriod, { description: 'Period (统计区间)' }) period: ElderlyStatsPeriod,
    @Ctx() { loaders, viewer }: ElderlyContext,
  ): Promise<ElderlyStats> {
    checkedPeriod(period);
    if (!hasAnyRole(viewer, ELDERLY_STATS_READERS.filter((role) => CITY_WIDE_ROLES.includes(role)))) {
      throw new ForbiddenError('District stats are for city-wide roles');
    }
    return loaders.stats.load(null, district.id, period);
  }
}
