import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { TerritoryLevel } from '../../../kit/territory/territory-copy';
import { todayUtc } from '../../../kit/validation/calendar-date';
import type { PropertyContext } from '../context';
import { compoundInScope } from '../management/compound-place';
import { PROPERTY_REGULATORS } from '../roles';
import { CommitteePosition, CommitteeSeat } from './committee-seat.entity';
import { OwnersCommittee } from './owners-committee.entity';
import { FormOwnersCommitteeInput } from './owners-committee.input';

@ObjectType({ description: 'Result of forming a committee (成立委员会结果)' })
export class FormOwnersCommitteePayload {
  @Field(_type => OwnersCommittee, { description: 'The committee (委员会)' })
  committee!: OwnersCommittee;
}

const SITTING = 'This compound already has a sitting committee; dissolve it first';

@Resolver()
export class FormOwnersCommitteeResolver {
  @Authorized(PROPERTY_REGULATORS)
  @Mutation(_returns => FormOwnersCommitteePayload, { description: "Register a compound's newly elected owners' committee or appointed management committee with its members (成立业委会 / 物管会)" })
  async formOwnersCommittee(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: FormOwnersCommitteeInput,
    @Ctx() context: PropertyContext,
  ): Promise<FormOwnersCommitteePayload> {
    const place = await compoundInScope(context, input.compoundId, 'input.compoundId', PROPERTY_REGULATORS);
    const { em, loaders } = context;
    if (input.electedOn > todayUtc()) throw new BadUserInputError('input.electedOn', 'not in the future', 'input.electedOn lies in the future');
    if (input.termStartsOn < input.electedOn) throw new BadUserInputError('input.termStartsOn', 'not before electedOn', 'input.termStartsOn lies before input.electedOn');
    if (input.termEndsOn <= input.termStartsOn) throw new BadUserInputError('input.termEndsOn', 'after termStartsOn', 'input.termEndsOn must come after input.termStartsOn');
    const residents = await loaders.placeById.loadMany(input.members.map((member) => member.residentId));
    const seen = new Set<string>();
    input.members.forEach((member, index) => {
      const field = `input.members.${index}.residentId`;
      const resident = residents[index];
      if (!resident || resident instanceof Error || resident.level !== TerritoryLevel.RESIDENT) throw new BadUserInputError(field, 'exists', `${field} is not a known resident`);
      if (resident.compoundId !== place.id) throw new BadUserInputError(field, 'lives in compound', `${field} does not live in the compound`);
      if (seen.has(member.residentId)) throw new BadUserInputError(field, 'unique', `${field} is listed twice`);
      seen.add(member.residentId);
    });
    const directors = input.members.filter((member) => member.position === CommitteePosition.DIRECTOR).length;
    if (directors !== 1) throw new BadUserInputError('input.members', 'one director', `input.members must name exactly one DIRECTOR, not ${directors}`);
    const [sitting] = await loaders.sittingCommitteesByCompoundId.load(place.id);
    if (sitting) throw new ConflictError(SITTING, 'input.compoundId');

    const where = { compoundId: place.id, communityId: place.communityId, subdistrictId: place.subdistrictId };
    const committee = Object.assign(new OwnersCommittee(), {
      ...where, openCompoundId: place.id, kind: input.kind, electedOn: input.electedOn, termStartsOn: input.termStartsOn, termEndsOn: input.termEndsOn,
    });
    await guardUnique([{ columns: ['open_compound_id'], field: 'input.compoundId', message: SITTING }], () => em.transactional(async (tx) => {
      tx.persist(committee);
      for (const member of input.members) {
        tx.persist(Object.assign(new CommitteeSeat(), { ...where, committeeId: committee.id, residentId: member.residentId, position: member.position }));
      }
    }));
    return { committee };
  }
}
