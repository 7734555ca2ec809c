import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { readable } from '../../../kit/auth/entity-access';
import { canActAt, type Viewer } from '../../../kit/auth/viewer';
import { SortDirection } from '../../../kit/connection/connection';
import { ForbiddenError } from '../../../kit/errors';
import { MEMBER_ACCESS } from '../access';
import { PARTY_MEMBER_READERS } from '../roles';
import { pageQuery } from '../../../kit/connection/page-query';
import { CentralHousehold } from '../central-household/central-household.entity';
import { CentralHouseholdsArgs } from '../central-household/central-household.input';
import { CentralHouseholdConnection } from '../central-household/central-household-connection.type';
import { Building } from '../building/building.type';
import { Community } from '../community/community.type';
import { Compound } from '../compound/compound.type';
import { pageOfList } from '../../../kit/connection/page-of-list';
import type { PartyContext } from '../context';
import { PartyMembersArgs, memberFilter, memberOrder } from '../member/member.input';
import { PartyMemberConnection } from '../member/party-member-connection.type';
import { PartyMember } from '../member/member.entity';
import { PointsStandingConnection } from '../points/points-standing-connection.type';
import { quarterRanking } from '../points/ranking';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import { PartyOrganization } from './organization.entity';
import { CommunityPartyOrganizationsArgs, PartyOrganizationsArgs, QuarterArgs, organizationFilter, organizationOrder } from './organization.input';
import { PartyOrganizationConnection } from './party-organization-connection.type';

/** Rows of an organisation's members are for readers of members whose scope reaches the organisation. */
function requireMemberScope(viewer: Viewer | null, organization: PartyOrganization): void {
  if (!canActAt(viewer, PARTY_MEMBER_READERS, organization)) throw new ForbiddenError('This organisation is outside your scope');
}

@Resolver(_of => PartyOrganization)
export class PartyOrganizationResolver {
  @Query(_returns => PartyOrganization, { nullable: true, description: 'A party organisation by id (党组织)' })
  partyOrganization(@Arg('id', _type => ID, { description: 'Id (标识)' }) id: string, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization | null> {
    return loaders.organizationById.load(id);
  }

  @Authorized()
  @Query(_returns => PartyOrganizationConnection, { nullable: true, description: 'Party organisations of a community, all levels (社区党组织列表)' })
  async partyOrganizations(@Args() args: CommunityPartyOrganizationsArgs, @Ctx() { loaders }: PartyContext) {
    await requirePlace(loaders.placeById, args.communityId, 'communityId', [TerritoryLevel.COMMUNITY]);
    return loaders.pages.root(
      PartyOrganization,
      pageQuery(args, { $and: [{ communityId: args.communityId }, organizationFilter(args.where)] }, organizationOrder(args.orderBy)),
    );
  }

  @FieldResolver(_returns => PartyOrganization, { nullable: true, description: 'Organisation one level up (上级党组织); null for a community committee' })
  parent(@Root() organization: PartyOrganization, @Ctx() { loaders }: PartyContext) {
    return organization.parentId ? loaders.organizationById.load(organization.parentId) : null;
  }

  @FieldResolver(_returns => PartyOrganizationConnection, { description: 'Organisations one level down (下级党组织)' })
  children(@Root() organization: PartyOrganization, @Args() args: PartyOrganizationsArgs, @Ctx() { loaders }: PartyContext) {
    return loaders.pages.childrenOf(PartyOrganization, 'parentId', organization.id, pageQuery(args, organizationFilter(args.where), organizationOrder(args.orderBy)));
  }

  @Authorized(PARTY_MEMBER_READERS)
  @FieldResolver(_returns => PartyMemberConnection, { description: 'Members whose organisation this is (党员); inside your scope, not for BI or partner agencies' })
  members(@Root() organization: PartyOrganization, @Args() args: PartyMembersArgs, @Ctx() { loaders, viewer }: PartyContext) {
    requireMemberScope(viewer, organization);
    return loaders.pages.childrenOf(PartyMember, 'organizationId', organization.id, pageQuery(args, memberFilter(args.where), memberOrder(args.orderBy)));
  }

  @FieldResolver(_returns => PartyMember, { nullable: true, description: 'Secretary (书记), e.g. the compound secretary (小区书记); null unless your role and scope allow it' })
  async secretary(@Root() organization: PartyOrganization, @Ctx() { loaders, viewer }: PartyContext) {
    return organization.secretaryId ? readable(viewer, MEMBER_ACCESS, await loaders.memberById.load(organization.secretaryId)) : null;
  }

  @Authorized(PARTY_MEMBER_READERS)
  @FieldResolver(_returns => CentralHouseholdConnection, { description: 'Central households of this organisation (党员中心户); inside your scope, not for BI or partner agencies' })
  centralHouseholds(@Root() organization: PartyOrganization, @Args() args: CentralHouseholdsArgs, @Ctx() { loaders, viewer }: PartyContext) {
    requireMemberScope(viewer, organization);
    return loaders.pages.childrenOf(CentralHousehold, 'organizationId', organization.id, pageQuery(args, {}, [['designatedAt', SortDirection.ASC]]));
  }

  @FieldResolver(_returns => Community, { description: 'Community it belongs to (所属社区)' })
  community(@Root() organization: PartyOrganization): Community {
    return Community.ref(organization.communityId);
  }

  @FieldResolver(_returns => Compound, { nullable: true, description: 'Compound a branch is attached to (所在小区); null above compound level' })
  compound(@Root() organization: PartyOrganization): Compound | null {
    return Compound.ref(organization.compoundId);
  }

  @FieldResolver(_returns => Building, { nullable: true, description: 'Building a group is attached to (所在楼栋); null above building level' })
  building(@Root() organization: PartyOrganization): Building | null {
    return Building.ref(organization.buildingId);
  }

  @Authorized(PARTY_MEMBER_READERS)
  @FieldResolver(_returns => PointsStandingConnection, {
    description: "Approved points of a quarter for the members of this organisation and those below it, highest first (季度积分公示与排名); inside your scope, not for BI or partner agencies",
  })
  async pointsRanking(@Root() organization: PartyOrganization, @Args() args: QuarterArgs, @Ctx() context: PartyContext) {
    requireMemberScope(context.viewer, organization);
    return pageOfList(await quarterRanking(context, organization, args.year, args.quarter), args);
  }
}
