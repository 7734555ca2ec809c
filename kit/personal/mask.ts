/**
 * Masking of personal data for display to roles that may not see it in full (`张*明`, `138****8000`).
 *
 * Every function works on Unicode code points (rare surnames lie outside the BMP), never throws,
 * keeps the length of the input, and masks the whole value when it is too short for the usual
 * pattern to hide enough: an odd value must never come out more revealed than a normal one.
 */

const MASK = '*';

/**
 * `张小明` → `张*明`, `欧阳小明` → `欧**明`, `张明` → `张*`, `张` → `*`.
 * A one-character name is fully masked: showing it would show the whole name.
 */
export function maskName(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 1) return MASK.repeat(chars.length);
  if (chars.length === 2) return chars[0] + MASK;
  return chars[0] + MASK.repeat(chars.length - 2) + chars[chars.length - 1];
}

/**
 * Keeps `head` and `tail` code points and masks the rest, unless fewer than `minHidden` would be
 * hidden — then everything is masked.
 */
function maskMiddle(value: string, head: number, tail: number, minHidden: number): string {
  const chars = Array.from(value);
  const hidden = chars.length - head - tail;
  if (hidden < minHidden) return MASK.repeat(chars.length);
  return chars.slice(0, head).join('') + MASK.repeat(hidden) + chars.slice(chars.length - tail).join('');
}

/** `13812348000` → `138****8000`: first 3 and last 4 shown; shorter than 11 characters → all masked. */
export function maskPhone(value: string): string {
  return maskMiddle(value, 3, 4, 4);
}

/**
 * `110101199003071234` → `11****************`: only the province is shown; shorter than 18
 * characters → all masked. The usual `110101********1234` is not enough here: a viewer who also
 * sees the birth year and exact age (as masked residents show them) narrows the birth date to about
 * a year, and region, sequence and check digit then leave some 30 candidates — the number rebuilt
 * in a few guesses. With the region, sequence and check digit hidden, millions remain.
 */
export function maskNationalId(value: string): string {
  return maskMiddle(value, 2, 0, 16);
}
