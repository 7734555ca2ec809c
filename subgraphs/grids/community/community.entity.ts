import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

export enum CommunityKind {
  URBAN_COMMUNITY = 'URBAN_COMMUNITY',
  VILLAGE = 'VILLAGE',
}
registerEnumType(CommunityKind, { name: 'CommunityKind', description: 'Urban community (社区) or village (村)' });

@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.Community })
@Directive('@key(fields: "id")')
@Entity()
export class Community {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Code (编码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Name (名称)' })
  @Property({ type: 'string', index: true })
  name!: string;

  @Field(_type => CommunityKind, { description: 'Kind (类型)' })
  @Enum({ items: () => CommunityKind, index: true })
  kind!: CommunityKind;

  @ManyToOne({ entity: () => Subdistrict, mapToPk: true, fieldName: 'subdistrict_id', index: true })
  subdistrictId!: string;
}
