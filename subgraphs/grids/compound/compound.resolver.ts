import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { pageQuery } from '../../../kit/connection/page-query';
import { findByIdOrCode } from '../../../kit/lookup';
import { Building } from '../building/building.entity';
import { BuildingsArgs, buildingFilter, buildingOrder } from '../building/building.input';
import { BuildingConnection } from '../building/building-connection.type';
import { Community } from '../community/community.entity';
import type { GridsContext } from '../context';
import { Grid } from '../grid/grid.entity';
import { Compound } from './compound.entity';

@Resolver(_of => Compound)
export class CompoundResolver {
  @Query(_returns => Compound, { nullable: true, description: 'A compound by id or code (小区)' })
  compound(
    @Ctx() { em }: GridsContext,
    @Arg('id', _type => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<Compound | null> {
    return findByIdOrCode(em, Compound, { id, code });
  }

  @FieldResolver(_returns => Community, { description: 'Community (所属社区)' })
  community(@Root() compound: Compound, @Ctx() { loaders }: GridsContext) {
    return loaders.communityById.load(compound.communityId);
  }

  @FieldResolver(_returns => BuildingConnection, { description: 'Buildings (楼栋)' })
  buildings(@Root() compound: Compound, @Args() args: BuildingsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(Building, 'compoundId', compound.id, pageQuery(args, buildingFilter(args.where), buildingOrder(args.orderBy)));
  }

  @FieldResolver(_returns => [Grid], { description: 'Grids covering this compound (覆盖本小区的网格)' })
  async grids(@Root() compound: Compound, @Ctx() { loaders }: GridsContext): Promise<Grid[]> {
    const buildings = await loaders.buildingsByCompoundId.load(compound.id);
    const grids = await loaders.gridById.loadMany([...new Set(buildings.map((building) => building.gridId))]);
    return grids.filter((grid): grid is Grid => grid instanceof Grid);
  }
}
