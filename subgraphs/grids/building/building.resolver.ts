import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { pageQuery } from '../../../kit/connection/page-query';
import { findByIdOrCode } from '../../../kit/lookup';
import { Compound } from '../compound/compound.entity';
import type { GridsContext } from '../context';
import { Grid } from '../grid/grid.entity';
import { Household } from '../household/household.entity';
import { HouseholdsArgs, householdFilter, householdOrder } from '../household/household.input';
import { HouseholdConnection } from '../household/household-connection.type';
import { Building } from './building.entity';

@Resolver(_of => Building)
export class BuildingResolver {
  @Query(_returns => Building, { nullable: true, description: 'A building by id or code (楼栋)' })
  building(
    @Ctx() { em }: GridsContext,
    @Arg('id', _type => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<Building | null> {
    return findByIdOrCode(em, Building, { id, code });
  }

  @FieldResolver(_returns => Compound, { description: 'Compound (所属小区)' })
  compound(@Root() building: Building, @Ctx() { loaders }: GridsContext) {
    return loaders.compoundById.load(building.compoundId);
  }

  @FieldResolver(_returns => Grid, { description: 'Grid covering this building (所属网格)' })
  grid(@Root() building: Building, @Ctx() { loaders }: GridsContext) {
    return loaders.gridById.load(building.gridId);
  }

  @FieldResolver(_returns => HouseholdConnection, { description: 'Households (住户)' })
  households(@Root() building: Building, @Args() args: HouseholdsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(Household, 'buildingId', building.id, pageQuery(args, householdFilter(args.where), householdOrder(args.orderBy)), {
      fewPerParent: true,
    });
  }
}
