import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GridEventCommandInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of a department accepting a dispatch' })
export class AcceptGridEventDispatchPayload extends GridEventCommandPayload {}

@Resolver()
export class AcceptGridEventDispatchResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => AcceptGridEventDispatchPayload, { description: "The department's receiver accepts a dispatched event and starts on it (部门报到, 接哨)" })
  acceptGridEventDispatch(@Arg('input', { description: 'The command (指令)' }) input: GridEventCommandInput, @Ctx() context: GridsContext): Promise<AcceptGridEventDispatchPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.ACCEPT_DISPATCH, { reason: input.note });
  }
}
