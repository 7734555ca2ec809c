import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

export enum HomeVisitKind {
  CERTIFICATION = 'CERTIFICATION',
  FREE_CLINIC = 'FREE_CLINIC',
  WELFARE_CHECK = 'WELFARE_CHECK',
}
registerEnumType(HomeVisitKind, {
  name: 'HomeVisitKind',
  description: 'Why staff went to an elder (上门服务类型)',
  valuesConfig: {
    CERTIFICATION: { description: 'Pension certification at the door (养老认证送上门)' },
    FREE_CLINIC: { description: 'Free clinic at home (上门义诊)' },
    WELFARE_CHECK: { description: 'Welfare check on an elder (走访探视)' },
  },
});

/** A visit to an elder at home, who went and how it ended. */
@ObjectType({ description: 'Home visit to an elder (上门服务记录)' })
@Entity()
export class HomeVisit {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', index: true })
  profileId!: string;

  @Field(_type => HomeVisitKind, { description: 'Kind (类型)' })
  @Enum({ items: () => HomeVisitKind })
  kind!: HomeVisitKind;

  @Field({ description: 'Day of the visit, YYYY-MM-DD (走访日期)' })
  @Property({ type: 'string', length: 10, index: true })
  visitedOn!: string;

  /** Who went, served masked like other personal text. */
  @Property({ type: 'string', length: 200 })
  visitors!: string;

  /** What came of it, served only to carers. */
  @Property({ type: 'string', length: 1000 })
  outcome!: string;

  @Field({ description: 'Account that recorded it (记录人)' })
  @Property({ type: 'string', length: 100 })
  recordedBy!: string;

  @Field({ description: 'When it was recorded (记录时间)' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}
