import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { pageQuery } from '../../../kit/connection/page-query';
import { findByIdOrCode } from '../../../kit/lookup';
import { Community } from '../community/community.entity';
import { CommunitiesArgs, communityFilter, communityOrder } from '../community/community.input';
import { CommunityConnection } from '../community/community-connection.type';
import type { GridsContext } from '../context';
import { District } from '../district/district.entity';
import { Subdistrict } from './subdistrict.entity';
import { SubdistrictsArgs, subdistrictFilter, subdistrictOrder } from './subdistrict.input';
import { SubdistrictConnection } from './subdistrict-connection.type';

@Resolver(_of => Subdistrict)
export class SubdistrictResolver {
  @Query(_returns => Subdistrict, { nullable: true, description: 'A subdistrict or township by id or code (街道 / 乡镇)' })
  subdistrict(
    @Ctx() { em }: GridsContext,
    @Arg('id', _type => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<Subdistrict | null> {
    return findByIdOrCode(em, Subdistrict, { id, code });
  }

  @Query(_returns => SubdistrictConnection, { description: 'Subdistricts and townships (街道 / 乡镇列表)' })
  subdistricts(@Args() args: SubdistrictsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.root(Subdistrict, pageQuery(args, subdistrictFilter(args.where), subdistrictOrder(args.orderBy)));
  }

  @FieldResolver(_returns => District, { description: 'District (所属区县)' })
  district(@Root() subdistrict: Subdistrict, @Ctx() { loaders }: GridsContext) {
    return loaders.districtById.load(subdistrict.districtId);
  }

  @FieldResolver(_returns => CommunityConnection, { description: 'Communities and villages (社区 / 村)' })
  communities(@Root() subdistrict: Subdistrict, @Args() args: CommunitiesArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(Community, 'subdistrictId', subdistrict.id, pageQuery(args, communityFilter(args.where), communityOrder(args.orderBy)));
  }
}
