import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import type { ElderlyContext } from '../context';
import { ageOn } from '../pricing/price-quote';
import { todayInChina } from '../pricing/quote-for';
import { PROFILE_KEEPERS } from '../roles';
import { ElderProfile } from './elder-profile.entity';
import { UpdateElderProfileInput } from './elder-profile.input';

/** Elder profiles are for residents of this age or more (老年人: 60周岁以上). */
export const ELDER_AGE = 60;

@ObjectType({ description: 'Result of updating an elder profile (更新档案结果)' })
export class UpdateElderProfilePayload {
  @Field(_type => ElderProfile, { description: 'The profile (老人档案)' })
  profile!: ElderProfile;
}

@Resolver()
export class UpdateElderProfileResolver {
  @Authorized(PROFILE_KEEPERS)
  @Mutation(_returns => UpdateElderProfilePayload, { description: "Create or update a resident's elder profile (老人建档, 更新档案)" })
  async updateElderProfile(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: UpdateElderProfileInput,
    @Ctx() { em, loaders, viewer }: ElderlyContext,
  ): Promise<UpdateElderProfilePayload> {
    const place = await requirePlace(loaders.placeById, input.residentId, 'input.residentId', [TerritoryLevel.RESIDENT]);
    const today = todayInChina();
    for (const field of ['birthDate', 'certificationDueOn'] as const) {
      if (!isCalendarDate(input[field])) throw new BadUserInputError(`input.${field}`, 'date', `input.${field} is not a calendar date YYYY-MM-DD`);
    }
    if (ageOn(input.birthDate, today) < ELDER_AGE) throw new BadUserInputError('input.birthDate', `${ELDER_AGE} or over`, `elder profiles are for residents aged ${ELDER_AGE} or over`);
    if (!canActAt(viewer, PROFILE_KEEPERS, place)) throw new ForbiddenError('This resident lives outside your scope');

    const [existing] = await loaders.profilesByResidentId.load(input.residentId);
    const profile = Object.assign(existing ?? new ElderProfile(), {
      residentId: place.id, householdId: place.householdId!, buildingId: place.buildingId!, compoundId: place.compoundId!, gridId: place.gridId,
      communityId: place.communityId!, subdistrictId: place.subdistrictId,
      birthDate: input.birthDate, livingSituation: input.livingSituation, hardship: input.hardship, disability: input.disability,
      dietaryNeeds: input.dietaryNeeds, careLevel: input.careLevel, certificationDueOn: input.certificationDueOn, updatedAt: new Date(),
    });
    await guardUnique([{ columns: ['resident_id'], field: 'input.residentId', message: 'Someone else created this profile at the same moment' }], () =>
      em.transactional(async (tx) => {
        tx.persist(profile);
      }));
    return { profile };
  }
}
