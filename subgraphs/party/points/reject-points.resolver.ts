import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartyContext } from '../context';
import { PARTY_MANAGERS } from '../roles';
import { PointsEntryPayload } from './points-entry-payload.type';
import { PointsStatus } from './points-entry.entity';
import { RejectPointsInput } from './points.input';
import { reviewPoints } from './review-points';

/** The organisation rejects points (审定不通过). */
@Resolver()
export class RejectPointsResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => PointsEntryPayload, { description: 'The organisation rejects a submitted points entry (审定不通过)' })
  rejectPoints(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RejectPointsInput, @Ctx() context: PartyContext): Promise<PointsEntryPayload> {
    return reviewPoints(context, input, PointsStatus.REJECTED);
  }
}
