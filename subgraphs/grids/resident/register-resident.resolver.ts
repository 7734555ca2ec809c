import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { recordEvent } from '../../../kit/events/record-event';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import type { GridsContext } from '../context';
import { residentUpserted } from '../events/territory-events';
import { Household } from '../household/household.entity';
import { TREE_KEEPERS } from '../roles';
import { assertNationalIdsFree, newResident } from './new-resident';
import { Resident } from './resident.entity';
import { RegisterResidentInput } from './resident.input';

@ObjectType({ description: 'Result of registering a resident' })
export class RegisterResidentPayload {
  @Field(_type => Resident)
  resident!: Resident;
}

@Resolver()
export class RegisterResidentResolver {
  @Authorized(TREE_KEEPERS)
  @Mutation(_returns => RegisterResidentPayload, { description: 'Register a resident in a household (登记居民)' })
  async registerResident(@Arg('input') input: RegisterResidentInput, @Ctx() { em, viewer, requestId }: GridsContext): Promise<RegisterResidentPayload> {
    const household = await em.findOne(Household, { id: input.householdId });
    if (!household) throw new BadUserInputError('input.householdId', 'exists', 'input.householdId is not a known household');
    if (!canActAt(viewer, TREE_KEEPERS, household)) throw new ForbiddenError('This household is outside your scope');
    if (input.isHead && (await em.count(Resident, { householdId: household.id, isHead: true }))) {
      throw new BadUserInputError('input.isHead', 'one head', 'input.isHead: this household already has a head');
    }
    await assertNationalIdsFree(em, [{ field: 'input.nationalId', nationalId: input.nationalId }]);
    const resident = newResident(input, household);
    await guardUnique(
      [{ columns: ['national_id'], field: 'input.nationalId', message: 'input.nationalId was registered to another resident at the same moment' }],
      () => em.transactional(async (tx) => {
        tx.persist(resident);
        await recordEvent(tx, requestId, residentUpserted(resident));
      }),
    );
    return { resident };
  }
}
