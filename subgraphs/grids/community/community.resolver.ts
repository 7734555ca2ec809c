import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { pageQuery } from '../../../kit/connection/page-query';
import { findByIdOrCode } from '../../../kit/lookup';
import { Compound } from '../compound/compound.entity';
import { CompoundsArgs, compoundFilter, compoundOrder } from '../compound/compound.input';
import { CompoundConnection } from '../compound/compound-connection.type';
import type { GridsContext } from '../context';
import { Grid } from '../grid/grid.entity';
import { GridsArgs, gridFilter, gridOrder } from '../grid/grid.input';
import { GridConnection } from '../grid/grid-connection.type';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Community } from './community.entity';
import { CommunitiesArgs, communityFilter, communityOrder } from './community.input';
import { CommunityConnection } from './community-connection.type';

@Resolver(_of => Community)
export class CommunityResolver {
  @Query(_returns => Community, { nullable: true, description: 'A community or village by id or code (社区 / 村)' })
  community(
    @Ctx() { em }: GridsContext,
    @Arg('id', _type => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<Community | null> {
    return findByIdOrCode(em, Community, { id, code });
  }

  @Query(_returns => CommunityConnection, { description: 'Communities and villages (社区 / 村列表)' })
  communities(@Args() args: CommunitiesArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.root(Community, pageQuery(args, communityFilter(args.where), communityOrder(args.orderBy)));
  }

  @FieldResolver(_returns => Subdistrict, { description: 'Subdistrict or township (所属街道 / 乡镇)' })
  subdistrict(@Root() community: Community, @Ctx() { loaders }: GridsContext) {
    return loaders.subdistrictById.load(community.subdistrictId);
  }

  @FieldResolver(_returns => CompoundConnection, { description: 'Residential compounds (小区)' })
  compounds(@Root() community: Community, @Args() args: CompoundsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(Compound, 'communityId', community.id, pageQuery(args, compoundFilter(args.where), compoundOrder(args.orderBy)));
  }

  @FieldResolver(_returns => GridConnection, { description: 'Grids (网格)' })
  grids(@Root() community: Community, @Args() args: GridsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(Grid, 'communityId', community.id, pageQuery(args, gridFilter(args.where), gridOrder(args.orderBy)));
  }
}
