import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { recordEvent } from '../../../kit/events/record-event';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import type { GridsContext } from '../context';
import { residentUpserted } from '../events/territory-events';
import { Household } from '../household/household.entity';
import { TREE_KEEPERS } from '../tree-keepers';
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
    const resident = await em.findOne(Resident, { id: input.residentId });
    if (!resident) throw new BadUserInputError('input.residentId', 'exists', 'input.residentId is not a known resident');
    const toHousehold = await em.findOne(Household, { id: input.toHouseholdId });
    if (!toHousehold) throw new BadUserInputError('input.toHouseholdId', 'exists', 'input.toHouseholdId is not a known household');
    if (toHousehold.id === resident.householdId) {
      throw new BadUserInputError('input.toHouseholdId', 'differs', 'input.toHouseholdId is the household the resident already lives in');
    }
    // Both ends must be in scope: a worker may not pull residents out of, or into, another's area.
    if (!canActAt(viewer, TREE_KEEPERS, resident) || !canActAt(viewer, TREE_KEEPERS, toHousehold)) {
      throw new ForbiddenError('The resident or the household moved to is outside your scope');
    }
    const fromHousehold = await em.findOneOrFail(Household, { id: resident.householdId });
    await em.transactional(async (tx) => {
      tx.persist(Object.assign(new ResidentMove(), {
        residentId: resident.id,
        fromHouseholdId: fromHousehold.id,
        toHouseholdId: toHousehold.id,
        movedBy: viewer!.id,
      }));
      Object.assign(resident, {
        householdId: toHousehold.id,
        buildingId: toHousehold.buildingId,
        compoundId: toHousehold.compoundId,
        communityId: toHousehold.communityId,
        subdistrictId: toHousehold.subdistrictId,
        gridId: toHousehold.gridId,
        isHead: false,
      });
      await recordEvent(tx, requestId, residentUpserted(resident));
    });
    return { resident, fromHousehold, toHousehold };
  }
}
