import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PropertyCompany } from './property-company.entity';

/**
 * A resident working for a property company at one of its compounds (物业企业员工). Whether they are
 * a party member placed in the company (党员交叉任职, 红色物业) is read through the gateway from party's
 * `Resident.partyMember`, never copied here.
 */
@ObjectType({ description: 'A property company employee posted at a compound (物业企业员工)' })
@Entity()
@Unique({ properties: ['companyId', 'residentId'] })
export class CompanyStaffMember {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => PropertyCompany, mapToPk: true, fieldName: 'company_id' })
  companyId!: string;

  @Property({ type: 'uuid', index: true })
  residentId!: string;

  @Field({ description: 'Post, e.g. project manager (岗位)' })
  @Property({ type: 'string', length: 50 })
  post!: string;

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}
