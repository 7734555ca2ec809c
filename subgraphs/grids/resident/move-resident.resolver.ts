import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { actableOrUnknown } from '../../../kit/auth/entity-access';
import { canActAt } from '../../../kit/auth/viewer';
import { recordEvent } from '../../../kit/events/record-event';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import type { GridsContext } from '../context';
import { residentUpserted } from '../events/territory-events';
import { Household } from '../household/household.entity';
import { TREE_KEEPERS } from '../roles';
import { ResidentMove } from './resident-move.entity';
import { Resident } from './resident.entity';
import { MoveResidentInput } from './resident.input';

@ObjectType({ description: 'Result of moving a resident' })
export class MoveResidentPayload {
  @Field(_type => Resident)
  resident!: Resident;

  @Field(_type => Household, { description: 'Household moved from' })
  fromHousehold!: Household;

  @Field(_type => Household, { description: 'Household moved to' })
  toHousehold!: Household;
}

@Resolver()
export class MoveResidentResolver {
  @Authorized(TREE_KEEPERS)
  @Mutation(_returns => MoveResidentPayload, {
    description: 'Move a resident to another household (居民迁移); the move is kept in the history, and a moved head of household is no longer head',
  })
  async moveResident(@Arg('input') input: MoveResidentInput, @Ctx() { em, viewer, requestId }: GridsContext): Promise<MoveResidentPayload> {
    const resident = actableOrUnknown(viewer, TREE_KEEPERS, await em.findOne(Resident, { id: input.residentId }), 'input.residentId', 'input.residentId is not a known resident');
    const toHousehold = await em.findOne(Household, { id: input.toHouseholdId });
    if (!toHousehold) throw new BadUserInputError('input.toHouseholdId', 'exists', 'input.toHouseholdId is not a known household');
    if (toHousehold.id === resident.householdId) {
      throw new BadUserInputError('input.toHouseholdId', 'differs', 'input.toHouseholdId is the household the resident already lives in');
    }
    // Both ends must be in scope: a worker may not pull residents out of, or into, another's area.
    if (!canActAt(viewer, TREE_KEEPERS, toHousehold)) {
      throw new ForbiddenError('The household moved to is outside your scope');
    }
    const fromHousehold = await em.findOneOrFail(Household, { id: resident.householdId });
    const moved = {
      householdId: toHousehold.id,
      buildingId: toHousehold.buildingId,
      compoundId: toHousehold.compoundId,
      communityId: toHousehold.communityId,
      subdistrictId: toHousehold.subdistrictId,
      gridId: toHousehold.gridId,
      isHead: false,
    };
    await em.transactional(async (tx) => {
      // Moved only if still where this command found them, in one statement: of two moves racing,
      // one wins and the other is told CONFLICT, and the history holds exactly the moves made.
      if ((await tx.nativeUpdate(Resident, { id: resident.id, householdId: fromHousehold.id }, moved)) === 0) {
        throw new ConflictError('The resident was moved meanwhile; reload and try again');
      }
      tx.persist(Object.assign(new ResidentMove(), {
        residentId: resident.id,
        fromHouseholdId: fromHousehold.id,
        toHouseholdId: toHousehold.id,
        movedBy: viewer!.id,
      }));
      await recordEvent(tx, requestId, residentUpserted({ ...resident, ...moved }));
    });
    // Reloaded rather than assigned: the request's unit of work then holds what the row holds, and a
    // later flush in the same request has nothing to write back over another move.
    await em.refresh(resident);
    return { resident, fromHousehold, toHousehold };
  }
}
