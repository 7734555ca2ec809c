import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import type { MediationContext } from '../context';
import { CaseParty } from '../mediation-case/case-party.entity';
import { maskText, revealCaseDetail } from '../personal';
import { Agreement } from './agreement.entity';

@Resolver(_of => Agreement)
export class AgreementResolver {
  @FieldResolver(_returns => String, { description: "Terms; '***' unless you mediate the case or supervise it in scope (协议内容, 个人信息)" })
  async terms(@Root() agreement: Agreement, @Ctx() context: MediationContext, @RevealArg() reason?: RevealReason): Promise<string> {
    const kase = (await context.loaders.caseById.load(agreement.caseId))!;
    return revealCaseDetail(context, kase, 'Agreement.terms', reason, agreement.terms, maskText);
  }

  @FieldResolver(_returns => CaseParty, { nullable: true, description: 'Party who pays (支付方)' })
  payer(@Root() agreement: Agreement, @Ctx() { loaders }: MediationContext): Promise<CaseParty | null> | null {
    return agreement.payerPartyId ? loaders.partyById.load(agreement.payerPartyId) : null;
  }

  @FieldResolver(_returns => CaseParty, { nullable: true, description: 'Party who is paid (收款方)' })
  payee(@Root() agreement: Agreement, @Ctx() { loaders }: MediationContext): Promise<CaseParty | null> | null {
    return agreement.payeePartyId ? loaders.partyById.load(agreement.payeePartyId) : null;
  }
}
