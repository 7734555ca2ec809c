import { IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';

@InputType({ description: "Record a resident's or a building's suggestion (登记居民建议)" })
export class RaiseSuggestionInput {
  @Field(_type => ID, { description: 'The resident, or the building, raising it (建议人 / 楼栋)' })
  @IsUUID()
  raisedById!: string;

  @Field({ description: 'The suggestion, 4–500 characters (建议内容)' })
  @MinLength(4)
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  content!: string;
}

@InputType({ description: 'Take a suggestion onto a meeting agenda (采纳建议, 纳入议题)' })
export class AcceptSuggestionInput {
  @Field(_type => ID, { description: 'The suggestion, raised (建议)' })
  @IsUUID()
  suggestionId!: string;

  @Field(_type => ID, { description: 'The meeting, in the same community (会议)' })
  @IsUUID()
  meetingId!: string;

  @Field(_type => String, { nullable: true, description: 'Agenda title, 2–200 characters; the start of the suggestion when omitted (议题)' })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  title?: string | null;
}

@InputType({ description: 'Decline a suggestion, saying why (不予采纳)' })
export class DeclineSuggestionInput {
  @Field(_type => ID, { description: 'The suggestion, raised (建议)' })
  @IsUUID()
  suggestionId!: string;

  @Field({ description: 'Why, 2–300 characters: it is shown to the resident (理由)' })
  @MinLength(2)
  @MaxLength(300)
  @IsPlainText()
  reason!: string;
}
