import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GiveGridEventFeedbackInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: "Result of the reporter's feedback" })
export class GiveGridEventFeedbackPayload extends GridEventCommandPayload {}

@Resolver()
export class GiveGridEventFeedbackResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => GiveGridEventFeedbackPayload, { description: "The reporter's feedback on a resolved event: satisfied closes it, not satisfied reopens it (群众反馈)" })
  giveGridEventFeedback(@Arg('input', { description: 'The command (指令)' }) input: GiveGridEventFeedbackInput, @Ctx() context: GridsContext): Promise<GiveGridEventFeedbackPayload> {
    const command = input.satisfied ? GridEventCommand.FEEDBACK_SATISFIED : GridEventCommand.FEEDBACK_UNSATISFIED;
    return runGridEventCommand(context, input.eventId, command, {
      reason: input.note,
      apply: (event, now) => {
        event.satisfied = input.satisfied;
        if (input.satisfied) {
          event.closedAt = now;
        } else {
          // Reopened: it is no longer disposed until resolved again.
          event.resolvedAt = null;
          event.resolvedLate = false;
          event.hoursToResolve = null;
        }
      },
    });
  }
}
