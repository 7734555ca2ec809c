import { chineseNumber } from './names';

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [47, '四十七'],
    [99, '九十九'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumber(0)).toThrow(RangeError);
    expect(() => chineseNumber(100)).toThrow(RangeError);
  });
});
