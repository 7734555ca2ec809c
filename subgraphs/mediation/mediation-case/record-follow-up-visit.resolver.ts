import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import { todayUtc } from '../../../kit/validation/calendar-date';
import { Agreement } from '../agreement/agreement.entity';
import type { MediationContext } from '../context';
import { requireAgreement } from './case-agreement';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { MediationCaseCommand } from './lifecycle';
import { RecordFollowUpVisitInput } from './mediation-case.input';

@ObjectType({ description: 'Result of recording a follow-up visit' })
export class RecordFollowUpVisitPayload extends MediationCaseCommandPayload {
  @Field(_type => Agreement, { description: 'The agreement (调解协议)' })
  agreement!: Agreement;
}

@Resolver()
export class RecordFollowUpVisitResolver {
  @Authorized()
  @Mutation(_returns => RecordFollowUpVisitPayload, { description: 'Record the follow-up visit to the parties after the agreement (回访)' })
  async recordFollowUpVisit(@Arg('input', { description: 'The command (指令)' }) input: RecordFollowUpVisitInput, @Ctx() context: MediationContext): Promise<RecordFollowUpVisitPayload> {
    let agreement!: Agreement;
    const result = await runCaseCommand(context, input.caseId, MediationCaseCommand.FOLLOW_UP, {
      reason: input.note,
      check: async (kase) => {
        agreement = await requireAgreement(context, kase);
        if (input.visitedOn > todayUtc()) throw new BadUserInputError('input.visitedOn', 'not in the future', 'input.visitedOn lies in the future');
        if (input.visitedOn < todayUtc(agreement.signedAt)) throw new BadUserInputError('input.visitedOn', 'after signing', 'input.visitedOn is before the agreement was signed');
      },
      apply: () => {
        agreement.followUpOn = input.visitedOn;
        agreement.followUpNote = input.note;
        agreement.followUpSatisfied = input.satisfied;
      },
    });
    return { ...result, agreement };
  }
}
