import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { pageQuery } from '../../../kit/connection/page-query';
import { findByIdOrCode } from '../../../kit/lookup';
import type { GridsContext } from '../context';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { SubdistrictsArgs, subdistrictFilter, subdistrictOrder } from '../subdistrict/subdistrict.input';
import { SubdistrictConnection } from '../subdistrict/subdistrict-connection.type';
import { District } from './district.entity';

@Resolver(_of => District)
export class DistrictResolver {
  @Query(_returns => District, { nullable: true, description: 'A district by id or code (区县)' })
  district(
    @Ctx() { em }: GridsContext,
    @Arg('id', _type => ID, { nullable: true }) id?: string,
    @Arg('code', { nullable: true }) code?: string,
  ): Promise<District | null> {
    return findByIdOrCode(em, District, { id, code });
  }

  @Query(_returns => [District], { description: 'All districts (区县列表)' })
  districts(@Ctx() { em }: GridsContext): Promise<District[]> {
    return em.find(District, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(_returns => SubdistrictConnection, { description: 'Subdistricts and townships of this district (街道 / 乡镇)' })
  subdistricts(@Root() district: District, @Args() args: SubdistrictsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.childrenOf(Subdistrict, 'districtId', district.id, pageQuery(args, subdistrictFilter(args.where), subdistrictOrder(args.orderBy)));
  }
}
