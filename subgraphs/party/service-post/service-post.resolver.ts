import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { ForbiddenError } from '../../../kit/errors';
import { Community } from '../community/community.type';
import { pageOfList } from '../../../kit/connection/page-of-list';
import type { PartyContext } from '../context';
import { PartyMember } from '../member/member.entity';
import { PARTY_CLERKS } from '../roles';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import { isCompliant, serviceTotals, yearDays } from './compliance';
import { PostClaim } from './post-claim.entity';
import { ServicePost } from './service-post.entity';
import { ServiceRecord } from './service-record.entity';
import { InServiceComplianceArgs } from './service-post.input';
import { InServiceComplianceConnection } from './in-service-compliance-connection.type';

@Resolver()
export class InServiceComplianceResolver {
  @Authorized(PARTY_CLERKS)
  @Query(_returns => InServiceComplianceConnection, {
    nullable: true,
    description: 'In-service members living in a community and their services in a year; by default only those below 4 services or 20 hours (双报到服务达标)',
  })
  async inServiceCompliance(@Args() args: InServiceComplianceArgs, @Ctx() { em, loaders, viewer }: PartyContext) {
    const community = await requirePlace(loaders.placeById, args.communityId, 'communityId', [TerritoryLevel.COMMUNITY]);
    if (!canActAt(viewer, PARTY_CLERKS, community)) throw new ForbiddenError('This community is outside your scope');
    const totals = await serviceTotals(em, { communityId: { $in: [community.id] } }, yearDays(args.year));
    const active = await em.find(PostClaim, { memberId: { $in: totals.map((total) => total.member.id) }, releasedAt: null });
    const rows = totals
      .map((total) => ({ ...total, registered: active.some((claim) => claim.memberId === total.member.id), compliant: isCompliant(total) }))
      .filter((row) => !args.onlyNonCompliant || !row.compliant)
      .sort((a, b) => a.hours - b.hours || a.services - b.services || a.member.id.localeCompare(b.member.id));
    return pageOfList(rows, args);
  }
}

@Resolver(_of => ServicePost)
export class ServicePostResolver {
  @FieldResolver(_returns => Community, { description: 'Community offering the post (所属社区)' })
  community(@Root() post: ServicePost): Community {
    return Community.ref(post.communityId);
  }
}

@Resolver(_of => PostClaim)
export class PostClaimResolver {
  @FieldResolver(_returns => ServicePost, { description: 'The post (岗位)' })
  async post(@Root() claim: PostClaim, @Ctx() { loaders }: PartyContext): Promise<ServicePost> {
    return (await loaders.postById.load(claim.postId))!;
  }

  @FieldResolver(_returns => PartyMember, { description: 'The member (党员)' })
  async member(@Root() claim: PostClaim, @Ctx() { loaders }: PartyContext): Promise<PartyMember> {
    return (await loaders.memberById.load(claim.memberId))!;
  }
}

@Resolver(_of => ServiceRecord)
export class ServiceRecordResolver {
  @FieldResolver(_returns => ServicePost, { description: 'Post served at (服务岗位)' })
  async post(@Root() record: ServiceRecord, @Ctx() { loaders }: PartyContext): Promise<ServicePost> {
    return (await loaders.postById.load(record.postId))!;
  }

  @FieldResolver(_returns => PartyMember, { description: 'The member (党员)' })
  async member(@Root() record: ServiceRecord, @Ctx() { loaders }: PartyContext): Promise<PartyMember> {
    return (await loaders.memberById.load(record.memberId))!;
  }
}
