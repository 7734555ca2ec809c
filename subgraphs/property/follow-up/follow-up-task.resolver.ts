import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { todayUtc } from '../../../kit/validation/calendar-date';
import { AgendaItem } from '../agenda/agenda-item.entity';
import type { PropertyContext } from '../context';
import { FollowUpTask, isOverdue } from './follow-up-task.entity';

@Resolver(_of => FollowUpTask)
export class FollowUpTaskResolver {
  @FieldResolver(_returns => Boolean, { description: 'Open past its due date (超期)' })
  overdue(@Root() task: FollowUpTask): boolean {
    return isOverdue(task, todayUtc());
  }

  @FieldResolver(_returns => AgendaItem, { description: 'The agenda item that decided it (所属议题)' })
  async agendaItem(@Root() task: FollowUpTask, @Ctx() { loaders }: PropertyContext): Promise<AgendaItem> {
    return (await loaders.itemById.load(task.itemId))!;
  }
}
