import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../context';
import { PartyMember } from '../member/member.entity';
import { PartyOrganization } from '../organization/organization.entity';
import { PointsEntry } from './points-entry.entity';

@Resolver(_of => PointsEntry)
export class PointsEntryResolver {
  @FieldResolver(_returns => PartyMember, { description: 'Member (党员)' })
  async member(@Root() entry: PointsEntry, @Ctx() { loaders }: PartyContext): Promise<PartyMember> {
    return (await loaders.memberById.load(entry.memberId))!;
  }

  @FieldResolver(_returns => PartyOrganization, { description: 'Organisation that reviews it (审定组织)' })
  async organization(@Root() entry: PointsEntry, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization> {
    return (await loaders.organizationById.load(entry.organizationId))!;
  }
}
