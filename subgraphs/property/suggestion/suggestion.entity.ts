import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

export enum SuggestionState {
  RAISED = 'RAISED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  SOLVED = 'SOLVED',
}
registerEnumType(SuggestionState, {
  name: 'SuggestionState',
  description: 'Where a suggestion stands (建议状态)',
  valuesConfig: {
    RAISED: { description: 'Raised, not yet taken up (已提出)' },
    ACCEPTED: { description: 'Taken onto a joint meeting agenda (已纳入议题)' },
    DECLINED: { description: 'Declined with a reason (不予采纳)' },
    SOLVED: { description: "Solved: its agenda item's result was published (已解决)" },
  },
});

/**
 * A suggestion from a resident or from a building (居民建议). Who raised it is personal data: the
 * resident reference is shown only to roles allowed in scope.
 */
@ObjectType({ description: "Resident's or building's suggestion (居民建议)" })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ['communityId', 'raisedAt'] })
export class Suggestion {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Field({ description: 'The suggestion (建议内容)' })
  @Property({ type: 'string', length: 500 })
  content!: string;

  @Field(_type => SuggestionState, { description: 'State (状态)' })
  @Enum({ items: () => SuggestionState })
  state: SuggestionState = SuggestionState.RAISED;

  @Property({ type: 'uuid', nullable: true, index: true })
  residentId: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  buildingId: string | null = null;

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field({ description: 'When it was raised (提出时间)' })
  @Property({ type: 'datetime' })
  raisedAt!: Date;

  @Field({ description: 'Account that recorded it (登记人账号)' })
  @Property({ type: 'string', length: 100 })
  recordedBy!: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  agendaItemId: string | null = null;

  @Field(_type => String, { nullable: true, description: 'Why it was declined (不予采纳理由)' })
  @Property({ type: 'string', length: 300, nullable: true })
  declineReason: string | null = null;

  @Field(_type => Date, { nullable: true, description: 'When it was solved (解决时间)' })
  @Property({ type: 'datetime', nullable: true })
  solvedAt: Date | null = null;

  @Field(_type => Int, { description: 'Version (版本)' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
