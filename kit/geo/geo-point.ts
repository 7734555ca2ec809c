import { Directive, Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A point on the map, WGS-84 (位置)' })
@Directive('@shareable')
export class GeoPoint {
  @Field(_type => Float, { description: 'Latitude in degrees (纬度)' })
  latitude!: number;

  @Field(_type => Float, { description: 'Longitude in degrees (经度)' })
  longitude!: number;
}
