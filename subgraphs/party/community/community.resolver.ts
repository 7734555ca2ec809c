import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import { ServicePost } from '../service-post/service-post.entity';
import { ServicePostsArgs } from '../service-post/service-post.input';
import { ServicePostConnection } from '../service-post/service-post-connection.type';
import { PartyStats } from '../stats/party-stats.type';
import { PartyStatsArgs, statsYear } from '../stats/party-stats.input';
import type { PartyContext } from '../context';
import { PartyOrganization, PartyOrganizationLevel } from '../organization/organization.entity';
import { Community } from './community.type';

const LEVELS: readonly PartyOrganizationLevel[] = [PartyOrganizationLevel.COMMITTEE, PartyOrganizationLevel.GENERAL_BRANCH];

@Resolver(_of => Community)
export class CommunityPartyCommitteeResolver {
  @FieldResolver(_returns => PartyOrganization, { nullable: true, description: 'Community party organisation (社区党委/党总支); null where none is set up' })
  async partyCommittee(@Root() community: Community, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization | null> {
    const attached = await loaders.organizationsByAttachedId.load(community.id);
    return attached.find((organization) => LEVELS.includes(organization.level)) ?? null;
  }
}

@Resolver(_of => Community)
export class CommunityPartyStatsResolver {
  @FieldResolver(_returns => PartyStats, { nullable: true, description: 'Party-building statistics of the community (社区党建统计)' })
  partyStats(@Root() community: Community, @Args() args: PartyStatsArgs, @Ctx() { loaders, viewer }: PartyContext): Promise<PartyStats> {
    return loaders.stats.visible('communityId', community.id, statsYear(args), viewer);
  }
}

@Resolver(_of => Community)
export class CommunityServicePostsResolver {
  @FieldResolver(_returns => ServicePostConnection, { nullable: true, description: 'Service posts in-service members can claim here (服务岗位)' })
  servicePosts(@Root() community: Community, @Args() args: ServicePostsArgs, @Ctx() { loaders }: PartyContext) {
    return loaders.pages.childrenOf(ServicePost, 'communityId', community.id, pageQuery(args, {}, [['name', SortDirection.ASC]]));
  }
}
