import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import type { ElderlyContext } from '../context';
import { NearbyServicePointsArgs } from '../circle/nearby.args';
import { nearbyPoints } from '../circle/nearby';
import { NearbyServicePoint } from '../circle/nearby-service-point.type';
import { HomeVisit } from '../home-visit/home-visit.entity';
import { revealOrNull } from '../personal';
import { ageOn } from '../pricing/price-quote';
import { todayInChina } from '../pricing/quote-for';
import { Resident } from '../resident/resident.type';
import { CareLevel, DietaryTag, DisabilityLevel, ElderProfile, LivingSituation } from './elder-profile.entity';

const TYPE = 'ElderProfile';

@Resolver(_of => ElderProfile)
export class ElderProfileResolver {
  @FieldResolver(_returns => Resident, { description: 'The resident (居民), from grids' })
  resident(@Root() profile: ElderProfile): Resident {
    return { id: profile.residentId };
  }

  @FieldResolver(_returns => Int, { nullable: true, description: 'Age today (年龄); personal data: null unless your role and scope allow it' })
  age(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): number | null {
    return revealOrNull(profile, TYPE, context, 'age', reason, ageOn(profile.birthDate, todayInChina()));
  }

  @FieldResolver(_returns => LivingSituation, { nullable: true, description: 'Who the elder lives with (居住情况); personal data: null unless your role and scope allow it' })
  livingSituation(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): LivingSituation | null {
    return revealOrNull(profile, TYPE, context, 'livingSituation', reason, profile.livingSituation);
  }

  @FieldResolver(_returns => Boolean, { nullable: true, description: 'In hardship: subsistence allowance or extreme-poverty support (低保、特困); personal data' })
  hardship(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): boolean | null {
    return revealOrNull(profile, TYPE, context, 'hardship', reason, profile.hardship);
  }

  @FieldResolver(_returns => DisabilityLevel, { nullable: true, description: 'Disability (残疾等级); health data: null unless your role and scope allow it' })
  disability(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): DisabilityLevel | null {
    return revealOrNull(profile, TYPE, context, 'disability', reason, profile.disability);
  }

  @FieldResolver(_returns => [DietaryTag], { nullable: true, description: 'Dietary needs (饮食需求); health data: null unless your role and scope allow it' })
  dietaryNeeds(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): DietaryTag[] | null {
    return revealOrNull(profile, TYPE, context, 'dietaryNeeds', reason, profile.dietaryNeeds);
  }

  @FieldResolver(_returns => CareLevel, { nullable: true, description: 'Care needed (照护等级); health data: null unless your role and scope allow it' })
  careLevel(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): CareLevel | null {
    return revealOrNull(profile, TYPE, context, 'careLevel', reason, profile.careLevel);
  }

  @FieldResolver(_returns => String, { nullable: true, description: 'Pension certification due by, YYYY-MM-DD (养老认证截止); null unless your role and scope allow it' })
  certificationDueOn(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): string | null {
    return revealOrNull(profile, TYPE, context, 'certificationDueOn', reason, profile.certificationDueOn);
  }

  @FieldResolver(_returns => Boolean, { nullable: true, description: 'Certification overdue: the pension stops until it is done (养老认证逾期); null unless your role and scope allow it' })
  certificationOverdue(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): boolean | null {
    return revealOrNull(profile, TYPE, context, 'certificationOverdue', reason, profile.certificationDueOn < todayInChina());
  }

  @FieldResolver(_returns => [HomeVisit], { description: 'Home visits, latest first (上门服务记录); empty unless your role and scope allow it' })
  async homeVisits(@Root() profile: ElderProfile, @Ctx() context: ElderlyContext, @RevealArg() reason?: RevealReason): Promise<HomeVisit[]> {
    if (revealOrNull(profile, TYPE, context, 'homeVisits', reason, true) === null) return [];
    const visits = await context.loaders.visitsByProfileId.load(profile.id);
    return [...visits].sort((a, b) => b.visitedOn.localeCompare(a.visitedOn) || b.id.localeCompare(a.id));
  }

  @FieldResolver(_returns => [NearbyServicePoint], { description: "Open points of a kind nearest the elder's home, nearest first, within 4 km (附近服务点)" })
  nearestServicePoints(@Root() profile: ElderProfile, @Args() args: NearbyServicePointsArgs, @Ctx() { loaders }: ElderlyContext): Promise<NearbyServicePoint[]> {
    return nearbyPoints(loaders, profile.householdId, args.kind, args.first, profile);
  }
}
