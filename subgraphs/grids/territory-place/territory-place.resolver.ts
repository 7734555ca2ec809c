import { Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import type { GridsContext } from '../context';
import { TERRITORY_EXPORT_READERS } from '../roles';
import { TerritoryPlaceConnection, type TerritoryPlacePage } from './territory-place-connection.type';
import { TerritoryPlacesArgs } from './territory-place.input';
import { countTerritoryPlaces, loadTerritoryPlaces } from './territory-place.loader';

@Resolver(_of => TerritoryPlaceConnection)
export class TerritoryPlacesResolver {
  @Authorized(TERRITORY_EXPORT_READERS)
  @Query(_returns => TerritoryPlaceConnection, {
    description:
      'The whole territorial tree as (id → ancestors) rows, parents first, for the territory copy each service subgraph keeps (属地索引同步). '
      + 'SERVICE tokens only. Always the full tree: read every page to refresh a copy.',
  })
  territoryPlaces(@Args() args: TerritoryPlacesArgs, @Ctx() { em }: GridsContext): Promise<TerritoryPlacePage> {
    return loadTerritoryPlaces(em, args);
  }

  @FieldResolver(_returns => Int, { description: 'Places in the whole tree (counted only when asked for)' })
  totalCount(@Ctx() { em }: GridsContext): Promise<number> {
    return countTerritoryPlaces(em);
  }
}
