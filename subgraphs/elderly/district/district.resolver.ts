import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CITY_WIDE_ROLES } from '../../../kit/auth/role';
import { hasAnyRole } from '../../../kit/auth/viewer';
import { ForbiddenError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { ELDERLY_STATS_READERS } from '../roles';
import { dayPeriod } from '../stats/elderly-stats.args';
import { StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { ElderlyStats } from '../stats/elderly-stats.type';
import { District } from './district.type';

@Resolver(_of => District)
export class DistrictElderlyStatsResolver {
  @Authorized(ELDERLY_STATS_READERS)
  @FieldResolver(_returns => ElderlyStats, { nullable: true, description: 'Elderly-care statistics of the district over a period (区养老服务统计), for city-wide roles' })
  elderlyStats(
    @Root() district: District,
    @Args() args: StatsPeriodArgs,
    @Ctx() { loaders, viewer, receivedAt }: ElderlyContext,
  ): Promise<ElderlyStats> {
    const period = dayPeriod(args, receivedAt);
    if (!hasAnyRole(viewer, ELDERLY_STATS_READERS.filter((role) => CITY_WIDE_ROLES.includes(role)))) {
      throw new ForbiddenError('District stats are for city-wide roles');
    }
    return loaders.stats.load(null, district.id, period);
  }
}
