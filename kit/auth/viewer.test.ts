import { Role } from './role';
import { canActAt, placeOf } from './viewer';
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

describe('district level and placeOf', () => {
  test('a scope naming a district reaches a district-level place; a subdistrict scope does not', () => {
    expect(canActAt(viewerWith([Role.SUBDISTRICT_ADMIN], ['d-1']), [Role.SUBDISTRICT_ADMIN], { districtId: 'd-1' })).toBe(true);
    expect(canActAt(viewerWith([Role.SUBDISTRICT_ADMIN], ['s-1']), [Role.SUBDISTRICT_ADMIN], { districtId: 'd-1' })).toBe(false);
    expect(canActAt(viewerWith([Role.SUBDISTRICT_ADMIN], ['s-1']), [Role.SUBDISTRICT_ADMIN], { districtId: 'd-1', subdistrictId: 's-1' })).toBe(true);
  });

  test('placeOf copies the territorial ids a source has, and nothing else', () => {
    const building = { id: 'b-1', number: '48', subdistrictId: 's-1', communityId: 'c-1', compoundId: 'p-1', gridId: 'g-1' };
    expect(placeOf(building)).toEqual({ subdistrictId: 's-1', communityId: 'c-1', compoundId: 'p-1', gridId: 'g-1' });
    expect(placeOf({ communityId: 'c-1', subdistrictId: 's-1', capacity: 3 })).toEqual({ subdistrictId: 's-1', communityId: 'c-1' });
  });
});
