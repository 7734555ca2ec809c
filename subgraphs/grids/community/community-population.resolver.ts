import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { visibleTo } from '../stats/population-stats.loader';
import { PopulationStats, POPULATION_DESCRIPTION } from '../stats/population-stats.type';
import { Community } from './community.entity';

@Resolver(_of => Community)
export class CommunityPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: POPULATION_DESCRIPTION })
  async population(@Root() community: Community, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(community.id, await loaders.population.community.load(community.id), viewer, loaders.population);
  }
}
