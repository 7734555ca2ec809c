import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { pageQuery } from '../../../kit/connection/page-query';
import { findByIdOrCode } from '../../../kit/lookup';
import { Building } from '../building/building.entity';
import { BuildingsArgs, buildingFilter, buildingOrder } from '../building/building.input';
import { BuildingConnection } from '../building/building-connection.type';
import { Community } from '../community/community.entity';
import { Compound } from '../compound/compound.entity';
import type { GridsContext } from '../context';
import { GridWorker } from '../grid-worker/grid-worker.entity';
import { GridWorkersArgs, gridWorkerFilter, gridWorkerOrder } from '../grid-worker/grid-worker.input';
import { GridWorkerConnection } from '../grid-worker/grid-worker-connection.type';
import { Household } from '../household/household.entity';
import { HouseholdsArgs, householdFilter, householdOrder } from '../household/household.input';
import { HouseholdConnection } from '../household/household-connection.type';
import { Grid } from './grid.entity';

@Resolver(_of => Grid)
export class GridResolver {
  @Query(_returns => Grid, { nullable: true, description: 'A grid by id or code (网格)' })
  grid(
    @Ctx() { em }: GridsContext,
    @Arg('id', _type => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<Grid | null> {
    return findByIdOrCode(em, Grid, { id, code });
  }

  @FieldResolver(_returns => Community, { description: 'Community (所属社区)' })
  community(@Root() grid: Grid, @Ctx() { loaders }: GridsContext) {
    return loaders.communityById.load(grid.communityId);
  }

  @FieldResolver(_returns => [Compound], { description: 'Compounds this grid covers, wholly or in part (覆盖小区)' })
  async compounds(@Root() grid: Grid, @Ctx() { loaders }: GridsContext): Promise<Compound[]> {
    const buildings = await loaders.buildingsByGridId.load(grid.id);
    const compounds = await loaders.compoundById.loadMany([...new Set(buildings.map((building) => building.compoundId))]);
    return compounds.filter((compound): compound is Compound => compound instanceof Compound);
  }

  @FieldResolver(_returns => BuildingConnection, { description: 'Buildings this grid covers (覆盖楼栋)' })
  buildings(@Root() grid: Grid, @Args() args: BuildingsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(Building, 'gridId', grid.id, pageQuery(args, buildingFilter(args.where), buildingOrder(args.orderBy)));
  }

  @FieldResolver(_returns => HouseholdConnection, { description: 'Households in this grid (网格内住户)' })
  households(@Root() grid: Grid, @Args() args: HouseholdsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(Household, 'gridId', grid.id, pageQuery(args, householdFilter(args.where), householdOrder(args.orderBy)));
  }

  @FieldResolver(_returns => GridWorkerConnection, { description: 'Grid workers and leaders of this grid (网格员)' })
  workers(@Root() grid: Grid, @Args() args: GridWorkersArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(GridWorker, 'gridId', grid.id, pageQuery(args, gridWorkerFilter(args.where), gridWorkerOrder(args.orderBy)));
  }
}
