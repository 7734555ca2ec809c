import { IsEnum, IsInt, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { PointsSource } from './points-entry.entity';

/** The most one entry may add or deduct. */
export const MAX_ENTRY_POINTS = 50;

@InputType({ description: 'Points to enter in a member\'s quarterly ledger (申报积分)' })
export class SubmitPointsInput {
  @Field(_type => ID, { description: 'Member (党员)' })
  @IsUUID()
  memberId!: string;

  @Field(_type => Int, { description: 'Year (年度)' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(_type => Int, { description: 'Quarter 1–4 (季度)' })
  @IsInt()
  @Min(1)
  @Max(4)
  quarter!: number;

  @Field(_type => PointsSource, { description: 'Source (来源)' })
  @IsEnum(PointsSource)
  source!: PointsSource;

  @Field(_type => Int, { description: `Points, -${MAX_ENTRY_POINTS}…${MAX_ENTRY_POINTS}, not 0 (分值)` })
  @IsInt()
  @Min(-MAX_ENTRY_POINTS)
  @Max(MAX_ENTRY_POINTS)
  points!: number;

  @Field({ description: 'Reason (事由), 2–200 characters' })
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  reason!: string;
}

/** What approving or rejecting a points entry takes. */
export interface ReviewPointsInput {
  entryId: string;
}

@InputType({ description: 'A submitted points entry to approve (审定通过)' })
export class ApprovePointsInput implements ReviewPointsInput {
  @Field(_type => ID, { description: 'Points entry awaiting review (待审定的积分记录)' })
  @IsUUID()
  entryId!: string;
}

@InputType({ description: 'A submitted points entry to reject (审定不通过)' })
export class RejectPointsInput implements ReviewPointsInput {
  @Field(_type => ID, { description: 'Points entry awaiting review (待审定的积分记录)' })
  @IsUUID()
  entryId!: string;
}
