import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { guardVersion } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { TASK_KEEPERS } from '../roles';
import { canRead } from '../scope';
import { FollowUpTask, FollowUpTaskState } from './follow-up-task.entity';
import { CompleteFollowUpTaskInput } from './follow-up-task.input';

@ObjectType({ description: 'Result of completing a follow-up task (办结任务结果)' })
export class CompleteFollowUpTaskPayload {
  @Field(_type => FollowUpTask, { description: 'The task, done (督办任务)' })
  task!: FollowUpTask;
}

@Resolver()
export class CompleteFollowUpTaskResolver {
  @Authorized(TASK_KEEPERS)
  @Mutation(_returns => CompleteFollowUpTaskPayload, { description: 'Report a follow-up task done, saying what was done; a property manager for their own compounds (办结督办任务)' })
  async completeFollowUpTask(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: CompleteFollowUpTaskInput,
    @Ctx() context: PropertyContext,
  ): Promise<CompleteFollowUpTaskPayload> {
    const task = await context.loaders.taskById.load(input.taskId);
    if (!task || !canRead(context, task)) throw new BadUserInputError('input.taskId', 'exists', 'input.taskId is not a follow-up task you can see');
    if (!canActAt(context.viewer, TASK_KEEPERS, task)) throw new ForbiddenError('This task is outside your scope');
    if (task.state !== FollowUpTaskState.OPEN) throw new ConflictError('This task is already done');
    Object.assign(task, { state: FollowUpTaskState.DONE, doneAt: new Date(), outcome: input.outcome });
    await guardVersion('The task was completed at the same moment; nothing was written', () => context.em.flush());
    return { task };
  }
}
