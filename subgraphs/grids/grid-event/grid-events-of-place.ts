import { type Place, canActAt } from '../../../kit/auth/viewer';
import { pageQuery } from '../../../kit/connection/page-query';
import { ForbiddenError } from '../../../kit/errors';
import { statsPeriod, type StatsPeriodArgs } from '../../../kit/stats/stats-period';
import type { GridsContext } from '../context';
import { EVENT_STATS_READERS } from '../roles';
import type { StatsParentProperty } from '../stats/grid-event-stats.loader';
import { GridEvent } from './grid-event.entity';
import { GridEventsArgs, gridEventFilter, gridEventOrder, gridEventScope } from './grid-event.input';

export function gridEventsOfPlace(parentProperty: StatsParentProperty, parentId: string, args: GridEventsArgs, { loaders, viewer }: GridsContext) {
  const where = { $and: [gridEventScope(viewer), gridEventFilter(args.where)] };
  return loaders.pages.childrenOf(GridEvent, parentProperty, parentId, pageQuery(args, where, gridEventOrder(args.orderBy)));
}

export function gridEventStatsOfPlace(parentProperty: StatsParentProperty, parentId: string, place: Place, args: StatsPeriodArgs, { loaders, viewer, receivedAt }: GridsContext) {
  const period = statsPeriod(args, receivedAt);
  if (!canActAt(viewer, EVENT_STATS_READERS, place)) throw new ForbiddenError('These stats are outside your scope');
  return loaders.gridEventStats.totals({ parentProperty, parentId, period: { from: period.from, to: period.to } });
}

export const GRID_EVENTS_DESCRIPTION = 'Grid events here, inside your scope (网格事件)';

export const GRID_EVENT_STATS_DESCRIPTION = 'Grid event stats over a period: accepted, disposed, disposal rate, overdue, time to resolve, satisfaction (网格事件统计)';
