import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { District } from '../district/district.entity';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

export enum SubdistrictKind {
  URBAN_SUBDISTRICT = 'URBAN_SUBDISTRICT',
  TOWNSHIP = 'TOWNSHIP',
}
registerEnumType(SubdistrictKind, {
  name: 'SubdistrictKind',
  description: 'Urban subdistrict (街道) or township (乡镇)',
});

@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.Subdistrict })
@Directive('@key(fields: "id")')
@Entity()
export class Subdistrict {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Code (编码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Name (名称)' })
  @Property({ type: 'string', index: true })
  name!: string;

  @Field(_type => SubdistrictKind, { description: 'Kind (类型)' })
  @Enum({ items: () => SubdistrictKind, index: true })
  kind!: SubdistrictKind;

  @ManyToOne({ entity: () => District, mapToPk: true, fieldName: 'district_id', index: true })
  districtId!: string;
}
