import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { readable } from '../../../kit/auth/entity-access';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { reveal } from '../../../kit/auth/personal-data';
import { ConnectionArgs, SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import { maskName, maskPhone } from '../../../kit/personal/mask';
import { GRID_EVENT_ACCESS } from '../access';
import { Community } from '../community/community.entity';
import type { GridsContext } from '../context';
import { Department } from '../department/department.entity';
import { Grid } from '../grid/grid.entity';
import { EVENT_READERS } from '../roles';
import { EventCategory } from './event-category.entity';
import { EventHolder } from './event-holder.type';
import { GridEventTransition } from './grid-event-transition.entity';
import { GridEvent } from './grid-event.entity';
import { GridEventsArgs, gridEventFilter, gridEventOrder, gridEventScope } from './grid-event.input';
import { GridEventConnection } from './grid-event-connection.type';
import { GridEventTransitionConnection } from './grid-event-transition-connection.type';
import { isOverdue } from './overdue';

@Resolver(_of => GridEvent)
export class GridEventResolver {
  @Authorized(EVENT_READERS)
  @Query(_returns => GridEvent, { nullable: true, description: 'A grid event by id, inside your scope (网格事件)' })
  async gridEvent(@Arg('id', _type => ID, { description: 'Id (标识)' }) id: string, @Ctx() { loaders, viewer }: GridsContext): Promise<GridEvent | null> {
    return readable(viewer, GRID_EVENT_ACCESS, await loaders.gridEventById.load(id));
  }

  @Authorized(EVENT_READERS)
  @Query(_returns => GridEventConnection, { description: 'Grid events in your scope (网格事件列表); `where: { overdue: true }` finds the overdue' })
  gridEvents(@Args() args: GridEventsArgs, @Ctx() { loaders, viewer }: GridsContext) {
    return loaders.pages.root(GridEvent, pageQuery(args, { $and: [gridEventScope(viewer), gridEventFilter(args.where)] }, gridEventOrder(args.orderBy)));
  }

  @Query(_returns => [EventCategory], { description: 'The catalogue of event categories with their deadlines (事件类别目录)' })
  eventCategories(@Ctx() { em }: GridsContext): Promise<EventCategory[]> {
    return em.find(EventCategory, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(_returns => EventCategory, { description: 'Category (事件类别)' })
  category(@Root() event: GridEvent, @Ctx() { loaders }: GridsContext) {
    return loaders.eventCategoryById.load(event.categoryId);
  }

  @FieldResolver(_returns => Grid, { description: 'Grid (所属网格)' })
  grid(@Root() event: GridEvent, @Ctx() { loaders }: GridsContext) {
    return loaders.gridById.load(event.gridId);
  }

  @FieldResolver(_returns => Community, { description: 'Community (所属社区)' })
  community(@Root() event: GridEvent, @Ctx() { loaders }: GridsContext) {
    return loaders.communityById.load(event.communityId);
  }

  @FieldResolver(_returns => Department, { nullable: true, description: 'Department it is dispatched to (承办部门)' })
  department(@Root() event: GridEvent, @Ctx() { loaders }: GridsContext) {
    return event.departmentId ? loaders.departmentById.load(event.departmentId) : null;
  }

  @FieldResolver(_returns => EventHolder, { nullable: true, description: 'Current holder, whichever kind of account (首问责任人)' })
  async holder(@Root() event: GridEvent, @Ctx() { loaders }: GridsContext): Promise<EventHolder | null> {
    if (!event.holderId) return null;
    // Escalating clears the holder and accepting sets it at the current level: it holds at the event's level.
    const gridWorker = await loaders.gridWorkerById.load(event.holderId);
    return { id: event.holderId, level: event.level, name: gridWorker?.name ?? null, gridWorker };
  }

  @FieldResolver(_returns => GridEvent, { nullable: true, description: 'The original this duplicate was merged into (原事件)' })
  async duplicateOf(@Root() event: GridEvent, @Ctx() { loaders, viewer }: GridsContext) {
    return event.duplicateOfId ? readable(viewer, GRID_EVENT_ACCESS, await loaders.gridEventById.load(event.duplicateOfId)) : null;
  }

  @FieldResolver(_returns => Boolean, { description: 'Open past its deadline to resolve, or dispatched and unanswered past the response hours (超期)' })
  overdue(@Root() event: GridEvent): boolean {
    return isOverdue(event);
  }

  @FieldResolver(_returns => String, { nullable: true, description: "Reporter's name (反映人); masked unless your role and scope allow it" })
  reporterName(@Root() event: GridEvent, @Ctx() context: GridsContext, @RevealArg() reason?: RevealReason) {
    return reveal(personalRead(event, context, 'reporterName', reason), event.reporterName, maskName);
  }

  @FieldResolver(_returns => String, { nullable: true, description: "Reporter's phone (联系电话); masked unless your role and scope allow it" })
  reporterPhone(@Root() event: GridEvent, @Ctx() context: GridsContext, @RevealArg() reason?: RevealReason) {
    return reveal(personalRead(event, context, 'reporterPhone', reason), event.reporterPhone, maskPhone);
  }

  @FieldResolver(_returns => GridEventTransitionConnection, { description: 'History: every step, oldest first (流转记录)' })
  history(@Root() event: GridEvent, @Args() args: ConnectionArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(GridEventTransition, 'eventId', event.id, pageQuery(args, {}, [['sequence', SortDirection.ASC]]));
  }
}

function personalRead(event: GridEvent, { viewer, audit }: GridsContext, field: string, reason: RevealReason | undefined) {
  return { viewer, audit, reason: reason ?? null, field, subject: { type: 'GridEvent', ...event } };
}
