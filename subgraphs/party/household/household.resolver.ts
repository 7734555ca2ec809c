import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { mayRead } from '../../../kit/auth/personal-data';
import { CentralHousehold } from '../central-household/central-household.entity';
import type { PartyContext } from '../context';
import { PartyMember } from '../member/member.entity';
import { mayReadMember } from '../personal';
import { PARTY_PERSONAL_ROLES } from '../roles';
import { Household } from './household.type';

@Resolver(_of => Household)
export class HouseholdPartyMembersResolver {
  @FieldResolver(_returns => [PartyMember], {
    nullable: true,
    description: 'Party members living here (户内党员); party membership is personal data: empty unless you give a reason and your role and scope allow it',
  })
  partyMembers(@Root() household: Household, @Ctx() context: PartyContext, @RevealArg() reason?: RevealReason): PartyMember[] | Promise<PartyMember[]> {
    // Without a reason no member may be shown (`mayRead` refuses a read without one): nothing to
    // load, and no promise per household for a list that is empty anyway.
    if (!reason) return [];
    return context.loaders.membersByHouseholdId.load(household.id).then((members) => members.filter((member) => mayReadMember(member, context, 'membership', reason)));
  }
}

@Resolver(_of => Household)
export class HouseholdCentralHouseholdResolver {
  @FieldResolver(_returns => CentralHousehold, {
    nullable: true,
    description: 'This household as a central household (党员中心户), if designated; it tells that a party member lives here, so null unless you give a reason and your role and scope allow that',
  })
  centralHousehold(@Root() household: Household, @Ctx() context: PartyContext, @RevealArg() reason?: RevealReason): CentralHousehold | null | Promise<CentralHousehold | null> {
    // Without a reason it is null whatever the row (`mayRead` refuses a read without one): nothing to load.
    if (!reason) return null;
    return context.loaders.centralHouseholdsByHouseholdId.load(household.id).then(([central]) => {
      if (!central) return null;
      // The central household sits where its member lives: its own place decides, with no further load.
      const read = { viewer: context.viewer, audit: context.audit, reason, field: 'membership', roles: PARTY_PERSONAL_ROLES, subject: { type: 'CentralHousehold', ...central } };
      return mayRead(read) ? central : null;
    });
  }
}
