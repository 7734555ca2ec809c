import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GeoPoint } from '../../../kit/geo/geo-point';
import { Compound } from '../compound/compound.entity';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.Building })
@Directive('@key(fields: "id")')
@Entity()
export class Building {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Code (编码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Building number within the compound, e.g. "48" (楼号)' })
  @Property({ type: 'string', index: true })
  number!: string;

  @Field(_type => Int, { description: 'Number of units (单元数)' })
  @Property({ type: 'integer' })
  units!: number;

  @Field(_type => Int, { description: 'Number of floors (层数)' })
  @Property({ type: 'integer' })
  floors!: number;

  @ManyToOne({ entity: () => Compound, mapToPk: true, fieldName: 'compound_id', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'uuid', index: true })
  gridId!: string;

  /** The current building steward (楼门管家), a resident of this building; history in `BuildingStewardAppointment`. */
  @Property({ type: 'uuid', nullable: true, index: true })
  stewardId: string | null = null;

  /** The current building head (楼栋长), a resident of this building. */
  @Property({ type: 'uuid', nullable: true, index: true })
  headId: string | null = null;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;

  @Field(_type => GeoPoint, { description: 'Location (位置)' })
  get location(): GeoPoint {
    return { latitude: this.latitude, longitude: this.longitude };
  }
}
