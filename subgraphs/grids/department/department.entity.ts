import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A department's receiver (接哨员): the account that answers the community's whistle. */
@ObjectType({ description: "A department's receiver of dispatched events (接哨员)" })
export class DepartmentReceiver {
  @Field({ description: 'Account (token subject) of the receiver (账号)' })
  subjectId!: string;

  @Field({ description: 'Name or post of the receiver, as published (接哨员)' })
  name!: string;
}

/**
 * Functional department (职能部门: 司法所, 派出所, 城管, 住建 …) that takes events dispatched by
 * communities ("社区吹哨、部门报到"). Departments at subdistrict level carry its id; district-wide
 * departments have none.
 */
@ObjectType({ description: 'Functional department that takes dispatched grid events (职能部门, 吹哨报到)' })
@Directive('@key(fields: "id")')
@Entity()
export class Department {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Code (编码)' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field({ description: 'Name, e.g. 永泰街道司法所 (名称)' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'District the department serves (所属区县)' })
  @Property({ type: 'uuid', index: true })
  districtId!: string;

  @Field(_type => String, { nullable: true, description: 'Subdistrict it serves; none when district-wide (服务街道)' })
  @Property({ type: 'uuid', nullable: true, index: true })
  subdistrictId: string | null = null;

  @Field(_type => [String], { description: 'Codes of the event categories it takes (受理事项类别)' })
  @Property({ type: 'json' })
  categoryCodes!: string[];

  @Field(_type => [DepartmentReceiver], { description: 'Receivers who accept or return dispatches (接哨员)' })
  @Property({ type: 'json' })
  receivers!: DepartmentReceiver[];

  @Field(_type => Int, { description: 'Hours a receiver has to accept or return a dispatch (报到时限, 小时)' })
  @Property({ type: 'integer' })
  responseHours!: number;
}
