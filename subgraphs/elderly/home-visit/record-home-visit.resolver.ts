import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import type { ElderlyContext } from '../context';
import { ElderProfile } from '../elder-profile/elder-profile.entity';
import { todayInChina } from '../pricing/quote-for';
import { PROFILE_KEEPERS } from '../roles';
import { HomeVisit, HomeVisitKind } from './home-visit.entity';
import { RecordHomeVisitInput } from './home-visit.input';

@ObjectType({ description: 'Result of recording a home visit (上门服务登记结果)' })
export class RecordHomeVisitPayload {
  @Field(_type => HomeVisit, { description: 'The visit (走访记录)' })
  visit!: HomeVisit;

  @Field(_type => ElderProfile, { description: "The elder's profile; a certification at the door moves the next due date a year on (老人档案)" })
  profile!: ElderProfile;
}

/** The same day a year later (29 February → 28 February). */
function aYearAfter(day: string): string {
  const next = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  return isCalendarDate(next) ? next : `${next.slice(0, 8)}28`;
}

@Resolver()
export class RecordHomeVisitResolver {
  @Authorized(PROFILE_KEEPERS)
  @Mutation(_returns => RecordHomeVisitPayload, { description: 'Record a visit to an elder at home: certification at the door, free clinic or welfare check (登记上门服务)' })
  async recordHomeVisit(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RecordHomeVisitInput,
    @Ctx() { em, loaders, viewer }: ElderlyContext,
  ): Promise<RecordHomeVisitPayload> {
    const [profile] = await loaders.profilesByResidentId.load(input.residentId);
    if (!profile) throw new BadUserInputError('input.residentId', 'has an elder profile', 'input.residentId has no elder profile');
    if (!isCalendarDate(input.visitedOn)) throw new BadUserInputError('input.visitedOn', 'date', 'input.visitedOn is not a calendar date YYYY-MM-DD');
    if (input.visitedOn > todayInChina()) throw new BadUserInputError('input.visitedOn', 'not in the future', 'input.visitedOn lies in the future');
    if (!canActAt(viewer, PROFILE_KEEPERS, profile)) throw new ForbiddenError('This elder lives outside your scope');

    const visit = Object.assign(new HomeVisit(), {
      profileId: profile.id, kind: input.kind, visitedOn: input.visitedOn, visitors: input.visitors, outcome: input.outcome,
      recordedBy: viewer!.id, compoundId: profile.compoundId, communityId: profile.communityId, subdistrictId: profile.subdistrictId,
    });
    if (input.kind === HomeVisitKind.CERTIFICATION) {
      const due = aYearAfter(input.visitedOn);
      if (due > profile.certificationDueOn) Object.assign(profile, { certificationDueOn: due, updatedAt: new Date() });
    }
    await em.transactional(async (tx) => {
      tx.persist([visit, profile]);
    });
    return { visit, profile };
  }
}
