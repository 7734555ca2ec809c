import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import type { MediationContext } from '../context';
import { primedCases } from '../loaders';
import { caseFilter } from '../mediation-case/case-scope';
import { MediationCaseConnection } from '../mediation-case/mediation-case-connection.type';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { MediationCasesArgs } from '../mediation-case/mediation-case.input';
import { CASE_READERS } from '../roles';
import { StatsPeriodArgs } from '../../../kit/stats/stats-period';
import { MediationStats } from '../stats/mediation-stats.type';
import { statsFor } from '../stats/stats-access';
import { Community } from './community.type';

@Resolver(_of => Community)
export class CommunityMediationCasesResolver {
  @FieldResolver(_returns => MediationCaseConnection, { nullable: true, description: 'Mediation cases of the community, newest first; null outside your scope (社区调解案件)' })
  async mediationCases(@Root() community: Community, @Args() args: MediationCasesArgs, @Ctx() { loaders, viewer }: MediationContext) {
    const place = await loaders.placeById.load(community.id);
    if (!place || !canActAt(viewer, CASE_READERS, place)) return null;
    return primedCases(loaders, loaders.pages.childrenOf(MediationCase, 'communityId', community.id, pageQuery(args, caseFilter(args.where), [['registeredAt', SortDirection.DESC]])));
  }
}

@Resolver(_of => Community)
export class CommunityMediationStatsResolver {
  @FieldResolver(_returns => MediationStats, { nullable: true, description: 'Mediation statistics of the community; null outside your scope (社区矛盾纠纷调解统计)' })
  mediationStats(@Root() community: Community, @Args() args: StatsPeriodArgs, @Ctx() context: MediationContext): Promise<MediationStats | null> {
    return statsFor('community', community.id, args, context);
  }
}
