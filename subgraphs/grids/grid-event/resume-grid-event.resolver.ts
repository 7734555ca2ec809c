import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GridEventCommandInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of resuming a grid event' })
export class ResumeGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class ResumeGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => ResumeGridEventPayload, { description: 'Resume a suspended event (恢复处理)' })
  resumeGridEvent(@Arg('input', { description: 'The command (指令)' }) input: GridEventCommandInput, @Ctx() context: GridsContext): Promise<ResumeGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.RESUME, { reason: input.note });
  }
}
