import { complementarySuppression, type Partition } from './complementary-suppression';

/**
 * Each partition is an equation, whole = sum of parts: one hidden count alone in it follows from
 * the published others (a part by subtraction, a whole by addition).
 */
function disclosed(partitions: Partition[], hidden: Set<string>): string[] {
  return partitions.flatMap(({ parent, children }) => {
    const secret = [parent, ...children].filter((cell) => hidden.has(cell));
    return secret.length === 1 ? secret : [];
  });
}

test('a lone small part of a published whole is hidden together with the smallest other non-zero part', () => {
  // Compound C = 20: buildings b1 = 2 (small), b2 = 0, b3 = 7, b4 = 11.
  const counts = new Map([['C', 20], ['b1', 2], ['b2', 0], ['b3', 7], ['b4', 11]]);
  const partitions = [{ parent: 'C', children: ['b1', 'b2', 'b3', 'b4'] }];
  const hidden = complementarySuppression(counts, partitions);
  expect([...hidden].sort()).toEqual(['b1', 'b3']);
  expect(disclosed(partitions, hidden)).toEqual([]);
});

test('a whole with a single non-zero part is hidden with it', () => {
  const counts = new Map([['C', 3], ['b1', 3], ['b2', 0]]);
  expect([...complementarySuppression(counts, [{ parent: 'C', children: ['b1', 'b2'] }])].sort()).toEqual(['C', 'b1']);
});

test('overlapping partitions are settled together: a part hidden for one whole is covered in the other', () => {
  // Buildings b1..b4 lie in compounds P (b1, b2) and Q (b3, b4), and in grids G (b1, b3) and H (b2, b4).
  const counts = new Map([['b1', 1], ['b2', 9], ['b3', 6], ['b4', 8], ['P', 10], ['Q', 14], ['G', 7], ['H', 17]]);
  const partitions = [
    { parent: 'P', children: ['b1', 'b2'] },
    { parent: 'Q', children: ['b3', 'b4'] },
    { parent: 'G', children: ['b1', 'b3'] },
    { parent: 'H', children: ['b2', 'b4'] },
  ];
  const hidden = complementarySuppression(counts, partitions);
  expect(hidden.has('b1')).toBe(true);
  expect(disclosed(partitions, hidden)).toEqual([]);
});

test('a whole hidden to protect a part elsewhere is not left to be summed from its own parts (regression)', () => {
  // Subdistrict S = communities C1 12 + C2 3 + C3 20; C1 = ledgers x 6 + y 6. C2 is small; C1 is
  // hidden beside it; then C1 = x + y would give C1, and S − C1 − C3 would give C2: x goes too.
  const counts = new Map([['S', 35], ['C1', 12], ['C2', 3], ['C3', 20], ['x', 6], ['y', 6]]);
  const partitions = [
    { parent: 'S', children: ['C1', 'C2', 'C3'] },
    { parent: 'C1', children: ['x', 'y'] },
  ];
  const hidden = complementarySuppression(counts, partitions);
  expect([...hidden].sort()).toEqual(['C1', 'C2', 'x']);
  expect(disclosed(partitions, hidden)).toEqual([]);
});
