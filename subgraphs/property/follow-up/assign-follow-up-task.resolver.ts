import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { todayUtc } from '../../../kit/validation/calendar-date';
import { visibleItem } from '../agenda/agenda-item-command';
import { TASK_STAGES } from '../agenda/agenda-lifecycle';
import type { PropertyContext } from '../context';
import { CONVENERS } from '../roles';
import { FollowUpTask } from './follow-up-task.entity';
import { AssignFollowUpTaskInput } from './follow-up-task.input';

@ObjectType({ description: 'Result of assigning a follow-up task (分派任务结果)' })
export class AssignFollowUpTaskPayload {
  @Field(_type => FollowUpTask, { description: 'The task (督办任务)' })
  task!: FollowUpTask;
}

@Resolver()
export class AssignFollowUpTaskResolver {
  @Authorized(CONVENERS)
  @Mutation(_returns => AssignFollowUpTaskPayload, { description: 'Hand the work of a decided item to one side with a due date, to be tracked to done (分派督办任务)' })
  async assignFollowUpTask(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: AssignFollowUpTaskInput,
    @Ctx() context: PropertyContext,
  ): Promise<AssignFollowUpTaskPayload> {
    const item = await visibleItem(context, input.itemId, 'input.itemId');
    if (!canActAt(context.viewer, CONVENERS, item)) throw new ForbiddenError('Only the conveners assign follow-up tasks');
    if (input.dueOn < todayUtc()) throw new BadUserInputError('input.dueOn', 'not in the past', 'input.dueOn lies in the past');
    if (!TASK_STAGES.includes(item.stage)) throw new ConflictError(`Tasks are assigned on items at stage ${TASK_STAGES.join(' or ')}, not ${item.stage}`);
    const task = Object.assign(new FollowUpTask(), {
      itemId: item.id, meetingId: item.meetingId, description: input.description, responsibleSide: input.responsibleSide, dueOn: input.dueOn,
      compoundId: item.compoundId, communityId: item.communityId, subdistrictId: item.subdistrictId,
    });
    await context.em.persistAndFlush(task);
    return { task };
  }
}
