import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PartyMember } from '../member/member.entity';

/** An in-service member's services in a year, against the rule of 4 services and 20 hours. */
@ObjectType({ description: "An in-service member's services in a year (年度服务情况): at least 4 services and 20 hours are required" })
export class InServiceCompliance {
  @Field(_type => PartyMember, { description: 'Member (在职党员)' })
  member!: PartyMember;

  @Field(_type => Int, { description: 'Services in the year (服务次数)' })
  services!: number;

  @Field(_type => Float, { description: 'Hours in the year (服务时长)' })
  hours!: number;

  @Field({ description: 'Holds a service post in the home community now (已报到认岗)' })
  registered!: boolean;

  @Field({ description: 'At least 4 services and 20 hours (达标)' })
  compliant!: boolean;
}
