import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StatsSeriesArgs, SERIES_DESCRIPTION } from '../../../kit/stats/stats-interval';
import type { GridsContext } from '../context';
import { EventCategory } from '../grid-event/event-category.entity';
import type { GridEventSource } from '../grid-event/grid-event.entity';
import type { GridEventLevel } from '../grid-event/lifecycle';
import { GridEventCategoryCounts, GridEventLevelCounts, GridEventSourceCounts, GridEventStats, GridEventStatsBucket } from './grid-event-stats.type';

@Resolver(_of => GridEventStats)
export class GridEventStatsResolver {
  @FieldResolver(_returns => [GridEventCategoryCounts], { description: 'By category, most accepted first, then by code (按类别)' })
  async byCategory(@Root() stats: GridEventStats, @Ctx() { loaders }: GridsContext): Promise<GridEventCategoryCounts[]> {
    const groups = await loaders.gridEventStats.breakdown(stats.key, 'categoryId');
    const categories = await loaders.eventCategoryById.loadMany(groups.map((group) => group.groupKey));
    return groups
      .map(({ groupKey: _key, ...counts }, index) => ({ ...counts, category: categories[index] as EventCategory }))
      .sort((a, b) => b.accepted - a.accepted || a.category.code.localeCompare(b.category.code));
  }

  @FieldResolver(_returns => [GridEventSourceCounts], { description: 'By source (按来源)' })
  async bySource(@Root() stats: GridEventStats, @Ctx() { loaders }: GridsContext): Promise<GridEventSourceCounts[]> {
    const groups = await loaders.gridEventStats.breakdown(stats.key, 'source');
    return groups.map(({ groupKey, ...counts }) => ({ ...counts, source: groupKey as GridEventSource }));
  }

  @FieldResolver(_returns => [GridEventLevelCounts], { description: 'By the level handling the events now (按处置层级)' })
  async byLevel(@Root() stats: GridEventStats, @Ctx() { loaders }: GridsContext): Promise<GridEventLevelCounts[]> {
    const groups = await loaders.gridEventStats.breakdown(stats.key, 'level');
    return groups.map(({ groupKey, ...counts }) => ({ ...counts, level: groupKey as GridEventLevel }));
  }

  @FieldResolver(_returns => [GridEventStatsBucket], { description: SERIES_DESCRIPTION })
  series(@Root() stats: GridEventStats, @Args() { interval }: StatsSeriesArgs, @Ctx() { loaders }: GridsContext): Promise<GridEventStatsBucket[]> {
    return loaders.gridEventStats.series(stats.key, interval);
  }
}
