import { auditEntities } from '../../kit/audit/entities';
import { consumerEntities } from '../../kit/events/entities';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { AgendaItemStep } from './agenda/agenda-item-step.entity';
import { AgendaItem } from './agenda/agenda-item.entity';
import { CommitteeSeat } from './committee/committee-seat.entity';
import { OwnersCommittee } from './committee/owners-committee.entity';
import { CompanyStaffMember } from './company/company-staff-member.entity';
import { PropertyCompany } from './company/property-company.entity';
import { FollowUpTask } from './follow-up/follow-up-task.entity';
import { CompoundManagement } from './management/compound-management.entity';
import { JointMeeting } from './meeting/joint-meeting.entity';
import { MeetingParticipant } from './meeting/meeting-participant.entity';
import { MeetingResolution } from './resolution/meeting-resolution.entity';
import { ResolutionVote } from './resolution/resolution-vote.entity';
import { Suggestion } from './suggestion/suggestion.entity';
import { SatisfactionSurvey } from './survey/satisfaction-survey.entity';
import { SurveyResponse } from './survey/survey-response.entity';

/** Every table the property subgraph owns (`territory` is a read-only copy of the grids tree), parents first. */
export const propertyEntities = [
  TerritoryPlace, PropertyCompany, CompanyStaffMember, CompoundManagement, OwnersCommittee, CommitteeSeat, JointMeeting, MeetingParticipant,
  AgendaItem, AgendaItemStep, MeetingResolution, ResolutionVote, FollowUpTask, Suggestion, SatisfactionSurvey, SurveyResponse,
  // Checkpoints and parked events of the domain events property consumes (kit/events)
  ...consumerEntities,
  // Its audit trail (kit/audit)
  ...auditEntities,
];
