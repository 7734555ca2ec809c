import { complementarySuppression, type Partition } from './complementary-suppression';

/** Every published whole minus its published parts: the sum of its hidden parts. One hidden part alone would be disclosed. */
function disclosed(partitions: Partition[], hidden: Set<string>): string[] {
  return partitions.flatMap(({ parent, children }) => {
    if (hidden.has(parent)) return [];
    const secret = children.filter((child) => hidden.has(child));
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
