import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { visibleTo } from '../stats/population-stats.loader';
import { PopulationStats, POPULATION_DESCRIPTION } from '../stats/population-stats.type';
import { Subdistrict } from './subdistrict.entity';

@Resolver(_of => Subdistrict)
export class SubdistrictPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: POPULATION_DESCRIPTION })
  async population(@Root() subdistrict: Subdistrict, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(subdistrict.id, await loaders.population.subdistrict.load(subdistrict.id), viewer, loaders.population);
  }
}
