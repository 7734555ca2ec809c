import { hasControlOrBidiChars, hasControlOrBidiCharsMultiline } from './text';

describe('hasControlOrBidiChars (single line)', () => {
  it('accepts ordinary Chinese and Latin text', () => {
    expect(hasControlOrBidiChars('平城区 文兴社区 48-2-604, Room A')).toBe(false);
    expect(hasControlOrBidiChars('')).toBe(false);
  });

  it.each([
    ['NUL', '\u0000'],
    ['tab', '\t'],
    ['newline', '\n'],
    ['carriage return', '\r'],
    ['escape', '\u001B'],
    ['DEL', '\u007F'],
    ['C1 NEL', '\u0085'],
    ['C1 end', '\u009F'],
    ['LRE', '\u202A'],
    ['RLO', '\u202E'],
    ['LRI', '\u2066'],
    ['PDI', '\u2069'],
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['ALM', '\u061C'],
  ])('rejects %s', (_name, char) => {
    expect(hasControlOrBidiChars(`张${char}明`)).toBe(true);
  });

  it('does not flag neighbours of the forbidden ranges', () => {
    expect(hasControlOrBidiChars('\u00A0\u200D\u2065\u206A\u202F')).toBe(false);
  });
});

describe('hasControlOrBidiCharsMultiline', () => {
  it('allows newline and tab', () => {
    expect(hasControlOrBidiCharsMultiline('第一行\n\t第二行')).toBe(false);
  });
  it('still rejects other controls and bidi overrides', () => {
    expect(hasControlOrBidiCharsMultiline('a\rb')).toBe(true);
    expect(hasControlOrBidiCharsMultiline('a\u0000b')).toBe(true);
    expect(hasControlOrBidiCharsMultiline('a\u202Eb')).toBe(true);
  });
});
