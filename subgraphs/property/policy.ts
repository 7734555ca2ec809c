import { auditQueryRules } from '../../kit/audit/audit-policy';
import { entityRules, Reach, SIGNED_IN, type AccessRule, type SubgraphPolicy } from '../../kit/auth/policy';
import type { Role } from '../../kit/auth/role';
import { COMPANY_REGISTRARS, CONVENERS, PROPERTY_READERS, PROPERTY_REGULATORS, SUGGESTION_TAKERS, TASK_KEEPERS } from './roles';
import { propertyReferences } from './references';

const territory = (roles: readonly Role[], note?: string): AccessRule => ({ roles, reach: Reach.TERRITORY, note });

/** Who calls each Query field and Mutation of the property subgraph (rendered in docs/access-policy.md). */
export const propertyPolicy: SubgraphPolicy = {
  query: {
    ...auditQueryRules('property'),
    propertyCompany: SIGNED_IN,
    propertyCompanies: SIGNED_IN,
    unmanagedCompounds: territory(PROPERTY_READERS),
    jointMeeting: territory(PROPERTY_READERS),
  },
  mutation: {
    registerPropertyCompany: territory(COMPANY_REGISTRARS),
    registerCompanyStaffMember: territory(TASK_KEEPERS),
    assignCompoundManagement: territory(PROPERTY_REGULATORS),
    endCompoundManagement: territory(PROPERTY_REGULATORS),
    formOwnersCommittee: territory(PROPERTY_REGULATORS),
    dissolveOwnersCommittee: territory(PROPERTY_REGULATORS),
    conveneJointMeeting: territory(CONVENERS),
    recordJointMeetingAttendance: territory(CONVENERS),
    recordJointMeetingMinutes: territory(CONVENERS),
    addAgendaItem: territory(CONVENERS),
    proposeAgendaItem: territory(CONVENERS),
    consultAgendaItem: territory(CONVENERS),
    decideAgendaItem: territory(CONVENERS),
    publishAgendaItemDecision: territory(CONVENERS),
    publishAgendaItemResult: territory(CONVENERS),
    withdrawAgendaItem: territory(CONVENERS),
    proposeResolution: territory(CONVENERS),
    castResolutionVote: territory(CONVENERS),
    closeResolutionVote: territory(CONVENERS),
    assignFollowUpTask: territory(CONVENERS),
    completeFollowUpTask: territory(TASK_KEEPERS),
    raiseSuggestion: territory(SUGGESTION_TAKERS),
    acceptSuggestion: territory(CONVENERS),
    declineSuggestion: territory(CONVENERS),
    openSatisfactionSurvey: territory(CONVENERS),
    respondToSatisfactionSurvey: territory(SUGGESTION_TAKERS),
  },
  entities: entityRules(propertyReferences),
  partnerOperations: [],
};
