import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Building } from '../building/building.entity';
import { Community } from '../community/community.entity';
import { Compound } from '../compound/compound.entity';
import type { GridsContext } from '../context';
import { District } from '../district/district.entity';
import { Grid } from '../grid/grid.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { PopulationStats, visibleTo } from './population-stats';

const DESCRIPTION = 'Households, residents and the elderly living here (人口统计)';

@Resolver(_of => District)
export class DistrictPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: DESCRIPTION })
  async population(@Root() district: District, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(district.id, await loaders.population.district.load(district.id), viewer, loaders.population);
  }
}

@Resolver(_of => Subdistrict)
export class SubdistrictPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: DESCRIPTION })
  async population(@Root() subdistrict: Subdistrict, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(subdistrict.id, await loaders.population.subdistrict.load(subdistrict.id), viewer, loaders.population);
  }
}

@Resolver(_of => Community)
export class CommunityPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: DESCRIPTION })
  async population(@Root() community: Community, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(community.id, await loaders.population.community.load(community.id), viewer, loaders.population);
  }
}

@Resolver(_of => Compound)
export class CompoundPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: DESCRIPTION })
  async population(@Root() compound: Compound, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(compound.id, await loaders.population.compound.load(compound.id), viewer, loaders.population);
  }
}

@Resolver(_of => Building)
export class BuildingPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: DESCRIPTION })
  async population(@Root() building: Building, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(building.id, await loaders.population.building.load(building.id), viewer, loaders.population);
  }
}

@Resolver(_of => Grid)
export class GridPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: DESCRIPTION })
  async population(@Root() grid: Grid, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(grid.id, await loaders.population.grid.load(grid.id), viewer, loaders.population);
  }
}

export const populationResolvers = [
  DistrictPopulationResolver, SubdistrictPopulationResolver, CommunityPopulationResolver,
  CompoundPopulationResolver, BuildingPopulationResolver, GridPopulationResolver,
] as const;
