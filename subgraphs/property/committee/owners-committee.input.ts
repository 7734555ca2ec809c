import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCalendarDate } from '../../../kit/validation/calendar-date';
import { CommitteePosition } from './committee-seat.entity';
import { CommitteeKind } from './owners-committee.entity';

/** Fewest and most members of a committee (业主委员会由5至11人单数组成; 物管会 at least 3). */
export const MIN_MEMBERS = 3;
export const MAX_MEMBERS = 15;

@InputType({ description: 'A seat on a new committee (委员)' })
export class CommitteeSeatInput {
  @Field(_type => ID, { description: 'The resident, living in the compound (居民)' })
  @IsUUID()
  residentId!: string;

  @Field(_type => CommitteePosition, { description: 'Position (职务)' })
  @IsEnum(CommitteePosition)
  position!: CommitteePosition;
}

@InputType({ description: "A compound's new owners' committee or management committee (成立业委会 / 物管会)" })
export class FormOwnersCommitteeInput {
  @Field(_type => ID, { description: 'The compound, without a sitting committee (小区)' })
  @IsUUID()
  compoundId!: string;

  @Field(_type => CommitteeKind, { description: 'Kind (类型)' })
  @IsEnum(CommitteeKind)
  kind!: CommitteeKind;

  @Field({ description: 'Elected or appointed on, YYYY-MM-DD, not in the future (选举日期)' })
  @IsCalendarDate()
  electedOn!: string;

  @Field({ description: 'Term starts, YYYY-MM-DD, not before the election (任期起)' })
  @IsCalendarDate()
  termStartsOn!: string;

  @Field({ description: 'Term ends, YYYY-MM-DD, after it starts (任期止)' })
  @IsCalendarDate()
  termEndsOn!: string;

  @Field(_type => [CommitteeSeatInput], { description: `Members, ${MIN_MEMBERS}–${MAX_MEMBERS}, exactly one director, each resident once (委员)` })
  @ArrayMinSize(MIN_MEMBERS)
  @ArrayMaxSize(MAX_MEMBERS)
  @ValidateNested({ each: true })
  members!: CommitteeSeatInput[];
}

@InputType({ description: 'Dissolve a sitting committee (解散委员会)' })
export class DissolveOwnersCommitteeInput {
  @Field(_type => ID, { description: 'The committee (委员会)' })
  @IsUUID()
  committeeId!: string;

  @Field({ description: 'Dissolved on, YYYY-MM-DD, not before its term started (解散日期)' })
  @IsCalendarDate()
  dissolvedOn!: string;
}
