import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { readable } from '../../../kit/auth/entity-access';
import { MEMBER_ACCESS } from '../access';
import type { PartyContext } from '../context';
import { Household } from '../household/household.type';
import { PartyMember } from '../member/member.entity';
import { PartyOrganization } from '../organization/organization.entity';
import { mayReadMember } from '../personal';
import { CentralHousehold } from './central-household.entity';

@Resolver(_of => CentralHousehold)
export class CentralHouseholdResolver {
  @FieldResolver(_returns => Household, { nullable: true, description: 'The member household (中心户); null unless your role and scope allow it' })
  async household(@Root() central: CentralHousehold, @Ctx() context: PartyContext, @RevealArg() reason?: RevealReason): Promise<Household | null> {
    const member = await context.loaders.memberById.load(central.memberId);
    return member && mayReadMember(member, context, 'household', reason) ? Household.ref(central.householdId) : null;
  }

  @FieldResolver(_returns => PartyMember, { nullable: true, description: 'The member whose household it is (中心户户主党员); null unless your role and scope allow it' })
  async member(@Root() central: CentralHousehold, @Ctx() { loaders, viewer }: PartyContext): Promise<PartyMember | null> {
    return readable(viewer, MEMBER_ACCESS, await loaders.memberById.load(central.memberId));
  }

  @FieldResolver(_returns => PartyOrganization, { description: 'Organisation it belongs to (所属党组织)' })
  async organization(@Root() central: CentralHousehold, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization> {
    return (await loaders.organizationById.load(central.organizationId))!;
  }

  @FieldResolver(_returns => [Household], { description: 'Households it links, 10–20 (联系户)' })
  async linkedHouseholds(@Root() central: CentralHousehold, @Ctx() { loaders }: PartyContext): Promise<Household[]> {
    return (await loaders.linksByCentralHouseholdId.load(central.id)).map((link) => Household.ref(link.householdId));
  }
}
