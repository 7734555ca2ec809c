import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { MediationContext } from '../context';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { MediationCaseCommand } from './lifecycle';
import { mediationCaseClosed } from './mediation-case-events';
import { MediationCaseReasonInput } from './mediation-case.input';

@ObjectType({ description: 'Result of closing a case' })
export class CloseMediationCasePayload extends MediationCaseCommandPayload {}

@Resolver()
export class CloseMediationCaseResolver {
  @Authorized()
  @Mutation(_returns => CloseMediationCasePayload, {
    description: 'Close a case: after its agreement, or after failing where it cannot go higher, with the parties told their other remedies (结案)',
  })
  async closeMediationCase(@Arg('input', { description: 'The command (指令)' }) input: MediationCaseReasonInput, @Ctx() context: MediationContext): Promise<CloseMediationCasePayload> {
    let agreed = false;
    return runCaseCommand(context, input.caseId, MediationCaseCommand.CLOSE, {
      check: async (kase) => {
        agreed = !!(await context.loaders.agreementByCaseId.load(kase.id));
      },
      reason: input.reason,
      apply: (kase, now) => {
        kase.closedAt = now;
        kase.closeReason = input.reason;
      },
      events: (kase) => [mediationCaseClosed(kase, agreed)],
    });
  }
}
