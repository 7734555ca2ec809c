import { encodeCursor, offsetAfter } from './cursor';

test('a cursor points one past its item', () => {
  expect(offsetAfter(undefined)).toBe(0);
  expect(offsetAfter(encodeCursor(0))).toBe(1);
  expect(offsetAfter(encodeCursor(41))).toBe(42);
});

test.each(['', 'garbage', Buffer.from('offset:-1').toString('base64url'), Buffer.from('offset:1.5').toString('base64url')])(
  'refuses the forged cursor %p as BAD_USER_INPUT on after',
  (cursor) => {
    expect(() => offsetAfter(cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
  },
);
