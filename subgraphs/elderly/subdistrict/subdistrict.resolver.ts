import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { ForbiddenError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { ELDERLY_STATS_READERS } from '../roles';
import { checkedPeriod } from '../stats/elderly-stats.args';
import { ElderlyStats, ElderlyStatsPeriod } from '../stats/elderly-stats.type';
import { Subdistrict } from './subdistrict.type';

@Resolver(_of => Subdistrict)
export class SubdistrictElderlyStatsResolver {
  @Authorized(ELDERLY_STATS_READERS)
  @FieldResolver(_returns => ElderlyStats, { nullable: true, description: 'Elderly-care statistics of the subdistrict over a period (街道养老服务统计)' })
  elderlyStats(
    @Root() subdistrict: Subdistrict,
    @Arg('period', _type => ElderlyStatsPeriod, { description: 'Period (统计区间)' }) period: ElderlyStatsPeriod,
    @Ctx() { loaders, viewer }: ElderlyContext,
  ): Promise<ElderlyStats> {
    checkedPeriod(period);
    if (!canActAt(viewer, ELDERLY_STATS_READERS, { subdistrictId: subdistrict.id })) throw new ForbiddenError('These stats are outside your scope');
    return loaders.stats.load('subdistrict_id', subdistrict.id, period);
  }
}
