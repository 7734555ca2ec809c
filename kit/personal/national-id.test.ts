import { isValidNationalId, makeNationalId, nationalIdBirthDate } from './national-id';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('isValidNationalId', () => {
  it('accepts the standard example with an X check character', () => {
    expect(isValidNationalId('11010519491231002X', NOW)).toBe(true);
  });

  it('accepts numbers built by makeNationalId', () => {
    expect(isValidNationalId(makeNationalId('140213', '1990-03-07', 123, false), NOW)).toBe(true);
    expect(isValidNationalId(makeNationalId('140202', '2000-02-29', 456, true), NOW)).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isValidNationalId('110105194912310021', NOW)).toBe(false);
    const valid = makeNationalId('140213', '1990-03-07', 123, false);
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(isValidNationalId(wrong, NOW)).toBe(false);
  });

  it('rejects a changed digit (the check character catches it)', () => {
    const valid = makeNationalId('140213', '1990-03-07', 123, false);
    expect(isValidNationalId(`${valid.slice(0, 15)}9${valid.slice(16)}`, NOW)).toBe(false);
  });

  it('rejects lower-case x, spaces and wrong lengths', () => {
    expect(isValidNationalId('11010519491231002x', NOW)).toBe(false);
    expect(isValidNationalId(' 11010519491231002X', NOW)).toBe(false);
    expect(isValidNationalId('11010519491231002', NOW)).toBe(false);
    expect(isValidNationalId('110105491231002', NOW)).toBe(false);
    expect(isValidNationalId('', NOW)).toBe(false);
  });

  it('rejects impossible dates such as 30 February, even with a correct check character', () => {
    const feb30 = withCheck('14021319900230123');
    expect(isValidNationalId(feb30, NOW)).toBe(false);
    expect(isValidNationalId(withCheck('14021319900229123'), NOW)).toBe(false); // 1990 is not a leap year
    expect(isValidNationalId(withCheck('14021319901301123'), NOW)).toBe(false);
  });

  it('rejects birth dates in the future (Beijing time) and before 1900', () => {
    expect(isValidNationalId(withCheck('14021320260602123'), NOW)).toBe(false);
    expect(isValidNationalId(withCheck('14021320260601123'), NOW)).toBe(true);
    // 2026-06-01 16:30 UTC is already 2 June in Beijing.
    expect(isValidNationalId(withCheck('14021320260602123'), new Date('2026-06-01T16:30:00Z'))).toBe(true);
    expect(isValidNationalId(withCheck('14021318991231123'), NOW)).toBe(false);
  });

  it('rejects region codes that do not start 1-8', () => {
    expect(isValidNationalId(withCheck('04021319900307123'), NOW)).toBe(false);
    expect(isValidNationalId(withCheck('94021319900307123'), NOW)).toBe(false);
  });
});

describe('nationalIdBirthDate', () => {
  it('returns the birth date of a valid number', () => {
    expect(nationalIdBirthDate('11010519491231002X', NOW)).toBe('1949-12-31');
  });
  it('returns null for an invalid number', () => {
    expect(nationalIdBirthDate('110105194912310021', NOW)).toBeNull();
  });
});

describe('makeNationalId', () => {
  it('lays out region, birth date, sequence and check character', () => {
    const id = makeNationalId('140213', '1990-03-07', 7, false);
    expect(id.slice(0, 17)).toBe('14021319900307007');
    expect(id).toHaveLength(18);
  });

  it('refuses a sequence whose parity does not match the gender', () => {
    expect(() => makeNationalId('140213', '1990-03-07', 124, false)).toThrow(RangeError);
    expect(() => makeNationalId('140213', '1990-03-07', 123, true)).toThrow(RangeError);
  });

  it('refuses bad region codes, dates and sequences', () => {
    expect(() => makeNationalId('040213', '1990-03-07', 1, false)).toThrow(RangeError);
    expect(() => makeNationalId('14021', '1990-03-07', 1, false)).toThrow(RangeError);
    expect(() => makeNationalId('140213', '1990-02-30', 1, false)).toThrow(RangeError);
    expect(() => makeNationalId('140213', '1899-12-31', 1, false)).toThrow(RangeError);
    expect(() => makeNationalId('140213', '1990-3-7', 1, false)).toThrow(RangeError);
    expect(() => makeNationalId('140213', '1990-03-07', 1001, false)).toThrow(RangeError);
    expect(() => makeNationalId('140213', '1990-03-07', 1.5, false)).toThrow(RangeError);
  });
});

/** Appends the correct check character, so a test isolates the rule it is about. */
function withCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}
