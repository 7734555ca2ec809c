import pino from 'pino';
import { revealPersonal } from './personal-data';
import { Role } from './role';

const audited: unknown[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => audited.push(JSON.parse(line)) });
const subject = { type: 'MediationCase', id: 'case-1', subdistrictId: 'subdistrict-1', communityId: 'community-1' };
const mediator = { id: 'mediator-1', roles: [Role.MEDIATOR], scope: new Set<string>() };
const mask = () => '***';

beforeEach(() => {
  audited.length = 0;
});

describe('revealPersonal', () => {
  it('masks for a role not allowed, or allowed but out of scope, and audits nothing', () => {
    expect(revealPersonal({ viewer: mediator, log, subject, field: 'description', roles: [Role.COMMUNITY_STAFF] }, 'details', mask)).toBe('***');
    const staffElsewhere = { id: 'staff', roles: [Role.COMMUNITY_STAFF], scope: new Set(['community-2']) };
    expect(revealPersonal({ viewer: staffElsewhere, log, subject, field: 'description', roles: [Role.COMMUNITY_STAFF] }, 'details', mask)).toBe('***');
    expect(audited).toEqual([]);
  });

  it('reveals to a viewer granted it otherwise (assigned to the case), and audits the read', () => {
    expect(revealPersonal({ viewer: mediator, log, subject, field: 'description', roles: [Role.COMMUNITY_STAFF], granted: true }, 'details', mask)).toBe('details');
    expect(audited).toEqual([expect.objectContaining({ audit: 'personal-data-read', viewer: 'mediator-1', subjectType: 'MediationCase', subjectId: 'case-1', field: 'description' })]);
  });

  it('a grant without a viewer reveals nothing', () => {
    expect(revealPersonal({ viewer: null, log, subject, field: 'description', granted: true }, 'details', mask)).toBe('***');
  });
});
