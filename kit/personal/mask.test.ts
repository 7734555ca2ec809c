import { maskName, maskNationalId, maskPhone } from './mask';
import { isValidNationalId } from './national-id';

describe('maskName', () => {
  it.each([
    ['张小明', '张*明'],
    ['欧阳小明', '欧**明'],
    ['张明', '张*'],
    ['张', '*'],
    ['', ''],
    ['𠀋小明', '𠀋*明'], // a surname outside the BMP counts as one character
  ])('%s → %s', (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812348000')).toBe('138****8000');
  });
  it('masks everything when too short to hide 4 digits', () => {
    expect(maskPhone('1381234800')).toBe('**********');
    expect(maskPhone('8000')).toBe('****');
    expect(maskPhone('')).toBe('');
  });
  it('masks the middle of longer values', () => {
    expect(maskPhone('+8613812348000')).toBe('+86*******8000');
  });
});

/** GB 11643 check character of the first 17 digits. */
function checkDigit(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = Array.from(body).reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
  return '10X98765432'[sum % 11];
}

describe('maskNationalId', () => {
  it('keeps only the province', () => {
    expect(maskNationalId('110101199003071234')).toBe('11****************');
  });

  it('cannot be rebuilt from what the same viewer sees: birth year, exact age, and the region guessed from the address', () => {
    const real = `11010119900307123${checkDigit('11010119900307123')}`;
    const today = new Date(Date.UTC(2026, 5, 1));
    const ageOn = (year: number, month: number, day: number) =>
      today.getUTCFullYear() - year - (today.getUTCMonth() + 1 > month || (today.getUTCMonth() + 1 === month && today.getUTCDate() >= day) ? 0 : 1);
    const seen = { masked: maskNationalId(real), birthYear: 1990, age: ageOn(1990, 3, 7), region: real.slice(0, 6) };
    const pattern = new RegExp(`^${seen.masked.replace(/\*/g, '.')}$`);
    let candidates = 0;
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(seen.birthYear, 0, 1 + day));
      if (date.getUTCFullYear() !== seen.birthYear) continue;
      if (ageOn(seen.birthYear, date.getUTCMonth() + 1, date.getUTCDate()) !== seen.age) continue;
      const yyyymmdd = date.toISOString().slice(0, 10).replace(/-/g, '');
      for (let sequence = 0; sequence < 1000; sequence++) {
        const body = `${seen.region}${yyyymmdd}${String(sequence).padStart(3, '0')}`;
        const id = body + checkDigit(body);
        if (pattern.test(id)) candidates += 1;
      }
    }
    expect(isValidNationalId(real)).toBe(true);
    // The usual mask (region and last 4 shown) leaves about 30 here; this one leaves tens of thousands.
    expect(candidates).toBeGreaterThan(10_000);
  });
  it('masks everything when shorter than 18 characters', () => {
    expect(maskNationalId('110101900307123')).toBe('***************');
    expect(maskNationalId('1234')).toBe('****');
  });
});
