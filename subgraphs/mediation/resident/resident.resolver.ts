import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import type { MediationContext } from '../context';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { revealCaseDetailOrNull } from '../personal';
import { Resident } from './resident.type';

@Resolver(_of => Resident)
export class ResidentMediationCasesResolver {
  @FieldResolver(_returns => [MediationCase], {
    nullable: true,
    description: "Cases the resident is a party to, newest first: only those you mediate or supervise in scope, each read audited (涉及的调解案件)",
  })
  async mediationCases(@Root() resident: Resident, @Ctx() context: MediationContext, @RevealArg() reason?: RevealReason): Promise<MediationCase[]> {
    const parties = await context.loaders.partiesByResidentId.load(resident.id);
    const cases = await context.loaders.caseById.loadMany([...new Set(parties.map((party) => party.caseId))]);
    const visible: MediationCase[] = [];
    for (const kase of cases) {
      if (!kase || kase instanceof Error) continue;
      // Being a party is itself a dispute detail: revealed (and audited) like the parties' names.
      if (await revealCaseDetailOrNull(context, kase, 'Resident.mediationCases', reason, kase.id)) visible.push(kase);
    }
    return visible.sort((a, b) => b.registeredAt.getTime() - a.registeredAt.getTime());
  }
}
