import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { visibleTo } from '../stats/population-stats.loader';
import { PopulationStats, POPULATION_DESCRIPTION } from '../stats/population-stats.type';
import { Compound } from './compound.entity';

@Resolver(_of => Compound)
export class CompoundPopulationResolver {
  @FieldResolver(_returns => PopulationStats, { description: POPULATION_DESCRIPTION })
  async population(@Root() compound: Compound, @Ctx() { loaders, viewer }: GridsContext) {
    return visibleTo(compound.id, await loaders.population.compound.load(compound.id), viewer, loaders.population);
  }
}
