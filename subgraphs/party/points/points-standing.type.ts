import { Field, Int, ObjectType } from 'type-graphql';
import { PartyMember } from '../member/member.entity';

/** A member's published total for a quarter and place in the branch (季度积分公示). */
@ObjectType({ description: "A member's approved points for a quarter and rank within the branch (季度积分排名)" })
export class PointsStanding {
  @Field(_type => PartyMember, { description: 'Member (党员)' })
  member!: PartyMember;

  @Field(_type => Int, { description: 'Approved points in the quarter (季度积分)' })
  total!: number;

  @Field(_type => Int, { description: 'Rank in the branch, 1 is highest; equal totals share a rank (排名)' })
  rank!: number;
}
