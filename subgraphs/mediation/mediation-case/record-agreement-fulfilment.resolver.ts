import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import { todayUtc } from '../../../kit/validation/calendar-date';
import { Agreement, Fulfilment } from '../agreement/agreement.entity';
import type { MediationContext } from '../context';
import { requireAgreement } from './case-agreement';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { MediationCaseCommand } from './lifecycle';
import { RecordAgreementFulfilmentInput } from './mediation-case.input';

@ObjectType({ description: 'Result of recording fulfilment' })
export class RecordAgreementFulfilmentPayload extends MediationCaseCommandPayload {
  @Field(_type => Agreement, { description: 'The agreement (调解协议)' })
  agreement!: Agreement;
}

@Resolver()
export class RecordAgreementFulfilmentResolver {
  @Authorized()
  @Mutation(_returns => RecordAgreementFulfilmentPayload, { description: "Record how a case's agreement was carried out (履行情况)" })
  async recordAgreementFulfilment(@Arg('input', { description: 'The command (指令)' }) input: RecordAgreementFulfilmentInput, @Ctx() context: MediationContext): Promise<RecordAgreementFulfilmentPayload> {
    let agreement!: Agreement;
    const result = await runCaseCommand(context, input.caseId, MediationCaseCommand.RECORD_FULFILMENT, {
      reason: input.fulfilment,
      check: async (kase) => {
        agreement = await requireAgreement(context, kase);
        if (input.fulfilment === Fulfilment.PENDING) throw new BadUserInputError('input.fulfilment', 'not PENDING', 'input.fulfilment must say what was found, not PENDING');
        if (input.checkedOn > todayUtc()) throw new BadUserInputError('input.checkedOn', 'not in the future', 'input.checkedOn lies in the future');
        if (input.checkedOn < todayUtc(agreement.signedAt)) throw new BadUserInputError('input.checkedOn', 'after signing', 'input.checkedOn is before the agreement was signed');
      },
      apply: () => {
        agreement.fulfilment = input.fulfilment;
        agreement.fulfilmentCheckedOn = input.checkedOn;
      },
    });
    return { ...result, agreement };
  }
}
