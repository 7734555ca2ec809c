import { buildFederatedSchema } from '../../kit/schema/federated-schema';
import { PartyAuditTrailResolver } from './audit/audit-trail.resolver';
import { territoryCopyConsumer } from '../../kit/territory/territory-copy-consumer';
import type { SubgraphDefinition } from '../../kit/subgraph';
import { Building } from './building/building.type';
import { BuildingPartyGroupResolver } from './building/building.resolver';
import { CentralHouseholdResolver } from './central-household/central-household.resolver';
import { DesignateCentralHouseholdResolver } from './central-household/designate-central-household.resolver';
import { Community } from './community/community.type';
import { CommunityPartyCommitteeResolver, CommunityPartyStatsResolver, CommunityServicePostsResolver } from './community/community.resolver';
import { Compound } from './compound/compound.type';
import { CompoundPartyBranchResolver } from './compound/compound.resolver';
import { GridPartyBranchResolver } from './grid/grid.resolver';
import { AppointPartySecretaryResolver } from './organization/appoint-party-secretary.resolver';
import { PartyOrganizationChangeResolver, PartyOrganizationHistoryResolver } from './organization/organization-history.resolver';
import { RenamePartyOrganizationResolver } from './organization/rename-party-organization.resolver';
import { SetUpPartyOrganizationResolver } from './organization/set-up-party-organization.resolver';
import { MergePartyOrganizationsResolver } from './organization/merge-party-organizations.resolver';
import { DissolvePartyOrganizationResolver } from './organization/dissolve-party-organization.resolver';
import { Grid } from './grid/grid.type';
import { createContext, type PartyContext } from './context';
import { partyEntities } from './entities';
import { partyMigrations } from './migrations';
import { Household } from './household/household.type';
import { HouseholdCentralHouseholdResolver, HouseholdPartyMembersResolver } from './household/household.resolver';
import { PartyMemberTransferResolver } from './member/member-transfer.resolver';
import { PartyMemberResolver } from './member/member.resolver';
import { RegisterPartyMemberResolver } from './member/register-party-member.resolver';
import { TransferPartyMemberResolver } from './member/transfer-party-member.resolver';
import { PartyOrganizationResolver } from './organization/organization.resolver';
import { SubmitPointsResolver } from './points/submit-points.resolver';
import { ApprovePointsResolver } from './points/approve-points.resolver';
import { RejectPointsResolver } from './points/reject-points.resolver';
import { PointsEntryResolver } from './points/points.resolver';
import { partyReferences } from './references';
import { Resident } from './resident/resident.type';
import { ResidentPartyMemberResolver } from './resident/resident.resolver';
import { InServiceComplianceResolver, PostClaimResolver, ServicePostResolver, ServiceRecordResolver } from './service-post/service-post.resolver';
import { OpenServicePostResolver } from './service-post/open-service-post.resolver';
import { ClaimServicePostResolver } from './service-post/claim-service-post.resolver';
import { ReleaseServicePostResolver } from './service-post/release-service-post.resolver';
import { RecordServiceResolver } from './service-post/record-service.resolver';
import { Subdistrict } from './subdistrict/subdistrict.type';
import { SubdistrictPartyStatsResolver } from './subdistrict/subdistrict.resolver';
import { PartyStatsSeriesResolver } from './stats/party-stats.resolver';

/** The party subgraph: organisations, members, central households, in-service posts and points. */
export const partySubgraph: SubgraphDefinition<PartyContext> = {
  name: 'party',
  defaultPort: 4002,
  entities: partyEntities,
  migrations: partyMigrations,
  createContext,
  // The territory copy follows grids' territory events (kit/territory/territory-copy-consumer.ts)
  consumes: [territoryCopyConsumer],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        // Its audit trail, for city admins (审计日志)
        PartyAuditTrailResolver,
        PartyOrganizationResolver, PartyMemberResolver, PartyMemberTransferResolver, CentralHouseholdResolver,
        ServicePostResolver, PostClaimResolver, ServiceRecordResolver, PointsEntryResolver, InServiceComplianceResolver,
        CommunityPartyCommitteeResolver, CommunityPartyStatsResolver, CommunityServicePostsResolver, CompoundPartyBranchResolver,
        BuildingPartyGroupResolver, HouseholdPartyMembersResolver, HouseholdCentralHouseholdResolver, ResidentPartyMemberResolver,
        SubdistrictPartyStatsResolver, PartyStatsSeriesResolver, GridPartyBranchResolver,
        // The party tree's own commands, with their history (党组织变更)
        PartyOrganizationHistoryResolver, PartyOrganizationChangeResolver, RenamePartyOrganizationResolver, AppointPartySecretaryResolver,
        SetUpPartyOrganizationResolver, MergePartyOrganizationsResolver, DissolvePartyOrganizationResolver,
        RegisterPartyMemberResolver, TransferPartyMemberResolver, DesignateCentralHouseholdResolver, OpenServicePostResolver,
        ClaimServicePostResolver, ReleaseServicePostResolver, RecordServiceResolver, SubmitPointsResolver, ApprovePointsResolver, RejectPointsResolver,
      ],
      // The grids entities party adds fields to; Subdistrict, for one, is reachable from no party field.
      orphanedTypes: [Subdistrict, Community, Compound, Building, Household, Resident, Grid],
      referenceResolvers: partyReferences,
    }),
};
