import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

/** A property-management company (物业企业), city-wide: it may manage compounds in many communities. */
@ObjectType({ description: 'Property-management company (物业企业)' })
@Directive('@key(fields: "id")')
@Entity()
export class PropertyCompany {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Field({ description: 'Name (企业名称)' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: 'Unified social credit code, 18 characters (统一社会信用代码)' })
  @Property({ type: 'string', length: 18, unique: true })
  creditCode!: string;

  @Field({ description: 'Whether the company has a party organisation of its own (物业企业党组织, 红色物业)' })
  @Property({ type: 'boolean' })
  hasPartyOrganization: boolean = false;

  @Field({ description: 'When it was registered here (登记时间)' })
  @Property({ type: 'datetime' })
  registeredAt: Date = new Date();
}
