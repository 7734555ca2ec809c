import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SERIES_DESCRIPTION, StatsSeriesArgs } from '../../../kit/stats/stats-interval';
import type { PartyContext } from '../context';
import { PartyStats, PartyStatsBucket } from './party-stats.type';

@Resolver(_of => PartyStats)
export class PartyStatsSeriesResolver {
  @FieldResolver(_returns => [PartyStatsBucket], { description: SERIES_DESCRIPTION })
  series(@Root() stats: PartyStats, @Args() { interval }: StatsSeriesArgs, @Ctx() { loaders, viewer }: PartyContext): Promise<PartyStatsBucket[]> {
    return loaders.stats.series(stats.key, interval, viewer);
  }
}
