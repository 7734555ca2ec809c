import type { EntityManager } from '@mikro-orm/knex';
import { PageLoaders } from '../../kit/connection/page-loader';
import { entitiesBy, entityById } from '../../kit/loaders';
import { placeLoader } from '../../kit/territory/territory-copy';
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
import { voteTallyLoader } from './resolution/vote-tally.loader';
import { PropertyStatsLoaders } from './stats/property-stats.loader';
import { Suggestion } from './suggestion/suggestion.entity';
import { SatisfactionSurvey } from './survey/satisfaction-survey.entity';
import { companyTrendLoader, surveyScoresLoader } from './survey/survey-scores.loader';

/** The per-request loader bag of the property subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    pages: new PageLoaders(em),
    stats: new PropertyStatsLoaders(em),
    placeById: placeLoader(em),
    companyById: entityById(em, PropertyCompany),
    staffByCompanyId: entitiesBy(em, CompanyStaffMember, 'companyId'),
    managementsByCompoundId: entitiesBy(em, CompoundManagement, 'compoundId'),
    currentManagementsByCompoundId: entitiesBy(em, CompoundManagement, 'openCompoundId'),
    managementsByCompanyId: entitiesBy(em, CompoundManagement, 'companyId'),
    committeeById: entityById(em, OwnersCommittee),
    sittingCommitteesByCompoundId: entitiesBy(em, OwnersCommittee, 'openCompoundId'),
    seatsByCommitteeId: entitiesBy(em, CommitteeSeat, 'committeeId'),
    seatsByResidentId: entitiesBy(em, CommitteeSeat, 'residentId'),
    meetingById: entityById(em, JointMeeting),
    participantsByMeetingId: entitiesBy(em, MeetingParticipant, 'meetingId'),
    itemById: entityById(em, AgendaItem),
    itemsByMeetingId: entitiesBy(em, AgendaItem, 'meetingId'),
    itemsByGridEventId: entitiesBy(em, AgendaItem, 'gridEventId'),
    stepsByItemId: entitiesBy(em, AgendaItemStep, 'itemId'),
    resolutionById: entityById(em, MeetingResolution),
    resolutionsByItemId: entitiesBy(em, MeetingResolution, 'itemId'),
    voteTally: voteTallyLoader(em),
    taskById: entityById(em, FollowUpTask),
    tasksByItemId: entitiesBy(em, FollowUpTask, 'itemId'),
    tasksByMeetingId: entitiesBy(em, FollowUpTask, 'meetingId'),
    suggestionById: entityById(em, Suggestion),
    surveyById: entityById(em, SatisfactionSurvey),
    surveysByCompoundId: entitiesBy(em, SatisfactionSurvey, 'compoundId'),
    surveyScores: surveyScoresLoader(em),
    companyTrend: companyTrendLoader(em),
  };
}

export type PropertyLoaders = ReturnType<typeof createLoaders>;
