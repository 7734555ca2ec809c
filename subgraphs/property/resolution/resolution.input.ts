import { IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { VoteChoice } from './resolution-vote.entity';

@InputType({ description: 'Put a resolution on a consulted agenda item to the vote (提出决议)' })
export class ProposeResolutionInput {
  @Field(_type => ID, { description: 'The agenda item, consulted on (议题)' })
  @IsUUID()
  itemId!: string;

  @Field({ description: 'What is resolved, 4–500 characters (决议内容)' })
  @MinLength(4)
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  text!: string;

  @Field(_type => Int, { nullable: true, description: 'Votes needed, 1 to the number who attended; a majority of those who attended when omitted (法定票数)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  quorum?: number | null;
}

@InputType({ description: "A participant's vote on a resolution (表决)" })
export class CastResolutionVoteInput {
  @Field(_type => ID, { description: 'The resolution, open for votes (决议)' })
  @IsUUID()
  resolutionId!: string;

  @Field(_type => ID, { description: 'The voting participant, who attended the meeting (表决人)' })
  @IsUUID()
  participantId!: string;

  @Field(_type => VoteChoice, { description: 'The vote (意见)' })
  @IsEnum(VoteChoice)
  choice!: VoteChoice;
}

@InputType({ description: 'Close the vote on a resolution (结束表决)' })
export class CloseResolutionVoteInput {
  @Field(_type => ID, { description: 'The resolution, open for votes (决议)' })
  @IsUUID()
  resolutionId!: string;
}
