import { ratio } from './ratio';

describe('ratio', () => {
  it('rounds to four places as the seeds print rates (58,621 of 59,369 disposed is 98.74%)', () => {
    expect(ratio(58_621, 59_369)).toBe(0.9874);
    expect(ratio(3_853, 4_253)).toBe(0.9059);
    expect(ratio(1, 3)).toBe(0.3333);
  });

  it('is null when there is nothing to divide by', () => {
    expect(ratio(0, 0)).toBeNull();
  });
});
