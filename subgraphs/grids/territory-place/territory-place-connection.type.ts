import { ObjectType } from 'type-graphql';
import { Connection, type ConnectionValue } from '../../../kit/connection/connection';
import { TerritoryPlace } from './territory-place.type';

/** The value `territoryPlaces` resolves to; `totalCount` is counted only when asked for. */
export type TerritoryPlacePage = Omit<ConnectionValue<TerritoryPlace>, 'totalCount'>;

@ObjectType({ description: 'A page of the territorial tree, parents first (subdistricts, communities, compounds, buildings, households, residents), each level by id' })
export class TerritoryPlaceConnection extends Connection(TerritoryPlace) {}
