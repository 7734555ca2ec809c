import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

/** Which body speaks for a compound's owners (业委会 or 物管会; Datong: 220 / 1,265). */
export enum CommitteeKind {
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  MANAGEMENT_COMMITTEE = 'MANAGEMENT_COMMITTEE',
}
registerEnumType(CommitteeKind, {
  name: 'CommitteeKind',
  description: "Kind of owners' body (业委会 / 物管会)",
  valuesConfig: {
    OWNERS_COMMITTEE: { description: "Owners' committee, elected by the owners' assembly (业主委员会)" },
    MANAGEMENT_COMMITTEE: { description: 'Property management committee, set up where no owners\' committee is (物业管理委员会)' },
  },
});

/**
 * The owners' committee of a compound for one term. `openCompoundId` repeats `compoundId` while the
 * committee sits and is null once dissolved: at most one sitting committee per compound.
 */
@ObjectType({ description: "Owners' committee (业委会) or property management committee (物管会) of a compound" })
@Directive('@key(fields: "id")')
@Entity()
export class OwnersCommittee {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', nullable: true, unique: true })
  openCompoundId: string | null = null;

  @Field(_type => CommitteeKind, { description: 'Kind (类型)' })
  @Enum({ items: () => CommitteeKind })
  kind!: CommitteeKind;

  @Field({ description: 'Election or appointment date, YYYY-MM-DD (选举日期)' })
  @Property({ type: 'string', length: 10 })
  electedOn!: string;

  @Field({ description: 'Term starts, YYYY-MM-DD (任期起)' })
  @Property({ type: 'string', length: 10 })
  termStartsOn!: string;

  @Field({ description: 'Term ends, YYYY-MM-DD (任期止)' })
  @Property({ type: 'string', length: 10 })
  termEndsOn!: string;

  @Field(_type => String, { nullable: true, description: 'Dissolved on, YYYY-MM-DD; null while sitting (解散日期)' })
  @Property({ type: 'string', length: 10, nullable: true })
  dissolvedOn: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}
