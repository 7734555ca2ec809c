import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GridsContext } from '../context';
import { StewardshipStats, STEWARDSHIP_DESCRIPTION } from '../stats/stewardship-stats.type';
import { Grid } from './grid.entity';

@Resolver(_of => Grid)
export class GridStewardshipResolver {
  @FieldResolver(_returns => StewardshipStats, { description: STEWARDSHIP_DESCRIPTION })
  stewardship(@Root() grid: Grid, @Ctx() { loaders }: GridsContext) {
    return loaders.stewardship.grid.load(grid.id);
  }
}
