import { Arg, Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Place } from '../../../kit/auth/viewer';
import { canActAt } from '../../../kit/auth/viewer';
import { pageQuery } from '../../../kit/connection/page-query';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { Community } from '../community/community.entity';
import type { GridsContext } from '../context';
import { District } from '../district/district.entity';
import { Grid } from './grid.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { EVENT_READERS, EVENT_STATS_READERS } from '../grid-event/event-roles';
import { GridEvent } from '../grid-event/grid-event.entity';
import { GridEventConnection, GridEventPeriod, GridEventsArgs, gridEventFilter, gridEventOrder, gridEventScope } from '../grid-event/grid-event.input';
import { GridEventStats, type StatsParentProperty } from '../stats/grid-event-stats.loader';

/** Periods longer than this are refused: stats are for reporting periods (a half-year, a year). */
const MAX_PERIOD_DAYS = 3 * 366;

function events(parentProperty: StatsParentProperty, parentId: string, args: GridEventsArgs, { loaders, viewer }: GridsContext) {
  const where = { $and: [gridEventScope(viewer), gridEventFilter(args.where)] };
  return loaders.pages.childrenOf(GridEvent, parentProperty, parentId, pageQuery(args, where, gridEventOrder(args.orderBy)));
}

function stats(parentProperty: StatsParentProperty, parentId: string, place: Place, period: GridEventPeriod, { loaders, viewer }: GridsContext) {
  if (!(period.from < period.to)) throw new BadUserInputError('period.to', 'after from', 'period.to must be after period.from');
  if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new BadUserInputError('period.to', `at most ${MAX_PERIOD_DAYS} days`, `period may span at most ${MAX_PERIOD_DAYS} days`);
  }
  if (!canActAt(viewer, EVENT_STATS_READERS, place)) throw new ForbiddenError('These stats are outside your scope');
  return loaders.gridEventStats.totals({ parentProperty, parentId, period: { from: period.from, to: period.to } });
}

const EVENTS = 'Grid events here, inside your scope (网格事件)';
const STATS = 'Grid event stats over a period: accepted, disposed, disposal rate, overdue, time to resolve, satisfaction (网格事件统计)';

@Resolver(_of => Grid)
export class GridGridEventsResolver {
  @Authorized(EVENT_READERS)
  @FieldResolver(_returns => GridEventConnection, { description: EVENTS })
  gridEvents(@Root() grid: Grid, @Args() args: GridEventsArgs, @Ctx() context: GridsContext) {
    return events('gridId', grid.id, args, context);
  }

  @Authorized(EVENT_STATS_READERS)
  @FieldResolver(_returns => GridEventStats, { description: STATS })
  gridEventStats(@Root() grid: Grid, @Arg('period', _type => GridEventPeriod, { description: 'Period by report time (统计区间)' }) period: GridEventPeriod, @Ctx() context: GridsContext) {
    return stats('gridId', grid.id, { subdistrictId: grid.subdistrictId, communityId: grid.communityId, gridId: grid.id }, period, context);
  }
}

@Resolver(_of => Community)
export class CommunityGridEventsResolver {
  @Authorized(EVENT_READERS)
  @FieldResolver(_returns => GridEventConnection, { description: EVENTS })
  gridEvents(@Root() community: Community, @Args() args: GridEventsArgs, @Ctx() context: GridsContext) {
    return events('communityId', community.id, args, context);
  }

  @Authorized(EVENT_STATS_READERS)
  @FieldResolver(_returns => GridEventStats, { description: STATS })
  gridEventStats(@Root() community: Community, @Arg('period', _type => GridEventPeriod, { description: 'Period by report time (统计区间)' }) period: GridEventPeriod, @Ctx() context: GridsContext) {
    return stats('communityId', community.id, { subdistrictId: community.subdistrictId, communityId: community.id }, period, context);
  }
}

@Resolver(_of => Subdistrict)
export class SubdistrictGridEventsResolver {
  @Authorized(EVENT_READERS)
  @FieldResolver(_returns => GridEventConnection, { description: EVENTS })
  gridEvents(@Root() subdistrict: Subdistrict, @Args() args: GridEventsArgs, @Ctx() context: GridsContext) {
    return events('subdistrictId', subdistrict.id, args, context);
  }

  @Authorized(EVENT_STATS_READERS)
  @FieldResolver(_returns => GridEventStats, { description: STATS })
  gridEventStats(@Root() subdistrict: Subdistrict, @Arg('period', _type => GridEventPeriod, { description: 'Period by report time (统计区间)' }) period: GridEventPeriod, @Ctx() context: GridsContext) {
    return stats('subdistrictId', subdistrict.id, { subdistrictId: subdistrict.id }, period, context);
  }
}

@Resolver(_of => District)
export class DistrictGridEventsResolver {
  @Authorized(EVENT_READERS)
  @FieldResolver(_returns => GridEventConnection, { description: EVENTS })
  gridEvents(@Root() district: District, @Args() args: GridEventsArgs, @Ctx() context: GridsContext) {
    return events('districtId', district.id, args, context);
  }

  @Authorized(EVENT_STATS_READERS)
  @FieldResolver(_returns => GridEventStats, { description: STATS })
  gridEventStats(@Root() district: District, @Arg('period', _type => GridEventPeriod, { description: 'Period by report time (统计区间)' }) period: GridEventPeriod, @Ctx() context: GridsContext) {
    // A district's stats are for city-wide roles (and a scope naming the district itself).
    return stats('districtId', district.id, { subdistrictId: district.id }, period, context);
  }
}
