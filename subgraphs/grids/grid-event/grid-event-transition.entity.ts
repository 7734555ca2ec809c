import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GridEvent } from './grid-event.entity';
import { GridEventCommand, GridEventLevel, GridEventState } from './lifecycle';

/** One step of an event's history (流转记录): who did what, when, from which state to which, and why. */
@ObjectType({ description: "A step in a grid event's history (流转记录)" })
@Entity()
@Unique({ properties: ['eventId', 'sequence'] })
export class GridEventTransition {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => GridEvent, mapToPk: true, fieldName: 'event_id' })
  eventId!: string;

  /** The event's version after this step: 1 for the report. Unique per event, a second guard against lost updates. */
  @Field(_type => Int, { description: 'Position in the history, from 1 (序号)' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(_type => GridEventCommand, { description: 'Command (操作)' })
  @Enum({ items: () => GridEventCommand })
  command!: GridEventCommand;

  @Field(_type => GridEventState, { nullable: true, description: 'State before; none for the report (原状态)' })
  @Enum({ items: () => GridEventState, nullable: true })
  fromState: GridEventState | null = null;

  @Field(_type => GridEventState, { description: 'State after (新状态)' })
  @Enum({ items: () => GridEventState })
  toState!: GridEventState;

  @Field(_type => GridEventLevel, { description: 'Handling level after (处置层级)' })
  @Enum({ items: () => GridEventLevel })
  level!: GridEventLevel;

  @Field({ description: 'Account that did it (操作人账号)' })
  @Property({ type: 'string' })
  actorId!: string;

  @Field(_type => String, { nullable: true, description: 'Reason, resolution or note (原因 / 说明)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: 'When (时间)' })
  @Property({ type: 'datetime' })
  at!: Date;
}
