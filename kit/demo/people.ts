import { makeNationalId } from '../personal/national-id';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES } from './names';
import { permute } from './permute';
import type { Prng } from './prng';

/**
 * Ages are counted at this fixed date, never today, so the data is the same every year it is
 * generated. Nobody is born after it, so every ID number stays valid ("not in the future").
 */
export const REFERENCE_DATE = '2026-01-01';
const REFERENCE_YEAR = 2026;

/**
 * Places of birth registration: Datong's districts and counties (old codes and new, as people keep
 * the code they were registered under) and neighbouring places residents moved from.
 */
const REGION_CODES = [
  '140202', '140203', '140211', '140212', '140213', '140214', '140215', '140221', '140222', '140223',
  '140224', '140225', '140226', '140227', '140602', '140603', '140622', '140624', '140902', '140105',
  '140106', '150902', '130702', '130705',
];
const DAYS_USED_PER_YEAR = 365; // 31 December of leap years is simply never a birthday
const SEQUENCES_PER_GENDER = 500;

/**
 * How many distinct identity ordinals exist: each ordinal gets its own (day of year, region,
 * sequence), so two residents never share an ID number whatever birth years and genders they
 * draw. With four ordinals per household this allows about 1.09M households.
 */
export const IDENTITY_CAPACITY = DAYS_USED_PER_YEAR * REGION_CODES.length * SEQUENCES_PER_GENDER;

/** Most residents per household; a household owns this many consecutive identity ordinals. */
export const MAX_HOUSEHOLD_SIZE = 4;

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184',
  '185', '186', '187', '188', '189', '191', '193', '195', '198', '199',
];
const PHONE_SUFFIXES = 100_000_000;
const PHONE_KEY = 0x5eed;
const IDENTITY_KEY = 0x1d;
// Children this young are reached through the head of household's phone.
const OWN_PHONE_AGE = 14;

/** A synthetic person: everything a resident has except where they live. */
export interface Person {
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  phone: string;
  nationalId: string;
}

/** A Chinese name: surname (by frequency) and a one- or two-character given name. */
export function personName(rng: Prng, gender: Person['gender'], surname: string = rng.weighted(SURNAMES)): string {
  const pool = gender === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN;
  return surname + rng.pick(pool) + (rng.chance(0.7) ? rng.pick(pool) : '');
}

/**
 * A mobile number in a real mainland prefix. The last eight digits are a bijection of `ordinal`
 * (0–99,999,999), so different ordinals never share a number.
 */
export function mobileNumber(rng: Prng, ordinal: number): string {
  return rng.pick(MOBILE_PREFIXES) + String(permute(ordinal, PHONE_SUFFIXES, PHONE_KEY)).padStart(8, '0');
}

/** Birth date and ID number for identity `ordinal` (below {@link IDENTITY_CAPACITY}) born in `year`. */
export function identity(ordinal: number, year: number, gender: Person['gender']): { birthDate: string; nationalId: string } {
  const slot = permute(ordinal, IDENTITY_CAPACITY, IDENTITY_KEY);
  const dayOfYear = slot % DAYS_USED_PER_YEAR;
  const rest = Math.floor(slot / DAYS_USED_PER_YEAR);
  const region = REGION_CODES[rest % REGION_CODES.length];
  const pair = Math.floor(rest / REGION_CODES.length);
  const female = gender === 'FEMALE';
  const birthDate = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
  return { birthDate, nationalId: makeNationalId(region, birthDate, pair * 2 + (female ? 0 : 1), female) };
}

interface Member {
  age: number;
  gender: Person['gender'];
  surname: string;
}

/**
 * The people of one household, head first, using identity ordinals `firstOrdinal` onwards.
 * Newer compounds hold couples and families of 2–3; older compounds and villages also hold people
 * living alone and three generations (1–4), and more of their heads are elderly. About one
 * resident in five is 60 or over, as the seeds report.
 */
export function householdMembers(rng: Prng, older: boolean, firstOrdinal: number): Person[] {
  const size = older ? rng.weighted([[1, 7], [2, 25], [3, 40], [4, 28]] as const) : rng.weighted([[2, 15], [3, 85]] as const);
  const elderlyHead = rng.chance(size === 1 ? 0.75 : older ? 0.34 : 0.14);
  const headGender = size === 1 ? (rng.chance(0.6) ? 'FEMALE' : 'MALE') : rng.chance(0.75) ? 'MALE' : 'FEMALE';
  const head: Member = { age: elderlyHead ? rng.int(60, 92) : rng.int(25, 59), gender: headGender, surname: rng.weighted(SURNAMES) };
  const members = [head];
  let familySurname = head.surname;
  if (size >= 2 && rng.chance(0.9)) {
    const gap = rng.int(-1, 4);
    const spouse: Member = {
      age: Math.max(20, head.gender === 'MALE' ? head.age - gap : head.age + gap),
      gender: head.gender === 'MALE' ? 'FEMALE' : 'MALE',
      surname: rng.weighted(SURNAMES),
    };
    if (spouse.gender === 'MALE') familySurname = spouse.surname;
    members.push(spouse);
  }
  const youngestParentAge = Math.min(...members.map(member => member.age));
  for (let extra = 0; members.length < size; extra++) {
    const gender = rng.chance(0.5) ? 'MALE' : 'FEMALE';
    let age: number;
    if (elderlyHead) {
      // An adult child who stayed, then a grandchild.
      age = extra === 0 ? Math.max(18, youngestParentAge - rng.int(24, 34)) : rng.int(0, 15);
    } else if (extra === 1 && rng.chance(0.5)) {
      // A grandparent who moved in with the young family.
      age = Math.min(95, head.age + rng.int(24, 34));
    } else {
      age = Math.max(0, youngestParentAge - rng.int(22, 35));
    }
    members.push({ age, gender, surname: familySurname });
  }
  let headPhone = '';
  return members.map((member, index) => {
    const ordinal = firstOrdinal + index;
    const phone = member.age < OWN_PHONE_AGE ? headPhone : mobileNumber(rng, ordinal);
    if (index === 0) headPhone = phone;
    return {
      name: personName(rng, member.gender, member.surname),
      gender: member.gender,
      phone,
      ...identity(ordinal, REFERENCE_YEAR - 1 - member.age, member.gender),
    };
  });
}
