import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { AgendaItem } from '../agenda/agenda-item.entity';

export enum ResolutionState {
  VOTING = 'VOTING',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ResolutionState, {
  name: 'ResolutionState',
  description: 'Outcome of a resolution (决议状态)',
  valuesConfig: {
    VOTING: { description: 'Open for votes (表决中)' },
    ADOPTED: { description: 'Quorum reached and more for than against and abstaining together (通过)' },
    REJECTED: { description: 'Quorum missed, or not a majority for (未通过)' },
  },
});

/** A resolution put to the vote on an agenda item (决议). */
@ObjectType({ description: 'Resolution on an agenda item, put to the vote (决议)' })
@Entity()
export class MeetingResolution {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => AgendaItem, mapToPk: true, fieldName: 'item_id', index: true })
  itemId!: string;

  @Property({ type: 'uuid', index: true })
  meetingId!: string;

  @Field({ description: 'What is resolved (决议内容)' })
  @Property({ type: 'string', length: 500 })
  text!: string;

  @Field(_type => Int, { description: 'Votes needed for the result to count (法定票数)' })
  @Property({ type: 'integer' })
  quorum!: number;

  @Field(_type => ResolutionState, { description: 'State (状态)' })
  @Enum({ items: () => ResolutionState })
  state: ResolutionState = ResolutionState.VOTING;

  @Field(_type => Date, { nullable: true, description: 'When the vote closed (表决结束时间)' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
