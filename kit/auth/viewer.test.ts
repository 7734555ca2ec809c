import { Role } from './role';
import { canActAt } from './viewer';
import { viewerWith } from '../testing/viewers';

const place = { subdistrictId: 's1', communityId: 'c1', gridId: 'g1' };

test('city-wide roles reach every place', () => {
  expect(canActAt(viewerWith([Role.CITY_ADMIN]), [Role.CITY_ADMIN], place)).toBe(true);
});

test('scoped roles reach places under an id in their scope', () => {
  expect(canActAt(viewerWith([Role.COMMUNITY_STAFF], ['c1']), [Role.COMMUNITY_STAFF], place)).toBe(true);
  expect(canActAt(viewerWith([Role.SUBDISTRICT_ADMIN], ['s1']), [Role.SUBDISTRICT_ADMIN], place)).toBe(true);
  expect(canActAt(viewerWith([Role.GRID_WORKER], ['g1']), [Role.GRID_WORKER], place)).toBe(true);
  expect(canActAt(viewerWith([Role.COMMUNITY_STAFF], ['c2']), [Role.COMMUNITY_STAFF], place)).toBe(false);
});

test('a role not asked for does not count, nor does no viewer', () => {
  expect(canActAt(viewerWith([Role.MEDIATOR], ['c1']), [Role.COMMUNITY_STAFF], place)).toBe(false);
  expect(canActAt(null, [Role.COMMUNITY_STAFF], place)).toBe(false);
});
