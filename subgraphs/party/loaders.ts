import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { PageLoaders } from '../../kit/connection/page-loader';
import { entitiesBy, entityById } from '../../kit/loaders';
import { CentralHousehold, CentralHouseholdLink } from './central-household/central-household.entity';
import { PartyMember } from './member/member.entity';
import { PartyOrganization } from './organization/organization.entity';
import { PartyOrganizationChange } from './organization/organization-change.entity';
import { PointsEntry, PointsStatus } from './points/points-entry.entity';
import { PostClaim } from './service-post/post-claim.entity';
import { ServicePost } from './service-post/service-post.entity';
import { StatsLoaders } from './stats/party-stats.loader';
import { placeLoader } from '../../kit/territory/territory-copy';

/** The per-request loader bag of the party subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    pages: new PageLoaders(em),
    stats: new StatsLoaders(em),
    placeById: placeLoader(em),
    organizationById: entityById(em, PartyOrganization),
    organizationsByAttachedId: entitiesBy(em, PartyOrganization, 'attachedId'),
    organizationsByParentId: entitiesBy(em, PartyOrganization, 'parentId'),
    changesByOrganizationId: entitiesBy(em, PartyOrganizationChange, 'organizationId'),
    memberById: entityById(em, PartyMember),
    membersByHouseholdId: entitiesBy(em, PartyMember, 'householdId'),
    membersByResidentId: entitiesBy(em, PartyMember, 'residentId'),
    membersByOrganizationId: entitiesBy(em, PartyMember, 'organizationId'),
    centralHouseholdById: entityById(em, CentralHousehold),
    centralHouseholdsByHouseholdId: entitiesBy(em, CentralHousehold, 'householdId'),
    linksByCentralHouseholdId: entitiesBy(em, CentralHouseholdLink, 'centralHouseholdId'),
    postById: entityById(em, ServicePost),
    claimsByMemberId: entitiesBy(em, PostClaim, 'memberId'),
    /** Approved points by `memberId|year|quarter`. */
    approvedPoints: new DataLoader<string, number>(async (keys) => {
      const parts = keys.map((key) => key.split('|'));
      const entries = await em.find(PointsEntry, {
        memberId: { $in: [...new Set(parts.map(([memberId]) => memberId))] },
        year: { $in: [...new Set(parts.map(([, year]) => Number(year)))] },
        status: PointsStatus.APPROVED,
      });
      return parts.map(([memberId, year, quarter]) =>
        entries
          .filter((entry) => entry.memberId === memberId && entry.year === Number(year) && entry.quarter === Number(quarter))
          .reduce((sum, entry) => sum + entry.points, 0),
      );
    }),
  };
}

export type PartyLoaders = ReturnType<typeof createLoaders>;
