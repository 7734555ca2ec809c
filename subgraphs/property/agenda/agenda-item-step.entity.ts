import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemCommand, AgendaItemStage } from './agenda-lifecycle';

/** One step in an agenda item's history (议题流转记录). */
@ObjectType({ description: "A step in an agenda item's history (流转记录)" })
@Entity()
@Unique({ properties: ['itemId', 'sequence'] })
export class AgendaItemStep {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => AgendaItem, mapToPk: true, fieldName: 'item_id' })
  itemId!: string;

  @Field(_type => Int, { description: 'Order in the history, from 1 (序号)' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(_type => AgendaItemCommand, { description: 'Command (操作)' })
  @Enum({ items: () => AgendaItemCommand })
  command!: AgendaItemCommand;

  @Field(_type => AgendaItemStage, { nullable: true, description: 'Stage before; null for SOLICIT (原环节)' })
  @Enum({ items: () => AgendaItemStage, nullable: true })
  fromStage: AgendaItemStage | null = null;

  @Field(_type => AgendaItemStage, { description: 'Stage after (新环节)' })
  @Enum({ items: () => AgendaItemStage })
  toStage!: AgendaItemStage;

  @Field(_type => String, { nullable: true, description: 'Note (说明)' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Field({ description: 'Account that acted (操作人账号)' })
  @Property({ type: 'string', length: 100 })
  actorId!: string;

  @Field({ description: 'When (时间)' })
  @Property({ type: 'datetime' })
  at!: Date;
}
