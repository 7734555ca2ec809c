import { AddAgendaItemResolver } from './agenda/add-agenda-item.resolver';
import { ConsultAgendaItemResolver } from './agenda/consult-agenda-item.resolver';
import { DecideAgendaItemResolver } from './agenda/decide-agenda-item.resolver';
import { ProposeAgendaItemResolver } from './agenda/propose-agenda-item.resolver';
import { PublishAgendaItemDecisionResolver } from './agenda/publish-agenda-item-decision.resolver';
import { PublishAgendaItemResultResolver } from './agenda/publish-agenda-item-result.resolver';
import { WithdrawAgendaItemResolver } from './agenda/withdraw-agenda-item.resolver';
import { DissolveOwnersCommitteeResolver } from './committee/dissolve-owners-committee.resolver';
import { FormOwnersCommitteeResolver } from './committee/form-owners-committee.resolver';
import { RegisterCompanyStaffMemberResolver } from './company/register-company-staff-member.resolver';
import { RegisterPropertyCompanyResolver } from './company/register-property-company.resolver';
import { AssignFollowUpTaskResolver } from './follow-up/assign-follow-up-task.resolver';
import { CompleteFollowUpTaskResolver } from './follow-up/complete-follow-up-task.resolver';
import { AssignCompoundManagementResolver } from './management/assign-compound-management.resolver';
import { EndCompoundManagementResolver } from './management/end-compound-management.resolver';
import { ConveneJointMeetingResolver } from './meeting/convene-joint-meeting.resolver';
import { RecordJointMeetingAttendanceResolver } from './meeting/record-joint-meeting-attendance.resolver';
import { RecordJointMeetingMinutesResolver } from './meeting/record-joint-meeting-minutes.resolver';
import { CastResolutionVoteResolver } from './resolution/cast-resolution-vote.resolver';
import { CloseResolutionVoteResolver } from './resolution/close-resolution-vote.resolver';
import { ProposeResolutionResolver } from './resolution/propose-resolution.resolver';
import { AcceptSuggestionResolver } from './suggestion/accept-suggestion.resolver';
import { DeclineSuggestionResolver } from './suggestion/decline-suggestion.resolver';
import { RaiseSuggestionResolver } from './suggestion/raise-suggestion.resolver';
import { OpenSatisfactionSurveyResolver } from './survey/open-satisfaction-survey.resolver';
import { RespondToSatisfactionSurveyResolver } from './survey/respond-to-satisfaction-survey.resolver';

/** Every mutation of the property subgraph, one resolver class per command, in the order people use them. */
export const propertyCommands = [
  RegisterPropertyCompanyResolver, RegisterCompanyStaffMemberResolver, AssignCompoundManagementResolver, EndCompoundManagementResolver,
  FormOwnersCommitteeResolver, DissolveOwnersCommitteeResolver,
  ConveneJointMeetingResolver, RecordJointMeetingAttendanceResolver, RecordJointMeetingMinutesResolver,
  AddAgendaItemResolver, ProposeAgendaItemResolver, ConsultAgendaItemResolver, ProposeResolutionResolver, CastResolutionVoteResolver,
  CloseResolutionVoteResolver, DecideAgendaItemResolver, PublishAgendaItemDecisionResolver, AssignFollowUpTaskResolver,
  CompleteFollowUpTaskResolver, PublishAgendaItemResultResolver, WithdrawAgendaItemResolver,
  RaiseSuggestionResolver, AcceptSuggestionResolver, DeclineSuggestionResolver,
  OpenSatisfactionSurveyResolver, RespondToSatisfactionSurveyResolver,
];
