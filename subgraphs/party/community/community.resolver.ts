import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import { ServicePost } from '../service-post/service-post.entity';
import { ServicePostsArgs } from '../service-post/service-post.input';
import { ServicePostConnection } from '../service-post/service-post-connection.type';
import { PartyStats } from '../stats/party-stats.type';
import { periodDays, statsPeriod, StatsPeriodArgs } from '../../../kit/stats/stats-period';
import type { PartyContext } from '../context';
import { organizationAt } from '../organization/organization-at';
import { PartyOrganization, PartyOrganizationLevel } from '../organization/organization.entity';
import { Community } from './community.type';

const LEVELS: readonly PartyOrganizationLevel[] = [PartyOrganizationLevel.COMMITTEE, PartyOrganizationLevel.GENERAL_BRANCH];

@Resolver(_of => Community)
export class CommunityPartyCommitteeResolver {
  @FieldResolver(_returns => PartyOrganization, { nullable: true, description: 'Community party organisation (社区党委/党总支); null where none is set up' })
  partyCommittee(@Root() community: Community, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization | null> {
    return organizationAt(loaders, community.id, LEVELS);
  }
}

@Resolver(_of => Community)
export class CommunityPartyStatsResolver {
  @FieldResolver(_returns => PartyStats, { nullable: true, description: 'Party-building statistics of the community (社区党建统计)' })
  partyStats(@Root() community: Community, @Args() args: StatsPeriodArgs, @Ctx() { loaders, viewer, receivedAt }: PartyContext): Promise<PartyStats> {
    return loaders.stats.visible('communityId', community.id, periodDays(statsPeriod(args, receivedAt)), viewer);
  }
}

@Resolver(_of => Community)
export class CommunityServicePostsResolver {
  @FieldResolver(_returns => ServicePostConnection, { nullable: true, description: 'Service posts in-service members can claim here (服务岗位)' })
  servicePosts(@Root() community: Community, @Args() args: ServicePostsArgs, @Ctx() { loaders }: PartyContext) {
    return loaders.pages.childrenOf(ServicePost, 'communityId', community.id, pageQuery(args, {}, [['name', SortDirection.ASC]]));
  }
}
