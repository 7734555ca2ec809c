import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgendaItem } from '../agenda/agenda-item.entity';
import type { PropertyContext } from '../context';
import { readable } from '../scope';
import { GridEvent } from './grid-event.type';

@Resolver(_of => GridEvent)
export class GridEventJointMeetingItemsResolver {
  @FieldResolver(_returns => [AgendaItem], { nullable: true, description: 'Joint meeting agenda items this event became, in your scope (联席会议议题)' })
  async jointMeetingItems(@Root() event: GridEvent, @Ctx() context: PropertyContext): Promise<AgendaItem[]> {
    return readable(context, await context.loaders.itemsByGridEventId.load(event.id));
  }
}
