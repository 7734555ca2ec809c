import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../context';
import { organizationAt } from '../organization/organization-at';
import { PartyOrganization, PartyOrganizationLevel } from '../organization/organization.entity';
import { Grid } from './grid.type';

/** A grid has a branch where it has members enough, else a group (网格党支部, 网格党小组). */
export const GRID_LEVELS: readonly PartyOrganizationLevel[] = [PartyOrganizationLevel.BRANCH, PartyOrganizationLevel.GROUP];

@Resolver(_of => Grid)
export class GridPartyBranchResolver {
  @FieldResolver(_returns => PartyOrganization, {
    nullable: true,
    description: 'Grid party branch or group (网格党支部/网格党小组); null where none is set up',
  })
  partyBranch(@Root() grid: Grid, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization | null> {
    return organizationAt(loaders, grid.id, GRID_LEVELS);
  }
}
