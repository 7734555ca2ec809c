import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { canActAt, placeOf } from '../../../kit/auth/viewer';
import { recordEvents } from '../../../kit/events/record-event';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { Building } from '../building/building.entity';
import { Compound } from '../compound/compound.entity';
import type { GridsContext } from '../context';
import { householdUpserted, residentUpserted } from '../events/territory-events';
import { assertNationalIdsFree, newResident } from '../resident/new-resident';
import { TREE_KEEPERS } from '../roles';
import { Household } from './household.entity';
import { RegisterHouseholdInput } from './household.input';

@ObjectType({ description: 'Result of registering a household' })
export class RegisterHouseholdPayload {
  @Field(_type => Household)
  household!: Household;
}

@Resolver()
export class RegisterHouseholdResolver {
  @Authorized(TREE_KEEPERS)
  @Mutation(_returns => RegisterHouseholdPayload, { description: 'Register a household at a building-unit-room address, with its residents (登记住户)' })
  async registerHousehold(@Arg('input') input: RegisterHouseholdInput, @Ctx() { em, viewer, requestId }: GridsContext): Promise<RegisterHouseholdPayload> {
    const building = await em.findOne(Building, { id: input.buildingId });
    if (!building) throw new BadUserInputError('input.buildingId', 'exists', 'input.buildingId is not a known building');
    if (!canActAt(viewer, TREE_KEEPERS, building)) throw new ForbiddenError('This building is outside your scope');
    if (input.unit > building.units) {
      throw new BadUserInputError('input.unit', 'within building', `input.unit must be between 1 and ${building.units} for this building`);
    }
    const floor = Math.floor(Number(input.room) / 100);
    if (floor > building.floors) {
      throw new BadUserInputError('input.room', 'within building', `input.room is on floor ${floor}, but the building has ${building.floors} floors`);
    }
    if (await em.count(Household, { buildingId: building.id, unit: input.unit, room: input.room })) {
      throw new BadUserInputError('input.room', 'unique', `input.room ${building.number}-${input.unit}-${input.room} is already registered`);
    }
    if (input.residents.filter((resident) => resident.isHead).length > 1) {
      throw new BadUserInputError('input.residents', 'one head', 'input.residents may name at most one head of household');
    }
    await assertNationalIdsFree(em, input.residents.map(({ nationalId }, index) => ({ field: `input.residents.${index}.nationalId`, nationalId })));

    const address = `${building.number}-${input.unit}-${input.room}`;
    const compound = await em.findOneOrFail(Compound, { id: building.compoundId });
    const household = Object.assign(new Household(), {
      id: uuidv4(),
      code: `${compound.code}-${address}`,
      unit: input.unit,
      room: input.room,
      floor,
      address,
      buildingId: building.id,
      ...placeOf(building),
    });
    const residents = input.residents.map((resident) => newResident(resident, household));
    const taken = `input.room ${address} was registered at the same moment by someone else`;
    await guardUnique(
      [
        { columns: ['building_id', 'unit', 'room'], field: 'input.room', message: taken },
        { columns: ['code'], field: 'input.room', message: taken },
        { columns: ['national_id'], field: 'input.residents', message: 'input.residents: a national ID number was registered at the same moment by someone else' },
      ],
      () => em.transactional(async (tx) => {
        tx.persist(household);
        for (const resident of residents) tx.persist(resident);
        await recordEvents(tx, requestId, [householdUpserted(household), ...residents.map(residentUpserted)]);
      }),
    );
    return { household };
  }
}
