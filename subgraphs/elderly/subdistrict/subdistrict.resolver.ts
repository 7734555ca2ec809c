import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { ForbiddenError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { ELDERLY_STATS_READERS } from '../roles';
import { dayPeriod } from '../stats/elderly-stats.args';
import { StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { ElderlyStats } from '../stats/elderly-stats.type';
import { Subdistrict } from './subdistrict.type';

@Resolver(_of => Subdistrict)
export class SubdistrictElderlyStatsResolver {
  @Authorized(ELDERLY_STATS_READERS)
  @FieldResolver(_returns => ElderlyStats, { nullable: true, description: 'Elderly-care statistics of the subdistrict over a period (街道养老服务统计)' })
  elderlyStats(
    @Root() subdistrict: Subdistrict,
    @Args() args: StatsPeriodArgs,
    @Ctx() { loaders, viewer, receivedAt }: ElderlyContext,
  ): Promise<ElderlyStats> {
    const period = dayPeriod(args, receivedAt);
    if (!canActAt(viewer, ELDERLY_STATS_READERS, { subdistrictId: subdistrict.id })) throw new ForbiddenError('These stats are outside your scope');
    return loaders.stats.load('subdistrict_id', subdistrict.id, period);
  }
}
