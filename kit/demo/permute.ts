/**
 * A keyed bijection on [0, size): spreads consecutive ordinals over the whole range so that unique
 * values (ID number parts, phone suffixes) look random yet can never repeat. A four-round Feistel
 * network on a square domain, cycle-walking back into range when the square is larger than `size`.
 */
export function permute(value: number, size: number, key: number): number {
  if (!Number.isInteger(value) || value < 0 || value >= size) throw new RangeError(`${value} is outside [0, ${size})`);
  const side = Math.ceil(Math.sqrt(size));
  let x = value;
  do {
    let left = Math.floor(x / side);
    let right = x % side;
    for (let round = 0; round < 4; round++) {
      [left, right] = [right, (left + mix(right, key + round)) % side];
    }
    x = left * side + right;
  } while (x >= size);
  return x;
}

// murmur3's 32-bit finaliser over the value and the round key: any fixed function works in a
// Feistel round; this one spreads small inputs well.
function mix(value: number, key: number): number {
  let h = Math.imul(value ^ Math.imul(key, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
