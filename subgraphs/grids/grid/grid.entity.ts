import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Community } from '../community/community.entity';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

export enum GridKind {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
  DEDICATED = 'DEDICATED',
}
registerEnumType(GridKind, {
  name: 'GridKind',
  description: 'Urban (城市网格), rural (农村网格) or dedicated grid (专属网格: schools, markets …)',
});

/** A grid covers buildings (each building's `gridId`); the compounds it covers follow from them. */
@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.Grid })
@Directive('@key(fields: "id")')
@Entity()
export class Grid {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Grid code (网格编码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Name (名称)' })
  @Property({ type: 'string' })
  name!: string;

  @Field(_type => GridKind, { description: 'Kind (类型)' })
  @Enum({ items: () => GridKind, index: true })
  kind!: GridKind;

  @ManyToOne({ entity: () => Community, mapToPk: true, fieldName: 'community_id', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}
