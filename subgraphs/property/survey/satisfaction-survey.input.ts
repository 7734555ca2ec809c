import { ArrayMaxSize, ArrayMinSize, IsInt, IsNumber, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { MAX_SCORE, MIN_SCORE } from './satisfaction-survey.entity';

export const PERIOD_PATTERN = /^(20\d\d)-Q([1-4])$/;

@InputType({ description: "Open a satisfaction survey of a compound's property company for a quarter (发起满意度测评)" })
export class OpenSatisfactionSurveyInput {
  @Field(_type => ID, { description: 'The compound, managed by a company (小区)' })
  @IsUUID()
  compoundId!: string;

  @Field({ description: 'Quarter, e.g. 2025-Q3, not in the future (测评周期)' })
  @Matches(PERIOD_PATTERN, { message: 'period must be a quarter such as 2025-Q3' })
  period!: string;

  @Field(_type => [String], { description: 'Questions, 1–20, each 2–100 characters, scored 1–5 (测评题目)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @MinLength(2, { each: true })
  @MaxLength(100, { each: true })
  @IsPlainText({}, { each: true })
  questions!: string[];

  @Field(_type => Float, { defaultValue: 0.8, description: 'Satisfaction rate below which the compound is flagged, 0–1 (预警线)' })
  @IsNumber()
  @Min(0)
  @Max(1)
  threshold!: number;
}

@InputType({ description: "A household's answers to a survey (提交测评答卷)" })
export class RespondToSatisfactionSurveyInput {
  @Field(_type => ID, { description: 'The survey (测评)' })
  @IsUUID()
  surveyId!: string;

  @Field(_type => ID, { description: 'The household answering, in the compound; one response per household (住户)' })
  @IsUUID()
  householdId!: string;

  @Field(_type => [Int], { description: `One score per question, ${MIN_SCORE}–${MAX_SCORE} (评分)` })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(MIN_SCORE, { each: true })
  @Max(MAX_SCORE, { each: true })
  scores!: number[];
}

/** The first day of a quarter `YYYY-Qn`. */
export function quarterStart(period: string): string {
  const [, year, quarter] = PERIOD_PATTERN.exec(period)!;
  return `${year}-${String((Number(quarter) - 1) * 3 + 1).padStart(2, '0')}-01`;
}
