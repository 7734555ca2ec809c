import { buildFederatedSchema } from '../../kit/schema/federated-schema';
import { MediationAuditTrailResolver } from './audit/audit-trail.resolver';
import { territoryCopyConsumer } from '../../kit/territory/territory-copy-consumer';
import type { SubgraphDefinition } from '../../kit/subgraph';
import { AgreementResolver } from './agreement/agreement.resolver';
import { CommunityMediationCasesResolver, CommunityMediationStatsResolver } from './community/community.resolver';
import { Community } from './community/community.type';
import { createContext, type MediationContext } from './context';
import { DistrictMediationStatsResolver } from './district/district.resolver';
import { District } from './district/district.type';
import { mediationEntities } from './entities';
import { MediationEventFeedResolver } from './events/event-feed.resolver';
import { gridEventCopyConsumer } from './grid-event/grid-event-copy-consumer';
import { GridEventMediationCaseResolver } from './grid-event/grid-event.resolver';
import { GridEvent } from './grid-event/grid-event.type';
import { CloseDisputeLeadResolver } from './lead/close-dispute-lead.resolver';
import { DisputeLeadResolver } from './lead/dispute-lead.resolver';
import { ShareDisputeLeadResolver } from './lead/share-dispute-lead.resolver';
import { AssignMediatorsResolver } from './mediation-case/assign-mediators.resolver';
import { CaseMediatorResolver } from './mediation-case/case-mediator.resolver';
import { CasePartyResolver } from './mediation-case/case-party.resolver';
import { MediationCaseTransitionResolver } from './mediation-case/case-transition.resolver';
import { CloseMediationCaseResolver } from './mediation-case/close-mediation-case.resolver';
import { EscalateMediationCaseResolver } from './mediation-case/escalate-mediation-case.resolver';
import { HoldMediationSessionResolver } from './mediation-case/hold-mediation-session.resolver';
import { MediationCaseResolver } from './mediation-case/mediation-case.resolver';
import { RecordAgreementFulfilmentResolver } from './mediation-case/record-agreement-fulfilment.resolver';
import { RecordFollowUpVisitResolver } from './mediation-case/record-follow-up-visit.resolver';
import { RecordMediationAgreementResolver } from './mediation-case/record-mediation-agreement.resolver';
import { RegisterMediationCaseResolver } from './mediation-case/register-mediation-case.resolver';
import { WithdrawMediationCaseResolver } from './mediation-case/withdraw-mediation-case.resolver';
import { mediationMigrations } from './migrations';
import { mediationReferences } from './references';
import { ResidentMediationCasesResolver } from './resident/resident.resolver';
import { Resident } from './resident/resident.type';
import { MediationSessionResolver } from './session/mediation-session.resolver';
import { MediationStatsSeriesResolver, MediationTeamCountResolver } from './stats/mediation-stats.resolver';
import { SubdistrictMediationStatsResolver } from './subdistrict/subdistrict.resolver';
import { Subdistrict } from './subdistrict/subdistrict.type';
import { MediationTeamResolver } from './team/mediation-team.resolver';
import { MediatorResolver } from './team/mediator.resolver';

/** The mediation subgraph: disputes, mediators and teams, sessions, agreements, escalation, leads. */
export const mediationSubgraph: SubgraphDefinition<MediationContext> = {
  name: 'mediation',
  defaultPort: 4005,
  entities: mediationEntities,
  migrations: mediationMigrations,
  createContext,
  // mediation-case.agreed / .closed, which grids records on the grid event a case came from (kit/events)
  producesEvents: true,
  // The territory copy and the copy of grid events follow grids' stream
  consumes: [territoryCopyConsumer, gridEventCopyConsumer],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        // Its audit trail, for city admins (审计日志)
        MediationAuditTrailResolver,
        MediationCaseResolver, CasePartyResolver, CaseMediatorResolver, MediationCaseTransitionResolver, MediationSessionResolver,
        AgreementResolver, MediationTeamResolver, MediatorResolver, DisputeLeadResolver, MediationTeamCountResolver, MediationStatsSeriesResolver,
        CommunityMediationCasesResolver, CommunityMediationStatsResolver, SubdistrictMediationStatsResolver, DistrictMediationStatsResolver,
        GridEventMediationCaseResolver, ResidentMediationCasesResolver,
        RegisterMediationCaseResolver, AssignMediatorsResolver, HoldMediationSessionResolver, RecordMediationAgreementResolver,
        EscalateMediationCaseResolver, CloseMediationCaseResolver, WithdrawMediationCaseResolver, RecordAgreementFulfilmentResolver,
        RecordFollowUpVisitResolver, ShareDisputeLeadResolver, CloseDisputeLeadResolver,
        // Its domain events, read by consumers on the embedded transport (事件流)
        MediationEventFeedResolver,
      ],
      // The grids entities mediation adds fields to; District, for one, is reachable from no mediation field.
      orphanedTypes: [District, Subdistrict, Community, Resident, GridEvent],
      referenceResolvers: mediationReferences,
    }),
};
