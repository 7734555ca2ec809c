import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../context';
import { PartyOrganization } from '../organization/organization.entity';
import { PartyMemberTransfer } from './member-transfer.entity';

@Resolver(_of => PartyMemberTransfer)
export class PartyMemberTransferResolver {
  @FieldResolver(_returns => PartyOrganization, { description: 'Organisation transferred from (转出党组织)' })
  async fromOrganization(@Root() transfer: PartyMemberTransfer, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization> {
    return (await loaders.organizationById.load(transfer.fromOrganizationId))!;
  }

  @FieldResolver(_returns => PartyOrganization, { description: 'Organisation transferred to (转入党组织)' })
  async toOrganization(@Root() transfer: PartyMemberTransfer, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization> {
    return (await loaders.organizationById.load(transfer.toOrganizationId))!;
  }
}
