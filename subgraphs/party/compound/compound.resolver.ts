import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../context';
import { organizationAt } from '../organization/organization-at';
import { PartyOrganization, PartyOrganizationLevel } from '../organization/organization.entity';
import { Compound } from './compound.type';

const LEVELS: readonly PartyOrganizationLevel[] = [PartyOrganizationLevel.BRANCH];

@Resolver(_of => Compound)
export class CompoundPartyBranchResolver {
  @FieldResolver(_returns => PartyOrganization, { nullable: true, description: 'Compound party branch (小区党支部); null where none is set up' })
  partyBranch(@Root() compound: Compound, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization | null> {
    return organizationAt(loaders, compound.id, LEVELS);
  }
}
