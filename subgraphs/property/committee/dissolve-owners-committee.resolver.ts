import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { PropertyContext } from '../context';
import { PROPERTY_REGULATORS } from '../roles';
import { OwnersCommittee } from './owners-committee.entity';
import { DissolveOwnersCommitteeInput } from './owners-committee.input';

@ObjectType({ description: 'Result of dissolving a committee (解散委员会结果)' })
export class DissolveOwnersCommitteePayload {
  @Field(_type => OwnersCommittee, { description: 'The committee (委员会)' })
  committee!: OwnersCommittee;
}

@Resolver()
export class DissolveOwnersCommitteeResolver {
  @Authorized(PROPERTY_REGULATORS)
  @Mutation(_returns => DissolveOwnersCommitteePayload, { description: 'Dissolve a sitting committee at the end of its term or on re-election (委员会解散 / 换届)' })
  async dissolveOwnersCommittee(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: DissolveOwnersCommitteeInput,
    @Ctx() { em, loaders, viewer }: PropertyContext,
  ): Promise<DissolveOwnersCommitteePayload> {
    const committee = await loaders.committeeById.load(input.committeeId);
    if (!committee) throw new BadUserInputError('input.committeeId', 'exists', 'input.committeeId is not a known committee');
    if (!canActAt(viewer, PROPERTY_REGULATORS, committee)) throw new ForbiddenError('This committee is outside your scope');
    if (committee.dissolvedOn !== null) throw new ConflictError(`This committee was already dissolved on ${committee.dissolvedOn}`);
    if (input.dissolvedOn < committee.termStartsOn) {
      throw new BadUserInputError('input.dissolvedOn', 'not before term', 'input.dissolvedOn lies before the term started');
    }
    Object.assign(committee, { dissolvedOn: input.dissolvedOn, openCompoundId: null });
    await em.flush();
    return { committee };
  }
}
