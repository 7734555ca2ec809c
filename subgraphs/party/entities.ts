import { auditEntities } from '../../kit/audit/entities';
import { CentralHousehold, CentralHouseholdLink } from './central-household/central-household.entity';
import { PartyMemberTransfer } from './member/member-transfer.entity';
import { PartyMember } from './member/member.entity';
import { PartyOrganization } from './organization/organization.entity';
import { PartyOrganizationChange } from './organization/organization-change.entity';
import { PointsEntry } from './points/points-entry.entity';
import { PostClaim } from './service-post/post-claim.entity';
import { ServicePost } from './service-post/service-post.entity';
import { ServiceRecord } from './service-post/service-record.entity';
import { consumerEntities } from '../../kit/events/entities';
import { TerritoryPlace } from '../../kit/territory/territory-copy';

/** Every table the party subgraph owns (`territory` is a read-only copy of the grids tree). */
export const partyEntities = [
  TerritoryPlace, PartyOrganization, PartyMember, PartyMemberTransfer, CentralHousehold, CentralHouseholdLink,
  ServicePost, PostClaim, ServiceRecord, PointsEntry,
  // Renamings and secretary appointments of organisations (党组织变更记录)
  PartyOrganizationChange,
  // Checkpoints and parked events of the domain events party consumes (kit/events)
  ...consumerEntities,
  // Its audit trail (kit/audit)
  ...auditEntities,
];
