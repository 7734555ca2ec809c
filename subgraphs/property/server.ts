import { buildFederatedSchema } from '../../kit/schema/federated-schema';
import { PropertyAuditTrailResolver } from './audit/audit-trail.resolver';
import { territoryCopyConsumer } from '../../kit/territory/territory-copy-consumer';
import type { SubgraphDefinition } from '../../kit/subgraph';
import { AgendaItemResolver } from './agenda/agenda-item.resolver';
import { Building } from './building/building.type';
import { CommitteeSeatResolver, OwnersCommitteeResolver } from './committee/owners-committee.resolver';
import { CommunityPropertyStatsResolver } from './community/community.resolver';
import { PropertyStatsSeriesResolver } from './stats/property-stats.resolver';
import { Community } from './community/community.type';
import { CompanyStaffMemberResolver, PropertyCompanyResolver } from './company/property-company.resolver';
import { CompoundPropertyResolver } from './compound/compound.resolver';
import { Compound } from './compound/compound.type';
import { createContext, type PropertyContext } from './context';
import { propertyEntities } from './entities';
import { FollowUpTaskResolver } from './follow-up/follow-up-task.resolver';
import { GridEventJointMeetingItemsResolver } from './grid-event/grid-event.resolver';
import { GridEvent } from './grid-event/grid-event.type';
import { CompoundManagementResolver } from './management/compound-management.resolver';
import { UnmanagedCompoundsResolver } from './management/unmanaged-compounds.resolver';
import { JointMeetingResolver, MeetingParticipantResolver } from './meeting/joint-meeting.resolver';
import { propertyMigrations } from './migrations';
import { propertyReferences } from './references';
import { ResidentCommitteeSeatsResolver } from './resident/resident.resolver';
import { Resident } from './resident/resident.type';
import { MeetingResolutionResolver } from './resolution/meeting-resolution.resolver';
import { SubdistrictPropertyStatsResolver } from './subdistrict/subdistrict.resolver';
import { Subdistrict } from './subdistrict/subdistrict.type';
import { SuggestionResolver } from './suggestion/suggestion.resolver';
import { SatisfactionSurveyResolver } from './survey/satisfaction-survey.resolver';
import { propertyCommands } from './commands';

/** The property subgraph: companies, compound management, owners' committees, joint meetings, suggestions, surveys. */
export const propertySubgraph: SubgraphDefinition<PropertyContext> = {
  name: 'property',
  defaultPort: 4003,
  entities: propertyEntities,
  migrations: propertyMigrations,
  createContext,
  // The territory copy follows grids' territory events (kit/territory/territory-copy-consumer.ts)
  consumes: [territoryCopyConsumer],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        // Its audit trail, for city admins (审计日志)
        PropertyAuditTrailResolver,
        PropertyCompanyResolver, CompanyStaffMemberResolver, CompoundManagementResolver, UnmanagedCompoundsResolver, OwnersCommitteeResolver, CommitteeSeatResolver,
        JointMeetingResolver, MeetingParticipantResolver, AgendaItemResolver, MeetingResolutionResolver, FollowUpTaskResolver,
        SuggestionResolver, SatisfactionSurveyResolver,
        CompoundPropertyResolver, ResidentCommitteeSeatsResolver, GridEventJointMeetingItemsResolver,
        CommunityPropertyStatsResolver, SubdistrictPropertyStatsResolver, PropertyStatsSeriesResolver,
        ...propertyCommands,
      ],
      // The grids entities property adds fields to or points at; Subdistrict, for one, is reachable from no property field.
      orphanedTypes: [Subdistrict, Community, Compound, Building, Resident, GridEvent],
      referenceResolvers: propertyReferences,
    }),
};
