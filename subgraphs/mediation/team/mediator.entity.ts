import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum MediatorKind {
  PEOPLES_MEDIATOR = 'PEOPLES_MEDIATOR',
  GRID_WORKER = 'GRID_WORKER',
  LEGAL_ADVISER = 'LEGAL_ADVISER',
  POLICE_OFFICER = 'POLICE_OFFICER',
  JUDICIAL_OFFICER = 'JUDICIAL_OFFICER',
}
registerEnumType(MediatorKind, {
  name: 'MediatorKind',
  description: 'Who a mediator is (调解员类型)',
  valuesConfig: {
    PEOPLES_MEDIATOR: { description: "People's mediator: staff, party member, respected villager (人民调解员, 乡贤)" },
    GRID_WORKER: { description: 'Grid worker mediating in the grid (网格员)' },
    LEGAL_ADVISER: { description: 'Legal adviser called in (法律顾问)' },
    POLICE_OFFICER: { description: 'Police officer called in (民警, 派出所)' },
    JUDICIAL_OFFICER: { description: 'Judicial office staff (司法所)' },
  },
});

/** Kinds called in from outside a team's own members (吹哨: 法律顾问、派出所、司法所). */
export const CALLED_IN_KINDS: readonly MediatorKind[] = [MediatorKind.LEGAL_ADVISER, MediatorKind.POLICE_OFFICER, MediatorKind.JUDICIAL_OFFICER];

/** A mediator (调解员) of a team, or an outside participant called in. */
@ObjectType({ description: 'Mediator (调解员) or an outside participant called in (法律顾问、民警、司法所)' })
@Directive('@key(fields: "id")')
@Entity()
export class Mediator {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Personal data: exposed through the masked field resolver only. */
  @Property({ type: 'string' })
  name!: string;

  @Field(_type => MediatorKind, { description: 'Who they are (类型)' })
  @Enum({ items: () => MediatorKind })
  kind!: MediatorKind;

  @Property({ type: 'uuid', index: true })
  teamId!: string;

  /** Token subject of the mediator's account: an assigned mediator acts on the case with it. */
  @Field(_type => String, { nullable: true, description: 'Account, when they use the system (账号)' })
  @Property({ type: 'string', nullable: true, unique: true })
  accountId: string | null = null;

  @Field({ description: 'Taking cases (在岗)' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'uuid', nullable: true, index: true })
  communityId: string | null = null;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}
