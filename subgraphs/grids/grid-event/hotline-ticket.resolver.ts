import type { FilterQuery } from '@mikro-orm/core';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { pageQuery } from '../../../kit/connection/page-query';
import type { GridsContext } from '../context';
import { HOTLINE } from '../roles';
import { GridEventConnection } from './grid-event-connection.type';
import { GridEvent, GridEventSource } from './grid-event.entity';
import { GridEventsArgs, gridEventFilter, gridEventOrder } from './grid-event.input';

/** What the 12345 hotline reads back: the tickets it handed to the grid. */
@Resolver()
export class HotlineTicketsResolver {
  @Authorized(HOTLINE)
  @Query(_returns => GridEventConnection, { description: "For the 12345 hotline: the status of its own tickets (工单办理进度)" })
  hotlineTickets(@Args() args: GridEventsArgs, @Ctx() { loaders, viewer }: GridsContext) {
    const own: FilterQuery<GridEvent> = { source: GridEventSource.HOTLINE_12345, reportedBy: viewer!.id };
    return loaders.pages.root(GridEvent, pageQuery(args, { $and: [own, gridEventFilter(args.where)] }, gridEventOrder(args.orderBy)));
  }
}
