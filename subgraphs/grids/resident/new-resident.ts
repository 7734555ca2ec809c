import type { EntityManager } from '@mikro-orm/knex';
import { v4 as uuidv4 } from 'uuid';
import { placeOf } from '../../../kit/auth/viewer';
import { BadUserInputError } from '../../../kit/errors';
import { nationalIdBirthDate } from '../../../kit/personal/national-id';
import type { Household } from '../household/household.entity';
import { Gender, Resident } from './resident.entity';
import type { NewResidentInput } from './resident.input';

/** GB 11643: the 17th character is odd for men, even for women. */
function genderOf(nationalId: string): Gender {
  return Number(nationalId[16]) % 2 === 1 ? Gender.MALE : Gender.FEMALE;
}

/**
 * Refuses national ID numbers already registered, or repeated within one request; `field`
 * names where each came from (e.g. `input.residents.1.nationalId`).
 */
export async function assertNationalIdsFree(em: EntityManager, entries: readonly { field: string; nationalId: string }[]): Promise<void> {
  const seen = new Set<string>();
  for (const { field, nationalId } of entries) {
    if (seen.has(nationalId)) throw new BadUserInputError(field, 'unique', `${field} appears twice in this request`);
    seen.add(nationalId);
  }
  if (entries.length === 0) return;
  const taken = await em.find(Resident, { nationalId: { $in: [...seen] } }, { fields: ['nationalId'] });
  const clash = entries.find(({ nationalId }) => taken.some((resident) => resident.nationalId === nationalId));
  if (clash) throw new BadUserInputError(clash.field, 'unique', `${clash.field} is already registered to another resident`);
}

/** A resident of `household`, with birth date and gender read from the national ID number. */
export function newResident(input: NewResidentInput, household: Household): Resident {
  return Object.assign(new Resident(), {
    id: uuidv4(),
    name: input.name,
    nationalId: input.nationalId,
    phone: input.phone ?? null,
    isHead: input.isHead,
    birthDate: nationalIdBirthDate(input.nationalId)!,
    gender: genderOf(input.nationalId),
    householdId: household.id,
    ...placeOf(household),
  });
}
