import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GridEventReasonInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of a department returning a dispatch' })
export class ReturnGridEventDispatchPayload extends GridEventCommandPayload {}

@Resolver()
export class ReturnGridEventDispatchResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => ReturnGridEventDispatchPayload, { description: "The department's receiver returns a dispatched event to its holder, with a reason (退回)" })
  returnGridEventDispatch(@Arg('input', { description: 'The command (指令)' }) input: GridEventReasonInput, @Ctx() context: GridsContext): Promise<ReturnGridEventDispatchPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.RETURN_DISPATCH, {
      reason: input.reason,
      apply: (event) => {
        event.departmentId = null;
        event.dispatchDeadlineAt = null;
      },
    });
  }
}
