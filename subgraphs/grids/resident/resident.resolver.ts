import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { readable } from '../../../kit/auth/entity-access';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { reveal } from '../../../kit/auth/personal-data';
import { maskName, maskNationalId, maskPhone } from '../../../kit/personal/mask';
import { RESIDENT_ACCESS } from '../access';
import type { GridsContext } from '../context';
import { Household } from '../household/household.entity';
import { RESIDENT_READERS } from '../roles';
import { Resident } from './resident.entity';

/** Whole years between a YYYY-MM-DD birth date and `today`. Read digit by digit: it runs for every resident of an answer. */
export function ageOn(birthDate: string, today: Date = new Date()): number {
  const year = Number(birthDate.slice(0, 4));
  const birthday = Number(birthDate.slice(5, 7)) * 100 + Number(birthDate.slice(8, 10));
  const hadBirthday = (today.getUTCMonth() + 1) * 100 + today.getUTCDate() >= birthday;
  return today.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}

@Resolver(_of => Resident)
export class ResidentResolver {
  @Authorized(RESIDENT_READERS)
  @Query(_returns => Resident, { nullable: true, description: 'A resident by id, inside your scope (居民); not for BI or partner agencies' })
  async resident(@Arg('id', _type => ID) id: string, @Ctx() { loaders, viewer }: GridsContext): Promise<Resident | null> {
    return readable(viewer, RESIDENT_ACCESS, await loaders.residentById.load(id));
  }

  @FieldResolver(_returns => Household, { description: 'Household (所属住户)' })
  household(@Root() resident: Resident, @Ctx() { loaders }: GridsContext) {
    return loaders.householdById.load(resident.householdId);
  }

  @FieldResolver(_returns => Int, { description: 'Age in whole years (年龄)' })
  age(@Root() resident: Resident, @Ctx() { receivedAt }: GridsContext): number {
    return ageOn(resident.birthDate, receivedAt);
  }

  @FieldResolver(_returns => String, { description: 'Name (姓名); masked as 张*明 unless your role and scope allow it' })
  name(@Root() resident: Resident, @Ctx() context: GridsContext, @RevealArg() reason?: RevealReason) {
    return reveal(personalRead(resident, context, 'name', reason), resident.name, maskName);
  }

  @FieldResolver(_returns => String, { nullable: true, description: 'Mobile number (手机号); masked as 138****8000 unless allowed' })
  phone(@Root() resident: Resident, @Ctx() context: GridsContext, @RevealArg() reason?: RevealReason) {
    return reveal(personalRead(resident, context, 'phone', reason), resident.phone, maskPhone);
  }

  @FieldResolver(_returns => String, { description: 'National ID number (身份证号); masked unless allowed' })
  nationalId(@Root() resident: Resident, @Ctx() context: GridsContext, @RevealArg() reason?: RevealReason) {
    return reveal(personalRead(resident, context, 'nationalId', reason), resident.nationalId, maskNationalId);
  }

  @FieldResolver(_returns => String, { description: 'Birth date YYYY-MM-DD (出生日期); only the year unless allowed' })
  birthDate(@Root() resident: Resident, @Ctx() context: GridsContext, @RevealArg() reason?: RevealReason) {
    return reveal(personalRead(resident, context, 'birthDate', reason), resident.birthDate, (date) => `${date.slice(0, 4)}-**-**`);
  }
}

function personalRead(resident: Resident, { viewer, audit }: GridsContext, field: string, reason: RevealReason | undefined) {
  // What the audit trail and the scope check read — its id and place — not a copy of every column, per resident and field.
  const { id, subdistrictId, communityId, compoundId, buildingId, gridId } = resident;
  return { viewer, audit, reason: reason ?? null, field, subject: { type: 'Resident', id, subdistrictId, communityId, compoundId, buildingId, gridId } };
}
