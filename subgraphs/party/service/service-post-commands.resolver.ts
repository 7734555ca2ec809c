import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { findLocked } from '../../../kit/orm/row-lock';
import { PartyMember, PartyMemberCategory } from '../member/member.entity';
import { assertPastDate } from '../member/register-party-member.resolver';
import { PARTY_CLERKS } from '../roles';
import { PostClaim } from './post-claim.entity';
import { ServiceRecord } from './service-record.entity';
import { ClaimServicePostInput, OpenServicePostInput, RecordServiceInput, ReleaseServicePostInput } from './service.input';
import { ServicePost } from './service-post.entity';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';

@ObjectType({ description: 'Result of claiming or releasing a service post (认领/释放岗位结果)' })
export class ServicePostClaimPayload {
  @Field(_type => PostClaim, { description: 'The claim (认领记录)' })
  claim!: PostClaim;
}

@ObjectType({ description: 'Result of recording a service (登记服务结果)' })
export class RecordServicePayload {
  @Field(_type => ServiceRecord, { description: 'The service record (服务记录)' })
  record!: ServiceRecord;
}

@ObjectType({ description: 'Result of opening a service post (设立岗位结果)' })
export class OpenServicePostPayload {
  @Field(_type => ServicePost, { description: 'The post (服务岗位)' })
  post!: ServicePost;
}

@Resolver()
export class ServicePostCommandsResolver {
  @Authorized(PARTY_CLERKS)
  @Mutation(_returns => OpenServicePostPayload, { description: 'Open a service post in a community for in-service members to claim (设立服务岗位)' })
  async openServicePost(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: OpenServicePostInput,
    @Ctx() { em, loaders, viewer }: PartyContext,
  ): Promise<OpenServicePostPayload> {
    const community = await requirePlace(loaders.placeById, input.communityId, 'input.communityId', [TerritoryLevel.COMMUNITY]);
    if (!canActAt(viewer, PARTY_CLERKS, community)) throw new ForbiddenError('This community is outside your scope');
    if (await em.count(ServicePost, { communityId: community.id, name: input.name })) {
      throw new BadUserInputError('input.name', 'unique in community', 'input.name: this community already has a post of that name');
    }
    const post = Object.assign(new ServicePost(), { ...input, communityId: community.id, subdistrictId: community.subdistrictId });
    await em.transactional(async (tx) => {
      tx.persist(post);
    });
    return { post };
  }

  @Authorized(PARTY_CLERKS)
  @Mutation(_returns => ServicePostClaimPayload, {
    description: 'An in-service member registers at their home community by claiming a service post (双报到 · 认领岗位); one post at a time',
  })
  async claimServicePost(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: ClaimServicePostInput, @Ctx() { em, loaders, viewer }: PartyContext): Promise<ServicePostClaimPayload> {
    const member = await loaders.memberById.load(input.memberId);
    if (!member) throw new BadUserInputError('input.memberId', 'exists', 'input.memberId is not a known party member');
    if (member.category !== PartyMemberCategory.IN_SERVICE) {
      throw new BadUserInputError('input.memberId', 'in service', 'input.memberId is not an in-service member; only they register at their home community');
    }
    const post = await loaders.postById.load(input.postId);
    if (!post) throw new BadUserInputError('input.postId', 'exists', 'input.postId is not a known service post');
    if (post.communityId !== member.communityId) {
      throw new BadUserInputError('input.postId', 'in home community', 'input.postId is not a post of the community where the member lives');
    }
    if (!canActAt(viewer, PARTY_CLERKS, member)) throw new ForbiddenError('This member lives outside your scope');
    const claim = Object.assign(new PostClaim(), {
      memberId: member.id,
      postId: post.id,
      communityId: post.communityId,
      subdistrictId: post.subdistrictId,
    });
    await em.transactional(async (tx) => {
      // The member and the post stay locked until the claim is written, so concurrent claims are
      // checked one after the other: one post per member, never more holders than its capacity.
      // Always member first, then post: the same order everywhere, so no two claims deadlock.
      await findLocked(tx, PartyMember, { id: member.id });
      await findLocked(tx, ServicePost, { id: post.id });
      if (await tx.count(PostClaim, { memberId: member.id, releasedAt: null })) {
        throw new ConflictError('This member already holds a post; release it first');
      }
      if ((await tx.count(PostClaim, { postId: post.id, releasedAt: null })) >= post.capacity) {
        throw new ConflictError('This post is full');
      }
      tx.persist(claim);
    });
    return { claim };
  }

  @Authorized(PARTY_CLERKS)
  @Mutation(_returns => ServicePostClaimPayload, { description: 'Give up a held service post (释放岗位)' })
  async releaseServicePost(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: ReleaseServicePostInput, @Ctx() { em, viewer }: PartyContext): Promise<ServicePostClaimPayload> {
    const claim = await em.findOne(PostClaim, { id: input.claimId });
    if (!claim) throw new BadUserInputError('input.claimId', 'exists', 'input.claimId is not a known claim');
    if (!canActAt(viewer, PARTY_CLERKS, claim)) throw new ForbiddenError('This claim is outside your scope');
    if (claim.releasedAt !== null) throw new ConflictError('This post was already released');
    await em.transactional(async (tx) => {
      claim.releasedAt = new Date();
      tx.persist(claim);
    });
    return { claim };
  }

  @Authorized(PARTY_CLERKS)
  @Mutation(_returns => RecordServicePayload, {
    description: 'Record a service an in-service member did at the post they hold (登记服务); counts towards 4 services and 20 hours a year',
  })
  async recordService(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RecordServiceInput, @Ctx() { em, loaders, viewer }: PartyContext): Promise<RecordServicePayload> {
    const member = await loaders.memberById.load(input.memberId);
    if (!member) throw new BadUserInputError('input.memberId', 'exists', 'input.memberId is not a known party member');
    assertPastDate(input.servedOn, 'input.servedOn');
    if (!canActAt(viewer, PARTY_CLERKS, member)) throw new ForbiddenError('This member lives outside your scope');
    const claim = (await loaders.claimsByMemberId.load(member.id)).find((candidate) => candidate.releasedAt === null);
    if (!claim) throw new ConflictError('This member holds no service post; claim one first');
    const record = Object.assign(new ServiceRecord(), {
      memberId: member.id,
      postId: claim.postId,
      servedOn: input.servedOn,
      hours: input.hours,
      description: input.description,
      recordedBy: viewer!.id,
      communityId: claim.communityId,
      subdistrictId: claim.subdistrictId,
    });
    await em.transactional(async (tx) => {
      tx.persist(record);
    });
    return { record };
  }
}
