import { auditQueryRules } from '../../kit/audit/audit-policy';
import { entityRules, Reach, type AccessRule, type SubgraphPolicy } from '../../kit/auth/policy';
import { ALL_ROLES, Role } from '../../kit/auth/role';
import { MEDIATION_CASE_LIFECYCLE, MediationCaseCommand } from './mediation-case/lifecycle';
import { CASE_READERS, CASE_REGISTRARS, LEAD_KEEPERS, LEAD_READERS, MEDIATOR_READERS } from './roles';
import { mediationReferences } from './references';

const territory = (roles: readonly Role[], note?: string): AccessRule => ({ roles, reach: Reach.TERRITORY, note });

/** The roles the lifecycle table lets give `commands`: supervisors in scope at the case's level, and the case's own mediators. */
function lifecycle(...commands: MediationCaseCommand[]): AccessRule {
  const actors = MEDIATION_CASE_LIFECYCLE.of(commands).flatMap(rule => rule.actors);
  const roles = ALL_ROLES.filter(role => actors.includes(role) || (role === Role.MEDIATOR && actors.includes('CASE_MEDIATOR')));
  const note = actors.includes('CASE_MEDIATOR') ? 'by the lifecycle table; a mediator on the cases they mediate' : 'by the lifecycle table';
  return territory(roles, note);
}

/** Who calls each Query field and Mutation of the mediation subgraph (rendered in docs/access-policy.md). */
export const mediationPolicy: SubgraphPolicy = {
  query: {
    ...auditQueryRules('mediation'),
    mediationCase: territory(CASE_READERS, 'dispute details masked unless supervising it in scope or mediating it'),
    mediationCases: territory(CASE_READERS, 'dispute details masked unless supervising it in scope or mediating it'),
    mediationTeams: territory(MEDIATOR_READERS),
    disputeLeads: territory(LEAD_READERS, "a subdistrict's leads, to the joint session's members whose token lists the subdistrict"),
    mediationEvents: { roles: [Role.SERVICE], reach: Reach.MACHINE },
  },
  mutation: {
    registerMediationCase: territory(CASE_REGISTRARS),
    assignMediators: lifecycle(MediationCaseCommand.ASSIGN_MEDIATORS),
    holdMediationSession: lifecycle(MediationCaseCommand.HOLD_SESSION, MediationCaseCommand.FAIL),
    recordMediationAgreement: lifecycle(MediationCaseCommand.RECORD_AGREEMENT),
    escalateMediationCase: lifecycle(MediationCaseCommand.ESCALATE),
    withdrawMediationCase: lifecycle(MediationCaseCommand.WITHDRAW),
    closeMediationCase: lifecycle(MediationCaseCommand.CLOSE),
    recordAgreementFulfilment: lifecycle(MediationCaseCommand.RECORD_FULFILMENT),
    recordFollowUpVisit: lifecycle(MediationCaseCommand.FOLLOW_UP),
    shareDisputeLead: territory(LEAD_KEEPERS, 'the joint session: police station, justice office, 12345 …'),
    closeDisputeLead: territory(LEAD_KEEPERS),
  },
  entities: entityRules(mediationReferences),
  partnerOperations: ['disputeLeads', 'shareDisputeLead', 'closeDisputeLead', 'mediationTeams', 'Mediator', 'DisputeLead'],
};
