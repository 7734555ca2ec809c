import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { visibleTo } from '../stats/population-stats.loader';
import { PopulationStats, POPULATION_DESCRIPTION } from '../stats/population-stats.type';
import { Building } from './building.entity';

@Resolver(_of => Building)
export class BuildingPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: POPULATION_DESCRIPTION })
  async population(@Root() building: Building, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(building.id, await loaders.population.building.load(building.id), viewer, loaders.population);
  }
}
