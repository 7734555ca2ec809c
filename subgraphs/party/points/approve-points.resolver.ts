import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartyContext } from '../context';
import { PARTY_MANAGERS } from '../roles';
import { PointsEntryPayload } from './points-entry-payload.type';
import { PointsStatus } from './points-entry.entity';
import { ApprovePointsInput } from './points.input';
import { reviewPoints } from './review-points';

/** The organisation approves points (审定通过). */
@Resolver()
export class ApprovePointsResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PointsEntryPayload, { description: 'The organisation approves a submitted points entry (组织审定通过); only then it counts' })
  approvePoints(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: ApprovePointsInput, @Ctx() context: PartyContext): Promise<PointsEntryPayload> {
    return reviewPoints(context, input, PointsStatus.APPROVED);
  }
}
