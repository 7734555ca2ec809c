import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventConnection } from '../grid-event/grid-event-connection.type';
import { StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { GridEventsArgs } from '../grid-event/grid-event.input';
import { gridEventsOfPlace, gridEventStatsOfPlace, GRID_EVENTS_DESCRIPTION, GRID_EVENT_STATS_DESCRIPTION } from '../grid-event/grid-events-of-place';
import { EVENT_READERS, EVENT_STATS_READERS } from '../roles';
import { GridEventStats } from '../stats/grid-event-stats.type';
import { District } from './district.entity';

@Resolver(_of => District)
export class DistrictGridEventsResolver {
  @Authorized(EVENT_READERS)
  @FieldResolver(_returns => GridEventConnection, { description: GRID_EVENTS_DESCRIPTION })
  gridEvents(@Root() district: District, @Args() args: GridEventsArgs, @Ctx() context: GridsContext) {
    return gridEventsOfPlace('districtId', district.id, args, context);
  }

  @Authorized(EVENT_STATS_READERS)
  @FieldResolver(_returns => GridEventStats, { description: GRID_EVENT_STATS_DESCRIPTION })
  gridEventStats(@Root() district: District, @Args() period: StatsPeriodArgs, @Ctx() context: GridsContext) {
    // A district's stats are for city-wide roles (and a scope naming the district itself).
    return gridEventStatsOfPlace('districtId', district.id, { districtId: district.id }, period, context);
  }
}
