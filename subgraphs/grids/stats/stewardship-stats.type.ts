import { Field, Float, Int, ObjectType } from 'type-graphql';

export const STEWARDSHIP_DESCRIPTION = 'Buildings with and without a steward or head (楼门管家覆盖)';

@ObjectType({ description: 'Building stewards and heads of a place (楼门管家/楼栋长覆盖): counts only, never people' })
export class StewardshipStats {
  @Field(_type => Int, { description: 'Buildings (楼栋数)' })
  buildings!: number;

  @Field(_type => Int, { description: 'Buildings with a steward (有楼门管家的楼栋)' })
  withSteward!: number;

  @Field(_type => Int, { description: 'Buildings without a steward (无楼门管家的楼栋)' })
  withoutSteward!: number;

  @Field(_type => Float, { nullable: true, description: 'withSteward / buildings; null without buildings (楼门管家覆盖率)' })
  stewardCoverage!: number | null;

  @Field(_type => Int, { description: 'Buildings with a head (有楼栋长的楼栋)' })
  withHead!: number;

  @Field(_type => Int, { description: 'Buildings without a head (无楼栋长的楼栋)' })
  withoutHead!: number;
}
