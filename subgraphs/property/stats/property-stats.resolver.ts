import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SERIES_DESCRIPTION, StatsSeriesArgs } from '../../../kit/stats/stats-interval';
import type { PropertyContext } from '../context';
import { PropertyStats, PropertyStatsBucket } from './property-stats.type';

@Resolver(_of => PropertyStats)
export class PropertyStatsSeriesResolver {
  @FieldResolver(_returns => [PropertyStatsBucket], { description: SERIES_DESCRIPTION })
  series(@Root() stats: PropertyStats, @Args() { interval }: StatsSeriesArgs, @Ctx() { loaders }: PropertyContext): Promise<PropertyStatsBucket[]> {
    return loaders.stats.series(stats.key, interval);
  }
}
