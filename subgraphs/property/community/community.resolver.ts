import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SortDirection } from '../../../kit/connection/connection';
import { pageOfList } from '../../../kit/connection/page-of-list';
import { pageQuery } from '../../../kit/connection/page-query';
import { JointMeetingConnection, JointMeetingsArgs } from '../compound/compound.resolver';
import type { PropertyContext } from '../context';
import { JointMeeting } from '../meeting/joint-meeting.entity';
import { canRead } from '../scope';
import { statsPeriod, StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { PropertyStats } from '../stats/property-stats.type';
import { Community } from './community.type';

@Resolver(_of => Community)
export class CommunityPropertyStatsResolver {
  @Authorized()
  @FieldResolver(_returns => PropertyStats, { nullable: true, description: 'Property-management figures: meetings, problems, suggestions, management, committees, satisfaction (物业治理统计)' })
  propertyStats(@Root() community: Community, @Args() args: StatsPeriodArgs, @Ctx() { loaders, receivedAt }: PropertyContext): Promise<PropertyStats> {
    return loaders.stats.load('communityId', community.id, statsPeriod(args, receivedAt));
  }

  @FieldResolver(_returns => JointMeetingConnection, { nullable: true, description: 'Joint meetings its party organisation convened, for the community or one of its compounds, latest first (联席会议)' })
  async jointMeetings(@Root() community: Community, @Args() args: JointMeetingsArgs, @Ctx() context: PropertyContext) {
    const place = await context.loaders.placeById.load(community.id);
    if (!place || !canRead(context, place)) return pageOfList([], args);
    return context.loaders.pages.childrenOf(JointMeeting, 'communityId', community.id, pageQuery(args, {}, [['scheduledAt', SortDirection.DESC]]));
  }
}
