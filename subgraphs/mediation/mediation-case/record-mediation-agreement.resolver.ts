import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { BadUserInputError } from '../../../kit/errors';
import { todayUtc } from '../../../kit/validation/calendar-date';
import { Agreement, Fulfilment } from '../agreement/agreement.entity';
import type { MediationContext } from '../context';
import { SessionOutcome } from '../session/mediation-session.entity';
import { MediationCaseCommandPayload, runCaseCommand } from './case-command';
import { MediationCaseCommand } from './lifecycle';
import { mediationCaseAgreed } from './mediation-case-events';
import { RecordMediationAgreementInput } from './mediation-case.input';

@ObjectType({ description: 'Result of recording an agreement' })
export class RecordMediationAgreementPayload extends MediationCaseCommandPayload {
  @Field(_type => Agreement, { description: 'The agreement (调解协议)' })
  agreement!: Agreement;
}

@Resolver()
export class RecordMediationAgreementResolver {
  @Authorized()
  @Mutation(_returns => RecordMediationAgreementPayload, {
    description: 'Record the agreement reached: terms, compensation in fen, who pays whom, by when (达成调解协议)',
  })
  async recordMediationAgreement(@Arg('input', { description: 'The command (指令)' }) input: RecordMediationAgreementInput, @Ctx() context: MediationContext): Promise<RecordMediationAgreementPayload> {
    const { loaders, em } = context;
    const agreement = new Agreement();
    const result = await runCaseCommand(context, input.caseId, MediationCaseCommand.RECORD_AGREEMENT, {
      check: async (kase) => {
        if (input.sessionId) {
          const session = await loaders.sessionById.load(input.sessionId);
          if (!session || session.caseId !== kase.id) throw new BadUserInputError('input.sessionId', 'of the case', 'input.sessionId is not a session of the case');
          if (session.outcome !== SessionOutcome.AGREED) throw new BadUserInputError('input.sessionId', 'agreed', 'input.sessionId did not end in agreement');
        }
        const parties = await loaders.partiesByCaseId.load(kase.id);
        for (const field of ['payerPartyId', 'payeePartyId'] as const) {
          const id = input[field];
          if (id && !parties.some((party) => party.id === id)) throw new BadUserInputError(`input.${field}`, 'of the case', `input.${field} is not a party of the case`);
        }
        if (input.payerPartyId && input.payerPartyId === input.payeePartyId) throw new BadUserInputError('input.payeePartyId', 'not the payer', 'input.payeePartyId is the payer');
        if (input.compensationFen > 0) {
          for (const field of ['payerPartyId', 'payeePartyId', 'dueOn'] as const) {
            if (!input[field]) throw new BadUserInputError(`input.${field}`, 'required', `input.${field} is required with compensation`);
          }
        }
        if (input.dueOn && input.dueOn < todayUtc()) throw new BadUserInputError('input.dueOn', 'not in the past', 'input.dueOn lies in the past');
      },
      apply: (kase, now) => {
        Object.assign(agreement, {
          id: uuidv4(), caseId: kase.id, sessionId: input.sessionId ?? null, terms: input.terms, compensationFen: input.compensationFen,
          payerPartyId: input.payerPartyId ?? null, payeePartyId: input.payeePartyId ?? null, dueOn: input.dueOn ?? null,
          level: kase.level, mechanism: kase.mechanism, signedAt: now, fulfilment: Fulfilment.PENDING,
          communityId: kase.communityId, subdistrictId: kase.subdistrictId,
        });
        em.persist(agreement);
      },
      events: (kase) => [mediationCaseAgreed(kase)],
    });
    return { ...result, agreement };
  }
}
