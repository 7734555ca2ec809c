import { captureLog } from '../testing/captured-log';
import { viewerWith } from '../testing/viewers';
import { mayRead, reveal } from './personal-data';
import { Role } from './role';

const subject = { type: 'Resident', id: 'r-1', subdistrictId: 's-1', communityId: 'c-1' };
const staffHere = viewerWith([Role.COMMUNITY_STAFF], ['c-1'], 'staff-1');
const staffElsewhere = viewerWith([Role.COMMUNITY_STAFF], ['c-2'], 'staff-2');
const mask = (value: string) => `masked(${value.length})`;

test('an allowed read returns the value and writes exactly one audit line naming viewer, subject and field', () => {
  const { log, lines } = captureLog();
  expect(reveal({ viewer: staffHere, log, subject, field: 'phone' }, '13812348000', mask)).toBe('13812348000');
  expect(lines()).toHaveLength(1);
  expect(lines()[0]).toMatchObject({ audit: 'personal-data-read', viewer: 'staff-1', subjectType: 'Resident', subjectId: 'r-1', field: 'phone' });
});

test('a masked read returns the mask and writes no audit line', () => {
  const { log, lines } = captureLog();
  expect(reveal({ viewer: staffElsewhere, log, subject, field: 'phone' }, '13812348000', mask)).toBe('masked(11)');
  expect(reveal({ viewer: null, log, subject, field: 'phone' }, '13812348000', mask)).toBe('masked(11)');
  expect(lines()).toEqual([]);
});

test('a missing value stays missing and is no read', () => {
  const { log, lines } = captureLog();
  expect(reveal({ viewer: staffHere, log, subject, field: 'phone' }, null, mask)).toBeNull();
  expect(lines()).toEqual([]);
});

test('mayRead audits each allowed call once, honours the roles given, and is silent when refused', () => {
  const { log, lines } = captureLog();
  expect(mayRead({ viewer: staffHere, log, subject, field: 'membership' })).toBe(true);
  expect(mayRead({ viewer: staffHere, log, subject, field: 'membership', roles: [Role.PARTY_ORGANIZER] })).toBe(false);
  expect(lines().map((line) => line.field)).toEqual(['membership']);
});

test('a grant (a mediator assigned to the case) reveals without role or scope, audited; without a viewer it reveals nothing', () => {
  const { log, lines } = captureLog();
  const mediator = viewerWith([Role.MEDIATOR], [], 'mediator-1');
  const read = { log, subject, field: 'description', roles: [Role.COMMUNITY_STAFF] };
  expect(reveal({ ...read, viewer: mediator }, 'details', mask)).toBe('masked(7)');
  expect(lines()).toEqual([]);
  expect(reveal({ ...read, viewer: mediator, granted: true }, 'details', mask)).toBe('details');
  expect(lines()).toEqual([expect.objectContaining({ audit: 'personal-data-read', viewer: 'mediator-1', subjectId: 'r-1', field: 'description' })]);
  expect(reveal({ ...read, viewer: null, granted: true }, 'details', mask)).toBe('masked(7)');
});
