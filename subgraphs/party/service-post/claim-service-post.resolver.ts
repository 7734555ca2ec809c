import { LockMode } from '@mikro-orm/core';
import { actableOrUnknown } from '../../../kit/auth/entity-access';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { placeOf } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { PartyMemberCategory } from '../member/member.entity';
import { PARTY_CLERKS } from '../roles';
import { ServicePostClaimPayload } from './post-claim-payload.type';
import { PostClaim } from './post-claim.entity';
import { ClaimServicePostInput } from './service-post.input';

/** An in-service member claims a post (认领岗位). */
@Resolver()
export class ClaimServicePostResolver {
  @Authorized(PARTY_CLERKS)
  @Mutation(_returns => ServicePostClaimPayload, {
    description: 'An in-service member registers at their home community by claiming a service post (双报到 · 认领岗位); one post at a time',
  })
  async claimServicePost(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: ClaimServicePostInput, @Ctx() { em, loaders, viewer }: PartyContext): Promise<ServicePostClaimPayload> {
    const member = actableOrUnknown(viewer, PARTY_CLERKS, await loaders.memberById.load(input.memberId), 'input.memberId', 'input.memberId is not a known party member');
    if (member.category !== PartyMemberCategory.IN_SERVICE) {
      throw new BadUserInputError('input.memberId', 'in service', 'input.memberId is not an in-service member; only they register at their home community');
    }
    const post = await loaders.postById.load(input.postId);
    if (!post) throw new BadUserInputError('input.postId', 'exists', 'input.postId is not a known service post');
    if (post.communityId !== member.communityId) {
      throw new BadUserInputError('input.postId', 'in home community', 'input.postId is not a post of the community where the member lives');
    }
    const claim = Object.assign(new PostClaim(), {
      memberId: member.id,
      postId: post.id,
      ...placeOf(post),
    });
    // Both rules are counts no constraint can hold, so the member's and the post's rows are locked
    // (always in that order) and the counts taken under the locks: concurrent claims queue here.
    // libSQL has no row locks and needs none: it runs one write transaction at a time.
    await em.transactional(async (tx) => {
      await tx.lock(member, LockMode.PESSIMISTIC_WRITE);
      await tx.lock(post, LockMode.PESSIMISTIC_WRITE);
      if (await tx.count(PostClaim, { memberId: member.id, releasedAt: null })) {
        throw new ConflictError('This member already holds a post; release it first', 'input.memberId');
      }
      if ((await tx.count(PostClaim, { postId: post.id, releasedAt: null })) >= post.capacity) {
        throw new ConflictError('This post is full', 'input.postId');
      }
      tx.persist(claim);
    });
    return { claim };
  }
}
