import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BuildingPopulationResolver } from '../building/building-population.resolver';
import { CommunityPopulationResolver } from '../community/community-population.resolver';
import { CompoundPopulationResolver } from '../compound/compound-population.resolver';
import type { GridsContext } from '../context';
import { DistrictPopulationResolver } from '../district/district-population.resolver';
import { visibleTo } from '../stats/population-stats.loader';
import { POPULATION_DESCRIPTION, PopulationStats } from '../stats/population-stats.type';
import { SubdistrictPopulationResolver } from '../subdistrict/subdistrict-population.resolver';
import { Grid } from './grid.entity';

@Resolver(_of => Grid)
export class GridPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: POPULATION_DESCRIPTION })
  async population(@Root() grid: Grid, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(grid.id, await loaders.population.grid.load(grid.id), viewer, loaders.population);
  }
}

export const populationResolvers = [
  DistrictPopulationResolver, SubdistrictPopulationResolver, CommunityPopulationResolver,
  CompoundPopulationResolver, BuildingPopulationResolver, GridPopulationResolver,
] as const;
