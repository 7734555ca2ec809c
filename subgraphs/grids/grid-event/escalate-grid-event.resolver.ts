import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { GridEventReasonInput } from './grid-event.input';
import { GridEventCommand, GridEventLevel, LEVEL_CHAIN, levelRank } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of escalating a grid event' })
export class EscalateGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class EscalateGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => EscalateGridEventPayload, { description: 'Escalate an event beyond its level, or overdue, one step up the three-level chain (三级响应: 网格员 → 网格长 → 综治办)' })
  escalateGridEvent(@Arg('input', { description: 'The command (指令)' }) input: GridEventReasonInput, @Ctx() context: GridsContext): Promise<EscalateGridEventPayload> {
    return runGridEventCommand(context, input.eventId, GridEventCommand.ESCALATE, {
      reason: input.reason,
      apply: (event) => {
        // The next level up must accept it anew; a department's part ends with the escalation.
        event.level = LEVEL_CHAIN[levelRank(event.level) + 1] ?? GridEventLevel.SUBDISTRICT;
        event.holderId = null;
        event.departmentId = null;
        event.dispatchDeadlineAt = null;
      },
    });
  }
}
