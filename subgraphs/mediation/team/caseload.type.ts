import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A team's or mediator's caseload and record (办案量)" })
export class CaseloadRecord {
  @Field(_type => Int, { description: 'Cases held, ever (受理案件)' })
  cases!: number;

  @Field(_type => Int, { description: 'Of those, still open (在办案件)' })
  open!: number;

  @Field(_type => Int, { description: 'Of those, settled by agreement (调解成功)' })
  agreed!: number;
}
