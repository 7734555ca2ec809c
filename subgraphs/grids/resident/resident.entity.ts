import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Household } from '../household/household.entity';
import { GRIDS_ENTITY_DESCRIPTION } from '../../../kit/schema/foreign-entity';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender', description: 'Gender (性别)' });

/**
 * Resident (居民). Personal fields (name, phone, national ID number, birth date) have no `@Field`
 * here: `ResidentPersonalDataResolver` serves them, masked unless the viewer may see them.
 */
@ObjectType({ description: GRIDS_ENTITY_DESCRIPTION.Resident })
@Directive('@key(fields: "id")')
@Entity()
export class Resident {
  @Field(_type => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Field(_type => Gender, { description: 'Gender (性别)' })
  @Enum({ items: () => Gender, index: true })
  gender!: Gender;

  /** YYYY-MM-DD; kept as text so no time zone can shift it. */
  @Property({ type: 'string', length: 10, index: true })
  birthDate!: string;

  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', unique: true })
  nationalId!: string;

  @Field({ description: 'Head of the household (户主)' })
  @Property({ type: 'boolean', index: true })
  isHead: boolean = false;

  @ManyToOne({ entity: () => Household, mapToPk: true, fieldName: 'household_id', index: true })
  householdId!: string;

  @Property({ type: 'uuid', index: true })
  buildingId!: string;

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'uuid', index: true })
  gridId!: string;

  @Field({ description: 'When the resident was registered (登记时间)' })
  @Property({ type: 'datetime' })
  registeredAt: Date = new Date();
}
