import { maskName, maskNationalId, maskPhone } from './mask';

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

describe('maskNationalId', () => {
  it('keeps the region code and the last 4 characters', () => {
    expect(maskNationalId('110101199003071234')).toBe('110101********1234');
  });
  it('masks everything when shorter than 18 characters', () => {
    expect(maskNationalId('110101900307123')).toBe('***************');
    expect(maskNationalId('1234')).toBe('****');
  });
});
