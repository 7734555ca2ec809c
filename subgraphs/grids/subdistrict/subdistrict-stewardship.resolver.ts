import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { StewardshipStats, STEWARDSHIP_DESCRIPTION } from '../stats/stewardship-stats.type';
import { Subdistrict } from './subdistrict.entity';

@Resolver(_of => Subdistrict)
export class SubdistrictStewardshipResolver {
  @FieldResolver(_returns => StewardshipStats, { description: STEWARDSHIP_DESCRIPTION })
  stewardship(@Root() subdistrict: Subdistrict, @Ctx() { loaders }: GridsContext) {
    return loaders.stewardship.subdistrict.load(subdistrict.id);
  }
}
