/**
 * Mainland China resident identity numbers (居民身份证号码, GB 11643-1999).
 *
 * Layout: 6-digit region code of the place of first registration, 8-digit birth date (YYYYMMDD),
 * 3-digit sequence (its last digit is odd for men, even for women) and one ISO 7064 MOD 11-2
 * check character (0-9 or X). Only the 18-character form is accepted: the 15-character form was
 * withdrawn in 1999 and carries no check digit.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
// Upper-case X only: the standard prints it upper case, and accepting 'x' would let two spellings
// of one person's number into the database. Callers normalise user input before validating.
const SHAPE = /^[1-8]\d{16}[\dX]$/;
const MIN_BIRTH_YEAR = 1900;
// Birth dates are civil dates in China; judge "not in the future" on Beijing time, not the server's.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function beijingToday(now: Date): string {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Whether `value` is a well-formed 18-character resident ID number: region code starting 1-8,
 * a real birth date from 1900 up to today (Beijing time), and a matching check character.
 * Strict: no spaces, no lower-case `x`.
 *
 * @param now - the current time; tests pass a fixed one.
 */
export function isValidNationalId(value: string, now: Date = new Date()): boolean {
  if (!SHAPE.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < MIN_BIRTH_YEAR || !isCalendarDate(year, month, day)) return false;
  if (`${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}` > beijingToday(now)) return false;
  return checkChar(value.slice(0, 17)) === value[17];
}

/** The birth date (`YYYY-MM-DD`) encoded in a valid ID number, or `null` if the number is not valid. */
export function nationalIdBirthDate(value: string, now: Date = new Date()): string | null {
  if (!isValidNationalId(value, now)) return null;
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/**
 * Builds a valid ID number, for synthetic demo data only.
 *
 * @param regionCode6 - six digits, first digit 1-8.
 * @param birthDate - `YYYY-MM-DD`, a real date from 1900 on (not checked against today, so that
 *   generated data does not depend on the clock).
 * @param sequence3 - 0-999; its last digit must be odd for a man and even for a woman (GB 11643).
 * @throws RangeError when an argument breaks these rules — a caller bug, never data to repair.
 */
export function makeNationalId(regionCode6: string, birthDate: string, sequence3: number, female: boolean): string {
  if (!/^[1-8]\d{5}$/.test(regionCode6)) throw new RangeError(`region code must be 6 digits starting 1-8: ${regionCode6}`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match || Number(match[1]) < MIN_BIRTH_YEAR || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`birth date must be a real YYYY-MM-DD date from ${MIN_BIRTH_YEAR} on: ${birthDate}`);
  }
  if (!Number.isInteger(sequence3) || sequence3 < 0 || sequence3 > 999) {
    throw new RangeError(`sequence must be an integer 0-999: ${sequence3}`);
  }
  if ((sequence3 % 2 === 0) !== female) {
    throw new RangeError(`sequence ${sequence3} must be ${female ? 'even for a woman' : 'odd for a man'}`);
  }
  const first17 = `${regionCode6}${match[1]}${match[2]}${match[3]}${String(sequence3).padStart(3, '0')}`;
  return first17 + checkChar(first17);
}
