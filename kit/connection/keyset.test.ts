import { encodeCursor } from './cursor';
import { encodeKeysetCursor, keysetAfter } from './keyset';

test('a keyset cursor carries its key back', () => {
  expect(keysetAfter(undefined, 2)).toBeNull();
  expect(keysetAfter(null, 2)).toBeNull();
  const key = ['HOUSEHOLD', '0b6c4c8e-6f0e-4c5a-9d55-6f1b1f1f4b2a'];
  expect(keysetAfter(encodeKeysetCursor(key), 2)).toEqual(key);
});

test.each([
  ['empty', ''],
  ['garbage', 'garbage'],
  ['an offset cursor', encodeCursor(3)],
  ['bad JSON', Buffer.from('keyset:[').toString('base64url')],
  ['not an array', Buffer.from('keyset:{"a":1}').toString('base64url')],
  ['the wrong arity', encodeKeysetCursor(['only-one'])],
  ['a number in the key', Buffer.from('keyset:["A",1]').toString('base64url')],
])('refuses %s as BAD_USER_INPUT on after', (_what, cursor) => {
  expect(() => keysetAfter(cursor, 2)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
});
