import { isMainlandMobile } from './phone';

describe('isMainlandMobile', () => {
  it.each(['13812348000', '19912345678', '15000000000'])('accepts %s', value => {
    expect(isMainlandMobile(value)).toBe(true);
  });

  it.each([
    ['12812348000', 'second digit below 3'],
    ['1381234800', '10 digits'],
    ['138123480001', '12 digits'],
    ['+8613812348000', '+86 prefix'],
    ['138 1234 8000', 'spaces'],
    ['23812348000', 'not starting with 1'],
    ['1381234800a', 'a letter'],
    ['', 'empty'],
  ])('rejects %s (%s)', value => {
    expect(isMainlandMobile(value)).toBe(false);
  });
});
