import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import type { PartyContext } from '../context';
import { PartyMember } from '../member/member.entity';
import { mayReadMember } from '../personal';
import { Resident } from './resident.type';

@Resolver(_of => Resident)
export class ResidentPartyMemberResolver {
  @FieldResolver(_returns => PartyMember, {
    nullable: true,
    description: 'Party membership of this resident (党员身份); personal data: null unless a member and your role and scope allow it',
  })
  async partyMember(@Root() resident: Resident, @Ctx() context: PartyContext, @RevealArg() reason?: RevealReason): Promise<PartyMember | null> {
    const [member] = await context.loaders.membersByResidentId.load(resident.id);
    return member && mayReadMember(member, context, 'membership', reason) ? member : null;
  }
}
