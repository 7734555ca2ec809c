import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../context';
import { organizationAt } from '../organization/organization-at';
import { PartyOrganization, PartyOrganizationLevel } from '../organization/organization.entity';
import { Building } from './building.type';

const LEVELS: readonly PartyOrganizationLevel[] = [PartyOrganizationLevel.GROUP];

@Resolver(_of => Building)
export class BuildingPartyGroupResolver {
  @FieldResolver(_returns => PartyOrganization, { nullable: true, description: 'Building party group (楼栋党小组); null where none is set up' })
  partyGroup(@Root() building: Building, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization | null> {
    return organizationAt(loaders, building.id, LEVELS);
  }
}
