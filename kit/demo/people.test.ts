import { isValidNationalId, nationalIdBirthDate } from '../personal/national-id';
import { isMainlandMobile } from '../personal/phone';
import { IDENTITY_CAPACITY, REFERENCE_DATE, householdMembers, identity, mobileNumber } from './people';
import { createPrng } from './prng';

describe('identity', () => {
  it('gives a valid ID number matching birth year and gender', () => {
    const { birthDate, nationalId } = identity(12345, 1958, 'FEMALE');
    expect(birthDate.startsWith('1958-')).toBe(true);
    expect(nationalIdBirthDate(nationalId)).toBe(birthDate);
    expect(Number(nationalId[16]) % 2).toBe(0);
    expect(Number(identity(12345, 1958, 'MALE').nationalId[16]) % 2).toBe(1);
  });

  it('never repeats an ID number across ordinals, whatever years and genders are drawn', () => {
    const rng = createPrng(9);
    const seen = new Set<string>();
    // Crowd few birth years to make collisions likely if uniqueness depended on luck.
    for (let ordinal = 0; ordinal < 100_000; ordinal++) {
      seen.add(identity(ordinal, rng.int(1960, 1961), rng.chance(0.5) ? 'MALE' : 'FEMALE').nationalId);
    }
    expect(seen.size).toBe(100_000);
  });

  it('covers the top of its range', () => {
    expect(isValidNationalId(identity(IDENTITY_CAPACITY - 1, 2000, 'MALE').nationalId)).toBe(true);
    expect(() => identity(IDENTITY_CAPACITY, 2000, 'MALE')).toThrow(RangeError);
  });
});

describe('mobileNumber', () => {
  it('is a valid mainland mobile number, distinct per ordinal', () => {
    const rng = createPrng(5);
    const numbers = Array.from({ length: 20_000 }, (_, ordinal) => mobileNumber(rng, ordinal));
    expect(numbers.every(isMainlandMobile)).toBe(true);
    expect(new Set(numbers.map(number => number.slice(3))).size).toBe(numbers.length);
  });
});

describe('householdMembers', () => {
  const ageAt = (birthDate: string) => Number(REFERENCE_DATE.slice(0, 4)) - Number(birthDate.slice(0, 4)) - 1;

  it('makes 2–3 residents in newer compounds and 1–4 in older ones', () => {
    const rng = createPrng(11);
    const newer = Array.from({ length: 500 }, (_, i) => householdMembers(rng, false, i * 4).length);
    const older = Array.from({ length: 500 }, (_, i) => householdMembers(rng, true, i * 4).length);
    expect(new Set(newer)).toEqual(new Set([2, 3]));
    expect(new Set(older)).toEqual(new Set([1, 2, 3, 4]));
  });

  it('gives the head an adult age and lets young children use the head’s phone', () => {
    const rng = createPrng(13);
    for (let i = 0; i < 500; i++) {
      const [head, ...others] = householdMembers(rng, true, i * 4);
      expect(ageAt(head.birthDate)).toBeGreaterThanOrEqual(25);
      for (const member of others) {
        if (ageAt(member.birthDate) < 14) expect(member.phone).toBe(head.phone);
        else expect(member.phone).not.toBe(head.phone);
      }
    }
  });
});
