import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { PARTY_CLERKS } from '../roles';
import { ServicePostClaimPayload } from './post-claim-payload.type';
import { PostClaim } from './post-claim.entity';
import { ReleaseServicePostInput } from './service-post.input';

/** A member gives up a post (释放岗位). */
@Resolver()
export class ReleaseServicePostResolver {
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
}
