import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { maskName } from '../../../kit/personal/mask';
import type { MediationContext } from '../context';
import { revealCaseDetail, revealCaseDetailOrNull } from '../personal';
import { Resident } from '../resident/resident.type';
import { CaseParty } from './case-party.entity';

@Resolver(_of => CaseParty)
export class CasePartyResolver {
  @FieldResolver(_returns => Resident, { nullable: true, description: 'The resident, when the party is one; null unless you may see the parties (居民)' })
  async resident(@Root() party: CaseParty, @Ctx() context: MediationContext, @RevealArg() reason?: RevealReason): Promise<Resident | null> {
    const kase = (await context.loaders.caseById.load(party.caseId))!;
    const id = await revealCaseDetailOrNull(context, kase, 'CaseParty.resident', reason, party.residentId);
    return id ? { id } : null;
  }

  @FieldResolver(_returns => String, { nullable: true, description: "An outside party's name, masked (张*明) unless you may see the parties (姓名/名称)" })
  async name(@Root() party: CaseParty, @Ctx() context: MediationContext, @RevealArg() reason?: RevealReason): Promise<string | null> {
    if (party.name === null) return null;
    const kase = (await context.loaders.caseById.load(party.caseId))!;
    return revealCaseDetail(context, kase, 'CaseParty.name', reason, party.name, maskName);
  }

  @FieldResolver(_returns => String, { nullable: true, description: 'Who they are in the dispute; null unless you may see the parties (身份说明)' })
  async affiliation(@Root() party: CaseParty, @Ctx() context: MediationContext, @RevealArg() reason?: RevealReason): Promise<string | null> {
    const kase = (await context.loaders.caseById.load(party.caseId))!;
    return revealCaseDetailOrNull(context, kase, 'CaseParty.affiliation', reason, party.affiliation);
  }
}
