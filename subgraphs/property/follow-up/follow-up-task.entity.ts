import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { MeetingSide } from '../meeting/meeting-side';

export enum FollowUpTaskState {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(FollowUpTaskState, {
  name: 'FollowUpTaskState',
  description: 'State of a follow-up task (任务状态)',
  valuesConfig: { OPEN: { description: 'To be done (待办)' }, DONE: { description: 'Done (已完成)' } },
});

/** Work a decision hands to one side, tracked to done (督办任务). */
@ObjectType({ description: 'Follow-up task of a decided agenda item, tracked to done (督办任务)' })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ['communityId', 'state'] })
export class FollowUpTask {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => AgendaItem, mapToPk: true, fieldName: 'item_id', index: true })
  itemId!: string;

  @Property({ type: 'uuid', index: true })
  meetingId!: string;

  @Field({ description: 'What is to be done (任务内容)' })
  @Property({ type: 'string', length: 300 })
  description!: string;

  @Field(_type => MeetingSide, { description: 'Side responsible (责任方)' })
  @Enum({ items: () => MeetingSide })
  responsibleSide!: MeetingSide;

  @Field({ description: 'Due date, YYYY-MM-DD (办结期限)' })
  @Property({ type: 'string', length: 10 })
  dueOn!: string;

  @Field(_type => FollowUpTaskState, { description: 'State (状态)' })
  @Enum({ items: () => FollowUpTaskState })
  state: FollowUpTaskState = FollowUpTaskState.OPEN;

  @Field(_type => Date, { nullable: true, description: 'When it was done (完成时间)' })
  @Property({ type: 'datetime', nullable: true })
  doneAt: Date | null = null;

  @Field(_type => String, { nullable: true, description: 'What was done (完成情况)' })
  @Property({ type: 'string', length: 500, nullable: true })
  outcome: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  compoundId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field(_type => Int, { description: 'Version (版本)' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** Open past its due date (超期), as of `today` (YYYY-MM-DD). */
export function isOverdue(task: Pick<FollowUpTask, 'state' | 'dueOn'>, today: string): boolean {
  return task.state === FollowUpTaskState.OPEN && task.dueOn < today;
}
