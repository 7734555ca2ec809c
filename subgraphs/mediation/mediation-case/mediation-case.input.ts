import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../../kit/connection/connection';
import { IsPlainText } from '../../../kit/personal/validators';
import { IsCalendarDate } from '../../../kit/validation/calendar-date';
import { Fulfilment } from '../agreement/agreement.entity';
import { AttendeeRole, SessionOutcome } from '../session/mediation-session.entity';
import { CaseMediatorRole } from './case-mediator.entity';
import { CasePartyRole } from './case-party.entity';
import { DisputeCategory, MediationCaseSource, MediationMechanism } from './dispute.enums';
import { MediationCaseStatus, MediationLevel } from './lifecycle';

/** Most compensation one agreement records: ¥100 million, in fen. */
export const MAX_COMPENSATION_FEN = 10_000_000_000;

@InputType({ description: 'A party to a dispute: a resident by id, or an outside party by name (当事人)' })
export class CasePartyInput {
  @Field(_type => CasePartyRole, { description: 'Role in the dispute (当事人身份)' })
  @IsEnum(CasePartyRole)
  role!: CasePartyRole;

  @Field(_type => ID, { nullable: true, description: 'The resident, from grids; give this or a name (居民)' })
  @IsOptional()
  @IsUUID()
  residentId?: string;

  @Field(_type => String, { nullable: true, description: 'Name of an outside party, 1–60 characters: a person from elsewhere, an employer, a property company (姓名/名称)' })
  @IsOptional()
  @Length(1, 60)
  @IsPlainText()
  name?: string;

  @Field(_type => String, { nullable: true, description: 'Who they are in the dispute, 1–60 characters, e.g. 用工单位, 物业公司 (身份说明)' })
  @IsOptional()
  @Length(1, 60)
  @IsPlainText()
  affiliation?: string;
}

@InputType({ description: 'A dispute to register (登记矛盾纠纷)' })
export class RegisterMediationCaseInput {
  @Field(_type => DisputeCategory, { description: 'Category (纠纷类别)' })
  @IsEnum(DisputeCategory)
  category!: DisputeCategory;

  @Field({ description: 'What the dispute is about, 5–2000 characters; personal data (纠纷简要情况)' })
  @Length(5, 2000)
  @IsPlainText({ multiline: true })
  description!: string;

  @Field(_type => MediationCaseSource, { description: 'Source (案件来源)' })
  @IsEnum(MediationCaseSource)
  source!: MediationCaseSource;

  @Field(_type => ID, { nullable: true, description: 'The grid event it comes from; required for source GRID_EVENT, and its place is the case\'s (网格事件)' })
  @IsOptional()
  @IsUUID()
  gridEventId?: string;

  @Field(_type => ID, { nullable: true, description: 'The open lead it comes from; required for source DEPARTMENT_LEAD (纠纷线索)' })
  @IsOptional()
  @IsUUID()
  leadId?: string;

  @Field(_type => ID, { nullable: true, description: 'Community (or a compound, building or household in it) where the dispute is; required unless it comes from a grid event (所在社区)' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @Field(_type => MediationLevel, { defaultValue: MediationLevel.COMMUNITY, description: 'Level that takes it on first; most start in the community (受理层级)' })
  @IsEnum(MediationLevel)
  level: MediationLevel = MediationLevel.COMMUNITY;

  @Field(_type => ID, { nullable: true, description: 'Team that takes it on, at that level and place (受理调解组织)' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(_type => [CasePartyInput], { description: 'The parties, 2–20, each a resident or a named outside party, at least one applicant (当事人)' })
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @ValidateNested()
  parties!: CasePartyInput[];
}

@InputType({ description: 'A mediator to assign, and their part (指派)' })
export class MediatorAssignmentInput {
  @Field(_type => ID, { description: 'Mediator (调解员)' })
  @IsUUID()
  mediatorId!: string;

  @Field(_type => CaseMediatorRole, { defaultValue: CaseMediatorRole.MEMBER, description: 'Part on the case (办案角色); CALLED_IN for legal advisers, police, judicial office' })
  @IsEnum(CaseMediatorRole)
  role: CaseMediatorRole = CaseMediatorRole.MEMBER;
}

@InputType({ description: 'Mediators to assign to a case (指派调解员)' })
export class AssignMediatorsInput {
  @Field(_type => ID, { description: 'Mediation case (调解案件)' })
  @IsUUID()
  caseId!: string;

  @Field(_type => [MediatorAssignmentInput], { description: '1–10 mediators of a team at the case\'s level and place, or called in from its subdistrict (调解员)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested()
  mediators!: MediatorAssignmentInput[];
}

@InputType({ description: 'Who attended a session (参会人员)' })
export class SessionAttendeeInput {
  @Field(_type => AttendeeRole, { description: 'Role (参会身份)' })
  @IsEnum(AttendeeRole)
  role!: AttendeeRole;

  @Field(_type => ID, { nullable: true, description: 'A mediator assigned to the case (调解员)' })
  @IsOptional()
  @IsUUID()
  mediatorId?: string;

  @Field(_type => ID, { nullable: true, description: 'A party of the case (当事人)' })
  @IsOptional()
  @IsUUID()
  partyId?: string;
}

@InputType({ description: 'A mediation session held (召开协商会)' })
export class HoldMediationSessionInput {
  @Field(_type => ID, { description: 'Mediation case (调解案件)' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'Held on, YYYY-MM-DD, not in the future nor before the case was registered (召开日期)' })
  @IsCalendarDate()
  heldOn!: string;

  @Field(_type => [SessionAttendeeInput], { description: 'Attendees, 2–30 (参会人员)' })
  @ArrayMinSize(2)
  @ArrayMaxSize(30)
  @ValidateNested()
  attendees!: SessionAttendeeInput[];

  @Field({ description: 'What was discussed, 2–4000 characters; personal data (协商内容)' })
  @Length(2, 4000)
  @IsPlainText({ multiline: true })
  discussed!: string;

  @Field(_type => SessionOutcome, { description: 'Outcome; NO_AGREEMENT fails the mediation at this level (结果)' })
  @IsEnum(SessionOutcome)
  outcome!: SessionOutcome;
}

@InputType({ description: 'The agreement reached (调解协议)' })
export class RecordMediationAgreementInput {
  @Field(_type => ID, { description: 'Mediation case (调解案件)' })
  @IsUUID()
  caseId!: string;

  @Field(_type => ID, { nullable: true, description: 'The session that agreed, one of the case\'s with outcome AGREED (协商会)' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @Field({ description: 'Terms, 2–4000 characters; personal data (协议内容)' })
  @Length(2, 4000)
  @IsPlainText({ multiline: true })
  terms!: string;

  @Field(_type => Int, { defaultValue: 0, description: `Compensation in fen, 0–${MAX_COMPENSATION_FEN} (赔偿金额, 分)` })
  @IsInt()
  @Min(0)
  @Max(MAX_COMPENSATION_FEN)
  compensationFen: number = 0;

  @Field(_type => ID, { nullable: true, description: 'Party who pays; required with compensation (支付方)' })
  @IsOptional()
  @IsUUID()
  payerPartyId?: string;

  @Field(_type => ID, { nullable: true, description: 'Party who is paid; required with compensation, not the payer (收款方)' })
  @IsOptional()
  @IsUUID()
  payeePartyId?: string;

  @Field(_type => String, { nullable: true, description: 'Due date, YYYY-MM-DD, not before today; required with compensation (履行期限)' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}

@InputType({ description: 'Hand a case up to the next level (上交)' })
export class EscalateMediationCaseInput {
  @Field(_type => ID, { description: 'Mediation case (调解案件)' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'Why this level cannot settle it, 2–500 characters (上交原因)' })
  @Length(2, 500)
  @IsPlainText({ multiline: true })
  reason!: string;

  @Field(_type => ID, { description: 'Team at the next level, over the case\'s place, that takes it over (接手调解组织)' })
  @IsUUID()
  toTeamId!: string;

  @Field(_type => MediationMechanism, { nullable: true, description: 'Mechanism there; by default people\'s mediation up to the community, administrative at the subdistrict, judicial at the judicial office (调解方式)' })
  @IsOptional()
  @IsEnum(MediationMechanism)
  mechanism?: MediationMechanism;
}

@InputType({ description: 'Which case, and why (原因)' })
export class MediationCaseReasonInput {
  @Field(_type => ID, { description: 'Mediation case (调解案件)' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'Reason, 2–500 characters (原因)' })
  @Length(2, 500)
  @IsPlainText({ multiline: true })
  reason!: string;
}

@InputType({ description: 'How an agreement was fulfilled (履行情况)' })
export class RecordAgreementFulfilmentInput {
  @Field(_type => ID, { description: 'Mediation case (调解案件)' })
  @IsUUID()
  caseId!: string;

  @Field(_type => Fulfilment, { description: 'Fulfilment found; not PENDING (履行情况)' })
  @IsEnum(Fulfilment)
  fulfilment!: Fulfilment;

  @Field({ description: 'Checked on, YYYY-MM-DD, not in the future (核实日期)' })
  @IsCalendarDate()
  checkedOn!: string;
}

@InputType({ description: 'A follow-up visit after the agreement (回访)' })
export class RecordFollowUpVisitInput {
  @Field(_type => ID, { description: 'Mediation case (调解案件)' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'Visited on, YYYY-MM-DD, not in the future (回访日期)' })
  @IsCalendarDate()
  visitedOn!: string;

  @Field({ description: 'What the visit found, 2–1000 characters (回访情况)' })
  @Length(2, 1000)
  @IsPlainText({ multiline: true })
  note!: string;

  @Field({ description: 'The parties are satisfied (是否满意)' })
  @IsBoolean()
  satisfied!: boolean;
}

@InputType({ description: 'Filter for mediation cases (案件筛选)' })
export class MediationCaseWhere {
  @Field(_type => [MediationCaseStatus], { nullable: true, description: 'In one of these statuses (状态)' })
  @IsOptional()
  @IsEnum(MediationCaseStatus, { each: true })
  statuses?: MediationCaseStatus[];

  @Field(_type => MediationLevel, { nullable: true, description: 'At this level (调解层级)' })
  @IsOptional()
  @IsEnum(MediationLevel)
  level?: MediationLevel;

  @Field(_type => DisputeCategory, { nullable: true, description: 'Of this category (纠纷类别)' })
  @IsOptional()
  @IsEnum(DisputeCategory)
  category?: DisputeCategory;
}

@ArgsType()
export class MediationCasesArgs extends ConnectionArgs {
  @Field(_type => MediationCaseWhere, { nullable: true, description: 'Filter (筛选)' })
  @ValidateNested()
  where?: MediationCaseWhere;
}
