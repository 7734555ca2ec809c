import { IsEnum, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { AgendaItemSource } from './agenda-item.entity';

@InputType({ description: 'Take a problem onto a meeting agenda (征集议题, 一征)' })
export class AddAgendaItemInput {
  @Field(_type => ID, { description: 'The meeting (会议)' })
  @IsUUID()
  meetingId!: string;

  @Field({ description: 'The problem, 2–200 characters (议题)' })
  @MinLength(2)
  @MaxLength(200)
  @IsPlainText()
  title!: string;

  @Field(_type => AgendaItemSource, { description: 'Where it came from; suggestions come in through acceptSuggestion (来源)' })
  @IsEnum(AgendaItemSource)
  source!: AgendaItemSource;

  @Field(_type => ID, { nullable: true, description: 'The grid event: required for GRID_EVENT, refused otherwise (网格事件)' })
  @IsOptional()
  @IsUUID()
  gridEventId?: string | null;

  @Field(_type => ID, { nullable: true, description: "The survey: required for SURVEY, in the meeting's community (满意度测评)" })
  @IsOptional()
  @IsUUID()
  surveyId?: string | null;
}

@InputType({ description: 'A step of 一征三议两公开 on an agenda item (议题操作)' })
export class AgendaItemStepInput {
  @Field(_type => ID, { description: 'The agenda item (议题)' })
  @IsUUID()
  itemId!: string;

  @Field(_type => String, { nullable: true, description: 'Note for the history, up to 500 characters (说明)' })
  @IsOptional()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  note?: string | null;
}
