import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventConnection } from '../grid-event/grid-event-connection.type';
import { StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { GridEventsArgs } from '../grid-event/grid-event.input';
import { gridEventsOfPlace, gridEventStatsOfPlace, GRID_EVENTS_DESCRIPTION, GRID_EVENT_STATS_DESCRIPTION } from '../grid-event/grid-events-of-place';
import { EVENT_READERS, EVENT_STATS_READERS } from '../roles';
import { GridEventStats } from '../stats/grid-event-stats.type';
import { Subdistrict } from './subdistrict.entity';

@Resolver(_of => Subdistrict)
export class SubdistrictGridEventsResolver {
  @Authorized(EVENT_READERS)
  @FieldResolver(_returns => GridEventConnection, { description: GRID_EVENTS_DESCRIPTION })
  gridEvents(@Root() subdistrict: Subdistrict, @Args() args: GridEventsArgs, @Ctx() context: GridsContext) {
    return gridEventsOfPlace('subdistrictId', subdistrict.id, args, context);
  }

  @Authorized(EVENT_STATS_READERS)
  @FieldResolver(_returns => GridEventStats, { description: GRID_EVENT_STATS_DESCRIPTION })
  gridEventStats(@Root() subdistrict: Subdistrict, @Args() period: StatsPeriodArgs, @Ctx() context: GridsContext) {
    return gridEventStatsOfPlace('subdistrictId', subdistrict.id, { subdistrictId: subdistrict.id }, period, context);
  }
}
