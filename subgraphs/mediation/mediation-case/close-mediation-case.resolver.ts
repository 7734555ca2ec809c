import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { MediationContext } from '../context';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { MediationCaseCommand } from './lifecycle';
import { MediationCaseReasonInput } from './mediation-case.input';

@ObjectType({ description: 'Result of closing a case' })
export class CloseMediationCasePayload extends MediationCaseCommandPayload {}

@Resolver()
export class CloseMediationCaseResolver {
  @Authorized()
  @Mutation(_returns => CloseMediationCasePayload, {
    description: 'Close a case: after its agreement, or after failing where it cannot go higher, with the parties told their other remedies (结案)',
  })
  closeMediationCase(@Arg('input', { description: 'The command (指令)' }) input: MediationCaseReasonInput, @Ctx() context: MediationContext): Promise<CloseMediationCasePayload> {
    return runCaseCommand(context, input.caseId, MediationCaseCommand.CLOSE, {
      reason: input.reason,
      apply: (kase, now) => {
        kase.closedAt = now;
        kase.closeReason = input.reason;
      },
    });
  }
}
