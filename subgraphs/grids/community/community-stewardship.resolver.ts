import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { StewardshipStats, STEWARDSHIP_DESCRIPTION } from '../stats/stewardship-stats.type';
import { Community } from './community.entity';

@Resolver(_of => Community)
export class CommunityStewardshipResolver {
  @FieldResolver(_returns => StewardshipStats, { description: STEWARDSHIP_DESCRIPTION })
  stewardship(@Root() community: Community, @Ctx() { loaders }: GridsContext) {
    return loaders.stewardship.community.load(community.id);
  }
}
