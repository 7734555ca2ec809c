import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GeoPoint } from '../../../kit/geo/geo-point';
import { Community } from '../community/community.entity';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.Compound })
@Directive('@key(fields: "id")')
@Entity()
export class Compound {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Compound code (小区编码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Name (名称)' })
  @Property({ type: 'string', index: true })
  name!: string;

  @ManyToOne({ entity: () => Community, mapToPk: true, fieldName: 'community_id', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;

  @Field(_type => GeoPoint, { description: 'Location of the main gate (位置)' })
  get location(): GeoPoint {
    return { latitude: this.latitude, longitude: this.longitude };
  }
}
