import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GridEventReasonInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of suspending a grid event' })
export class SuspendGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class SuspendGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => SuspendGridEventPayload, { description: 'Suspend an event in progress, with a reason (挂起)' })
  suspendGridEvent(@Arg('input', { description: 'The command (指令)' }) input: GridEventReasonInput, @Ctx() context: GridsContext): Promise<SuspendGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.SUSPEND, { reason: input.reason });
  }
}
