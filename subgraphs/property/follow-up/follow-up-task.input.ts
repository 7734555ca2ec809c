import { IsEnum, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { IsCalendarDate } from '../../../kit/validation/calendar-date';
import { MeetingSide } from '../meeting/meeting-side';

@InputType({ description: 'Hand a decided item’s work to one side (分派督办任务)' })
export class AssignFollowUpTaskInput {
  @Field(_type => ID, { description: 'The agenda item, decided (议题)' })
  @IsUUID()
  itemId!: string;

  @Field({ description: 'What is to be done, 4–300 characters (任务内容)' })
  @MinLength(4)
  @MaxLength(300)
  @IsPlainText()
  description!: string;

  @Field(_type => MeetingSide, { description: 'Side responsible (责任方)' })
  @IsEnum(MeetingSide)
  responsibleSide!: MeetingSide;

  @Field({ description: 'Due date, YYYY-MM-DD, not in the past (办结期限)' })
  @IsCalendarDate()
  dueOn!: string;
}

@InputType({ description: 'Report a follow-up task done (办结督办任务)' })
export class CompleteFollowUpTaskInput {
  @Field(_type => ID, { description: 'The task, open (任务)' })
  @IsUUID()
  taskId!: string;

  @Field({ description: 'What was done, 2–500 characters (完成情况)' })
  @MinLength(2)
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  outcome!: string;
}
