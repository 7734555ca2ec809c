import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsEnum, IsOptional, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';
import { MeetingSide } from './meeting-side';

@InputType({ description: 'A participant of a joint meeting (参会方)' })
export class MeetingParticipantInput {
  @Field(_type => MeetingSide, { description: 'Side (参会方)' })
  @IsEnum(MeetingSide)
  side!: MeetingSide;

  @Field(_type => String, { nullable: true, description: 'Organisation or office, for a side that is not a resident (单位 / 职务)' })
  @IsOptional()
  @MinLength(2)
  @MaxLength(100)
  @IsPlainText()
  label?: string | null;

  @Field(_type => ID, { nullable: true, description: 'The resident: required for OWNERS_COMMITTEE and RESIDENT_REPRESENTATIVE, living in the community (居民)' })
  @IsOptional()
  @IsUUID()
  residentId?: string | null;

  @Field(_type => ID, { nullable: true, description: 'The company: required for PROPERTY_COMPANY (物业企业)' })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;
}

@InputType({ description: 'Convene a joint meeting (召集联席会议)' })
export class ConveneJointMeetingInput {
  @Field(_type => ID, { description: 'A compound, or a community for a community-wide meeting (小区 / 社区)' })
  @IsUUID()
  placeId!: string;

  @Field({ description: 'Title, 2–100 characters (会议主题)' })
  @MinLength(2)
  @MaxLength(100)
  @IsPlainText()
  title!: string;

  @Field({ description: 'When it is to be held (召开时间)' })
  @IsDate()
  scheduledAt!: Date;

  @Field(_type => [MeetingParticipantInput], { description: 'Participants, 3–40, with the community party organisation among them (参会方)' })
  @ArrayMinSize(3)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  participants!: MeetingParticipantInput[];
}

@InputType({ description: 'Record who attended: the meeting is then held (登记出席)' })
export class RecordJointMeetingAttendanceInput {
  @Field(_type => ID, { description: 'The meeting, not yet held (会议)' })
  @IsUUID()
  meetingId!: string;

  @Field(_type => [ID], { description: 'Participants who attended, at least one; the others were absent (出席者)' })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  attendedParticipantIds!: string[];
}

@InputType({ description: "Record a held meeting's minutes (会议纪要)" })
export class RecordJointMeetingMinutesInput {
  @Field(_type => ID, { description: 'The meeting, held (会议)' })
  @IsUUID()
  meetingId!: string;

  @Field({ description: 'Minutes, 10–10,000 characters (纪要)' })
  @MinLength(10)
  @MaxLength(10_000)
  @IsPlainText({ multiline: true })
  minutes!: string;
}
