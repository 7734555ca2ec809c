import { permute } from './permute';

describe('permute', () => {
  it.each([1, 2, 1000, 1001, 4099])('is a bijection on [0, %i)', size => {
    const images = Array.from({ length: size }, (_, i) => permute(i, size, 7));
    expect(new Set(images).size).toBe(size);
    expect(images.every(x => x >= 0 && x < size)).toBe(true);
  });

  it('depends on the key', () => {
    const a = Array.from({ length: 50 }, (_, i) => permute(i, 1000, 1));
    const b = Array.from({ length: 50 }, (_, i) => permute(i, 1000, 2));
    expect(a).not.toEqual(b);
  });

  it('refuses values outside the domain', () => {
    expect(() => permute(10, 10, 1)).toThrow(RangeError);
    expect(() => permute(-1, 10, 1)).toThrow(RangeError);
    expect(() => permute(1.5, 10, 1)).toThrow(RangeError);
  });
});
