import { Arg, Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import { ForbiddenError } from '../../../kit/errors';
import { ratio } from '../../../kit/stats/ratio';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import { ServiceCircle } from '../circle/service-circle.type';
import { CIRCLE_RADIUS_METRES, DETOUR_FACTOR, WALKING_METRES } from '../circle/walking';
import type { ElderlyContext } from '../context';
import { ElderProfileConnection } from '../elder-profile/elder-profile-connection.type';
import { ElderProfilesArgs, elderProfileFilter } from '../elder-profile/elder-profiles.args';
import { ELDER_CARERS, ELDERLY_STATS_READERS } from '../roles';
import { ServicePointConnection, ServicePointsArgs } from '../service-point/service-point.args';
import { ServicePoint, ServicePointKind } from '../service-point/service-point.entity';
import { checkedPeriod } from '../stats/elderly-stats.args';
import { ElderlyStats, ElderlyStatsPeriod } from '../stats/elderly-stats.type';
import { ElderProfile } from '../elder-profile/elder-profile.entity';
import { Community } from './community.type';

@Resolver(_of => Community)
export class CommunityServicePointsResolver {
  @FieldResolver(_returns => ServicePointConnection, { nullable: true, description: 'Elderly service points in the community, by name (养老服务点)' })
  servicePoints(@Root() community: Community, @Args() args: ServicePointsArgs, @Ctx() { loaders }: ElderlyContext) {
    const where = { ...(args.kind ? { kind: args.kind } : {}), ...(args.status ? { status: args.status } : {}) };
    return loaders.pages.childrenOf(ServicePoint, 'communityId', community.id, pageQuery(args, where, [['name', SortDirection.ASC]]));
  }
}

@Resolver(_of => Community)
export class CommunityServiceCircleResolver {
  @Authorized(ELDERLY_STATS_READERS)
  @FieldResolver(_returns => ServiceCircle, { nullable: true, description: "The community's 15-minute elderly service circle for one kind of point (15分钟养老服务圈)" })
  async serviceCircle(
    @Root() community: Community,
    @Arg('kind', _type => ServicePointKind, { description: 'Kind of point (服务点类型)' }) kind: ServicePointKind,
    @Ctx() { loaders, viewer }: ElderlyContext,
  ): Promise<ServiceCircle> {
    const place = await requirePlace(loaders.placeById, community.id, 'id', [TerritoryLevel.COMMUNITY]);
    if (!canActAt(viewer, ELDERLY_STATS_READERS, place)) throw new ForbiddenError('This community is outside your scope');
    const counts = await loaders.circles.countsOf('community_id', community.id, kind);
    return {
      communityId: community.id,
      kind,
      walkingMetres: WALKING_METRES,
      detourFactor: DETOUR_FACTOR,
      radiusMetres: Math.round(CIRCLE_RADIUS_METRES),
      elders: counts.elders,
      covered: counts.covered,
      uncovered: counts.elders - counts.covered,
      unlocated: counts.unlocated,
      coverageRate: ratio(counts.covered, counts.elders),
    };
  }
}

@Resolver(_of => Community)
export class CommunityElderlyStatsResolver {
  @Authorized(ELDERLY_STATS_READERS)
  @FieldResolver(_returns => ElderlyStats, { nullable: true, description: 'Elderly-care statistics of the community over a period (社区养老服务统计)' })
  async elderlyStats(
    @Root() community: Community,
    @Arg('period', _type => ElderlyStatsPeriod, { description: 'Period (统计区间)' }) period: ElderlyStatsPeriod,
    @Ctx() { loaders, viewer }: ElderlyContext,
  ): Promise<ElderlyStats> {
    checkedPeriod(period);
    const place = await requirePlace(loaders.placeById, community.id, 'id', [TerritoryLevel.COMMUNITY]);
    if (!canActAt(viewer, ELDERLY_STATS_READERS, place)) throw new ForbiddenError('These stats are outside your scope');
    return loaders.stats.load('community_id', community.id, period);
  }
}

@Resolver(_of => Community)
export class CommunityElderProfilesResolver {
  @Authorized(ELDER_CARERS)
  @FieldResolver(_returns => ElderProfileConnection, {
    nullable: true,
    description: "Elders of the community with a profile, by certification due date (老人档案), e.g. whose certification is overdue; for the staff who serve them, in scope",
  })
  async elderProfiles(@Root() community: Community, @Args() args: ElderProfilesArgs, @Ctx() { loaders, viewer }: ElderlyContext) {
    const place = await requirePlace(loaders.placeById, community.id, 'id', [TerritoryLevel.COMMUNITY]);
    if (!canActAt(viewer, ELDER_CARERS, place)) throw new ForbiddenError('These elders live outside your scope');
    return loaders.pages.childrenOf(ElderProfile, 'communityId', community.id, pageQuery(args, elderProfileFilter(args.where), [['certificationDueOn', SortDirection.ASC]]));
  }
}
