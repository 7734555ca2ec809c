import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SERIES_DESCRIPTION, StatsSeriesArgs } from '../../../kit/stats/stats-interval';
import type { ElderlyContext } from '../context';
import { ElderlyStats, ElderlyStatsBucket } from './elderly-stats.type';

@Resolver(_of => ElderlyStats)
export class ElderlyStatsSeriesResolver {
  @FieldResolver(_returns => [ElderlyStatsBucket], { description: SERIES_DESCRIPTION })
  series(@Root() stats: ElderlyStats, @Args() { interval }: StatsSeriesArgs, @Ctx() { loaders }: ElderlyContext): Promise<ElderlyStatsBucket[]> {
    return loaders.stats.series(stats.key, interval);
  }
}
