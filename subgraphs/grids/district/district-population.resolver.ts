import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { visibleTo } from '../stats/population-stats.loader';
import { PopulationStats, POPULATION_DESCRIPTION } from '../stats/population-stats.type';
import { District } from './district.entity';

@Resolver(_of => District)
export class DistrictPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: POPULATION_DESCRIPTION })
  async population(@Root() district: District, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(district.id, await loaders.population.district.load(district.id), viewer, loaders.population);
  }
}
