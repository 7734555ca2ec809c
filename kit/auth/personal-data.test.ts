import { AuditAction } from '../audit/audit-entry.entity';
import { RequestAudit } from '../audit/request-audit';
import { RevealReason } from '../audit/reveal-reason';
import { viewerWith } from '../testing/viewers';
import { mayRead, reveal } from './personal-data';
import { Role } from './role';

const subject = { type: 'Resident', id: 'r-1', subdistrictId: 's-1', communityId: 'c-1' };
const staffHere = viewerWith([Role.COMMUNITY_STAFF], ['c-1'], 'staff-1');
const staffElsewhere = viewerWith([Role.COMMUNITY_STAFF], ['c-2'], 'staff-2');
const mask = (value: string) => `masked(${value.length})`;
const at = new Date('2026-11-27T08:00:00Z');
const VISIT = RevealReason.HOUSEHOLD_VISIT;

test('an allowed read with a reason returns the value and notes exactly one audit entry naming viewer, subject, field and reason', () => {
  const audit = new RequestAudit(staffHere, 'req-1', at);
  expect(reveal({ viewer: staffHere, audit, reason: VISIT, subject, field: 'phone' }, '13812348000', mask)).toBe('13812348000');
  expect(audit.takeReads()).toEqual([
    {
      at,
      viewerId: 'staff-1',
      roles: [Role.COMMUNITY_STAFF],
      action: AuditAction.READ,
      subjectType: 'Resident',
      subjectId: 'r-1',
      field: 'phone',
      reason: VISIT,
      outcome: 'OK',
      requestId: 'req-1',
    },
  ]);
  expect(audit.takeReads()).toEqual([]);
});

test('without a reason the value stays masked even for an allowed role, and nothing is noted', () => {
  const audit = new RequestAudit(staffHere, 'req-1', at);
  expect(reveal({ viewer: staffHere, audit, reason: null, subject, field: 'phone' }, '13812348000', mask)).toBe('masked(11)');
  expect(mayRead({ viewer: staffHere, audit, reason: null, subject, field: 'membership' })).toBe(false);
  expect(audit.takeReads()).toEqual([]);
});

test('a masked read returns the mask and notes nothing', () => {
  const audit = new RequestAudit(staffElsewhere, 'req-1', at);
  expect(reveal({ viewer: staffElsewhere, audit, reason: VISIT, subject, field: 'phone' }, '13812348000', mask)).toBe('masked(11)');
  expect(reveal({ viewer: null, audit, reason: VISIT, subject, field: 'phone' }, '13812348000', mask)).toBe('masked(11)');
  expect(audit.takeReads()).toEqual([]);
});

test('a missing value stays missing and is no read', () => {
  const audit = new RequestAudit(staffHere, 'req-1', at);
  expect(reveal({ viewer: staffHere, audit, reason: VISIT, subject, field: 'phone' }, null, mask)).toBeNull();
  expect(audit.takeReads()).toEqual([]);
});

test('mayRead notes each allowed field once per request, honours the roles given, and is silent when refused', () => {
  const audit = new RequestAudit(staffHere, 'req-1', at);
  expect(mayRead({ viewer: staffHere, audit, reason: VISIT, subject, field: 'membership' })).toBe(true);
  expect(mayRead({ viewer: staffHere, audit, reason: VISIT, subject, field: 'membership' })).toBe(true);
  expect(mayRead({ viewer: staffHere, audit, reason: VISIT, subject, field: 'membership', roles: [Role.PARTY_ORGANIZER] })).toBe(false);
  expect(audit.takeReads().map(entry => entry.field)).toEqual(['membership']);
});

test('a grant (a mediator assigned to the case) reveals without role or scope, audited; without a viewer it reveals nothing', () => {
  const mediator = viewerWith([Role.MEDIATOR], [], 'mediator-1');
  const audit = new RequestAudit(mediator, 'req-2', at);
  const read = { audit, reason: RevealReason.MEDIATION, subject, field: 'description', roles: [Role.COMMUNITY_STAFF] };
  expect(reveal({ ...read, viewer: mediator }, 'details', mask)).toBe('masked(7)');
  expect(audit.takeReads()).toEqual([]);
  expect(reveal({ ...read, viewer: mediator, granted: true }, 'details', mask)).toBe('details');
  expect(audit.takeReads()).toEqual([
    expect.objectContaining({ viewerId: 'mediator-1', subjectId: 'r-1', field: 'description', reason: RevealReason.MEDIATION }),
  ]);
  expect(reveal({ ...read, viewer: null, granted: true }, 'details', mask)).toBe('masked(7)');
});
