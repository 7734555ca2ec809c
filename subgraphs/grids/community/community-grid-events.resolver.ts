import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventConnection } from '../grid-event/grid-event-connection.type';
import { StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { GridEventsArgs } from '../grid-event/grid-event.input';
import { gridEventsOfPlace, gridEventStatsOfPlace, GRID_EVENTS_DESCRIPTION, GRID_EVENT_STATS_DESCRIPTION } from '../grid-event/grid-events-of-place';
import { EVENT_READERS, EVENT_STATS_READERS } from '../roles';
import { GridEventStats } from '../stats/grid-event-stats.type';
import { Community } from './community.entity';

@Resolver(_of => Community)
export class CommunityGridEventsResolver {
  @Authorized(EVENT_READERS)
  @FieldResolver(_returns => GridEventConnection, { description: GRID_EVENTS_DESCRIPTION })
  gridEvents(@Root() community: Community, @Args() args: GridEventsArgs, @Ctx() context: GridsContext) {
    return gridEventsOfPlace('communityId', community.id, args, context);
  }

  @Authorized(EVENT_STATS_READERS)
  @FieldResolver(_returns => GridEventStats, { description: GRID_EVENT_STATS_DESCRIPTION })
  gridEventStats(@Root() community: Community, @Args() period: StatsPeriodArgs, @Ctx() context: GridsContext) {
    return gridEventStatsOfPlace('communityId', community.id, { subdistrictId: community.subdistrictId, communityId: community.id }, period, context);
  }
}
