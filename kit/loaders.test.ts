import { byKeys, groupByKeys } from './loaders';

test('byKeys keeps the order of the keys and gives null for a missing row', () => {
  const rows = [{ id: 'b' }, { id: 'a' }];
  expect(byKeys(['a', 'x', 'b'], rows, (row) => row.id)).toEqual([{ id: 'a' }, null, { id: 'b' }]);
});

test('groupByKeys keeps key order and row order, and gives [] for a key without rows', () => {
  const rows = [{ parent: 'p2', n: 1 }, { parent: 'p1', n: 2 }, { parent: 'p2', n: 3 }];
  expect(groupByKeys(['p1', 'p3', 'p2'], rows, (row) => row.parent)).toEqual([
    [{ parent: 'p1', n: 2 }],
    [],
    [{ parent: 'p2', n: 1 }, { parent: 'p2', n: 3 }],
  ]);
});
