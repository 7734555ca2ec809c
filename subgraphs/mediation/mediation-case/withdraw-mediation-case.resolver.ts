import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { MediationContext } from '../context';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { MediationCaseCommand } from './lifecycle';
import { mediationCaseClosed } from './mediation-case-events';
import { MediationCaseReasonInput } from './mediation-case.input';

@ObjectType({ description: 'Result of withdrawing a case' })
export class WithdrawMediationCasePayload extends MediationCaseCommandPayload {}

@Resolver()
export class WithdrawMediationCaseResolver {
  @Authorized()
  @Mutation(_returns => WithdrawMediationCasePayload, { description: 'The parties withdraw before agreement, e.g. they settled it themselves (撤回)' })
  withdrawMediationCase(@Arg('input', { description: 'The command (指令)' }) input: MediationCaseReasonInput, @Ctx() context: MediationContext): Promise<WithdrawMediationCasePayload> {
    return runCaseCommand(context, input.caseId, MediationCaseCommand.WITHDRAW, {
      reason: input.reason,
      apply: (kase, now) => {
        kase.closedAt = now;
        kase.closeReason = input.reason;
      },
      // Withdrawn before any agreement (the table allows no withdrawal after one).
      events: (kase) => [mediationCaseClosed(kase, false)],
    });
  }
}
