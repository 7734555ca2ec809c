import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt, placeOf } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PartyContext } from '../context';
import { assertPastDate } from '../member/register-party-member.resolver';
import { PARTY_CLERKS } from '../roles';
import { RecordServiceInput } from './service-post.input';
import { ServiceRecord } from './service-record.entity';

/** A service done at a held post (登记服务). */
@Resolver()
export class RecordServiceResolver {
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
      ...placeOf(claim),
    });
    await em.transactional(async (tx) => {
      tx.persist(record);
    });
    return { record };
  }
}

@ObjectType({ description: 'Result of recording a service (登记服务结果)' })
export class RecordServicePayload {
  @Field(_type => ServiceRecord, { description: 'The service record (服务记录)' })
  record!: ServiceRecord;
}
