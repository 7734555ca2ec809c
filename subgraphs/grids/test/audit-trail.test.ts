import { AuditEntry } from '../../../kit/audit/audit-entry.entity';
import { AUDIT_UNAVAILABLE } from '../../../kit/audit/audit-plugin';
import { Role } from '../../../kit/auth/role';
import { makeNationalId } from '../../../kit/personal/national-id';
import { auditEntries } from '../../../kit/testing/audit-entries';
import { captureLog } from '../../../kit/testing/captured-log';
import { errorCodes } from '../../../kit/testing/execute';
import { raceOverHttp, tallyOutcomes } from '../../../kit/testing/race';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { Resident } from '../resident/resident.entity';
import { gridsSubgraph } from '../server';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

/**
 * The grids subgraph's audit trail (kit/audit): one entry per mutation and per unmasked read,
 * counted by hand from the operations and the demo territory; a hash chain that verifies and finds
 * a tampered entry; writes that fail closed; one chain under twenty concurrent commands.
 */

const REGISTER = 'mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { resident { id } } }';
const PERSONAL = /* GraphQL */ `
  query ($id: ID!, $reason: RevealReason) {
    resident(id: $id) {
      name(reveal: $reason)
      phone(reveal: $reason)
      nationalId(reveal: $reason)
      again: nationalId(reveal: $reason)
    }
  }
`;
const CHAIN = '{ gridsAuditChain { verified entries firstBrokenSequence } }';
const TRAIL = /* GraphQL */ `
  query ($first: Int, $after: String, $where: AuditTrailFilter) {
    gridsAuditTrail(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          sequence
          viewerId
          roles
          action
          subjectType
          subjectId
          field
          reason
          outcome
          requestId
          previousHash
          hash
        }
      }
    }
  }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

function household(index = 0) {
  return [...fixture.territory.households(fixture.territory.buildings[index])][0];
}
/** A resident of the demo territory with a phone number: three personal fields to read. */
function residentWithPhone() {
  for (const building of fixture.territory.buildings) {
    for (const home of fixture.territory.households(building)) {
      const found = [...fixture.territory.residents(home)].find(resident => resident.phone !== null);
      if (found) return found;
    }
  }
  throw new Error('the tiny territory has a resident with a phone');
}
const staffOf = (communityId: string, id: string) => viewerWith([Role.COMMUNITY_STAFF], [communityId], id);
const table = () => fixture.em().getMetadata().get(AuditEntry.name).tableName;

test('a mutation writes one entry naming the row it made; a refused one writes one entry with its code and changes nothing', async () => {
  const home = household();
  const staff = staffOf(home.communityId, 'staff-audit-1');
  const input = { householdId: home.id, name: '审计登记', nationalId: makeNationalId('140213', '1985-02-03', 778, true) };
  const ok = await fixture.run(staff, REGISTER, { input }, { requestId: 'mutation-ok' });
  expect(ok.errors).toBeUndefined();
  const again = await fixture.run(staff, REGISTER, { input }, { requestId: 'mutation-refused' });
  expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);

  const entries = await auditEntries(fixture.em(), { requestId: { $in: ['mutation-ok', 'mutation-refused'] } });
  expect(
    entries.map(({ viewerId, roles, action, subjectType, subjectId, field, reason, outcome, requestId }) => ({
      viewerId,
      roles,
      action,
      subjectType,
      subjectId,
      field,
      reason,
      outcome,
      requestId,
    })),
  ).toEqual([
    {
      viewerId: 'staff-audit-1',
      roles: [Role.COMMUNITY_STAFF],
      action: 'MUTATION',
      subjectType: 'Resident',
      subjectId: ok.data.registerResident.resident.id,
      field: 'registerResident',
      reason: null,
      outcome: 'OK',
      requestId: 'mutation-ok',
    },
    {
      viewerId: 'staff-audit-1',
      roles: [Role.COMMUNITY_STAFF],
      action: 'MUTATION',
      subjectType: null,
      subjectId: null,
      field: 'registerResident',
      reason: null,
      outcome: 'BAD_USER_INPUT',
      requestId: 'mutation-refused',
    },
  ]);
  expect(await fixture.em().count(Resident, { nationalId: input.nationalId })).toBe(1);
});

test('an unmasked read writes one entry per field and resident, the same field asked twice once; masked reads write none', async () => {
  const resident = residentWithPhone();
  const staff = staffOf(resident.communityId, 'staff-audit-2');
  const shown = await fixture.run(staff, PERSONAL, { id: resident.id, reason: 'GRID_EVENT_HANDLING' }, { requestId: 'read-unmasked' });
  expect(shown.data.resident).toEqual({ name: resident.name, phone: resident.phone, nationalId: resident.nationalId, again: resident.nationalId });
  await fixture.run(staff, PERSONAL, { id: resident.id }, { requestId: 'read-no-reason' });
  await fixture.run(
    viewerWith([Role.PARTY_ORGANIZER], [resident.communityId]),
    PERSONAL,
    { id: resident.id, reason: 'PARTY_AFFAIRS' },
    { requestId: 'read-not-allowed' },
  );

  // name, phone, nationalId (asked twice): three entries, all for the one request that gave a reason and was allowed.
  const entries = await auditEntries(fixture.em(), { requestId: { $in: ['read-unmasked', 'read-no-reason', 'read-not-allowed'] } });
  expect(entries.map(({ action, subjectType, subjectId, field, reason, requestId }) => ({ action, subjectType, subjectId, field, reason, requestId }))).toEqual(
    ['name', 'phone', 'nationalId'].map(field => ({
      action: 'READ',
      subjectType: 'Resident',
      subjectId: resident.id,
      field,
      reason: 'GRID_EVENT_HANDLING',
      requestId: 'read-unmasked',
    })),
  );
});

test('city admins read the trail page by page, newest first, filtered; everyone else is FORBIDDEN', async () => {
  const resident = residentWithPhone();
  await fixture.run(cityAdmin, PERSONAL, { id: resident.id, reason: 'EMERGENCY' }, { requestId: 'trail-read' });
  const first = await fixture.run(cityAdmin, TRAIL, { first: 2, where: { requestId: 'trail-read' } });
  expect(first.errors).toBeUndefined();
  expect(first.data.gridsAuditTrail.totalCount).toBe(3);
  expect(first.data.gridsAuditTrail.edges.map((edge: any) => edge.node.field)).toEqual(['nationalId', 'phone']);
  const rest = await fixture.run(cityAdmin, TRAIL, { first: 2, after: first.data.gridsAuditTrail.pageInfo.endCursor, where: { requestId: 'trail-read' } });
  expect(rest.data.gridsAuditTrail.edges.map((edge: any) => edge.node.field)).toEqual(['name']);
  expect(rest.data.gridsAuditTrail.pageInfo.hasNextPage).toBe(false);
  expect(rest.data.gridsAuditTrail.edges[0].node).toMatchObject({
    viewerId: cityAdmin.id,
    roles: [Role.CITY_ADMIN],
    reason: 'EMERGENCY',
    subjectId: resident.id,
  });

  for (const role of [Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.BI_ANALYST, Role.PARTNER_AGENCY, Role.SERVICE]) {
    const viewer = viewerWith([role], [resident.communityId]);
    expect(errorCodes(await fixture.run(viewer, TRAIL, {}))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await fixture.run(viewer, CHAIN))).toEqual(['FORBIDDEN']);
  }
  expect(errorCodes(await fixture.run(cityAdmin, TRAIL, { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
});

test('the chain verifies; an entry changed in the database is found, and the chain verifies again once it is put back', async () => {
  await fixture.run(cityAdmin, PERSONAL, { id: residentWithPhone().id, reason: 'HOUSEHOLD_VISIT' }, { requestId: 'chain-read' });
  const total = await fixture.em().count(AuditEntry);
  expect((await fixture.run(cityAdmin, CHAIN)).data.gridsAuditChain).toEqual({ verified: true, entries: total, firstBrokenSequence: null });

  const [victim] = await auditEntries(fixture.em(), { requestId: 'chain-read' });
  const em = fixture.em();
  await em.execute(`update ${table()} set viewer_id = 'someone-else' where sequence = ?`, [victim.sequence]);
  expect((await fixture.run(cityAdmin, CHAIN)).data.gridsAuditChain).toEqual({
    verified: false,
    entries: victim.sequence - 1,
    firstBrokenSequence: victim.sequence,
  });
  await em.execute(`update ${table()} set viewer_id = ? where sequence = ?`, [victim.viewerId, victim.sequence]);
  expect((await fixture.run(cityAdmin, CHAIN)).data.gridsAuditChain.verified).toBe(true);
});

describe('fail closed: with the audit table gone', () => {
  const moved = 'audit_entry_moved_away';
  beforeEach(() => fixture.em().execute(`alter table ${table()} rename to ${moved}`));
  afterEach(() => fixture.em().execute(`alter table ${moved} rename to ${table()}`));

  test('a mutation is refused as INTERNAL and its change rolled back', async () => {
    const home = household(1);
    const nationalId = makeNationalId('140213', '1991-07-08', 553, false);
    const result = await fixture.run(staffOf(home.communityId, 'staff-audit-3'), REGISTER, { input: { householdId: home.id, name: '不应登记', nationalId } });
    expect(errorCodes(result)).toEqual(['INTERNAL']);
    expect(result.data?.registerResident ?? null).toBeNull();
    expect(await fixture.em().count(Resident, { nationalId })).toBe(0);
  });

  test('an unmasked read answers with an error and no data at all', async () => {
    const resident = residentWithPhone();
    const result = await fixture.run(cityAdmin, PERSONAL, { id: resident.id, reason: 'HOUSEHOLD_VISIT' });
    expect(result).toEqual({ data: null, errors: [{ message: AUDIT_UNAVAILABLE, extensions: { code: 'INTERNAL' } }] });
    expect(JSON.stringify(result)).not.toContain(resident.nationalId);
  });

  test('a masked read needs no audit and still answers', async () => {
    const resident = residentWithPhone();
    const result = await fixture.run(cityAdmin, PERSONAL, { id: resident.id });
    expect(result.errors).toBeUndefined();
    expect(result.data.resident.nationalId).not.toBe(resident.nationalId);
  });
});

test('twenty concurrent requests over HTTP, commands and unmasked reads, append to one unbroken chain', async () => {
  const home = household(2);
  const staff = staffOf(home.communityId, 'staff-audit-race');
  const neighbour = [...fixture.territory.residents(home)].find(resident => resident.phone !== null) ?? [...fixture.territory.residents(home)][0];
  const before = await fixture.em().count(AuditEntry);
  // Commands take grids' outbox lock, which alone would make them take turns; the reads take none,
  // so only the audit trail's own lock keeps their appends from forking the chain.
  const results = await raceOverHttp(
    gridsSubgraph,
    fixture.orm,
    staff,
    Array.from({ length: 20 }, (_value, index) =>
      index % 2 === 0
        ? {
            query: REGISTER,
            variables: {
              input: { householdId: home.id, name: `并发审计${index}`, nationalId: makeNationalId('140213', '1960-01-01', 401 + index * 2, false) },
            },
          }
        : { query: PERSONAL, variables: { id: neighbour.id, reason: 'HOUSEHOLD_VISIT' } },
    ),
  );
  expect(tallyOutcomes(results)).toEqual({ ok: 20 });
  // Ten commands, one entry each; ten reads of name, phone (when the neighbour has one) and nationalId.
  const perRead = neighbour.phone === null ? 2 : 3;
  const entries = await auditEntries(fixture.em(), { viewerId: 'staff-audit-race' });
  expect(entries.filter(entry => entry.action === 'MUTATION')).toHaveLength(10);
  expect(entries.filter(entry => entry.action === 'READ')).toHaveLength(10 * perRead);
  expect(new Set(entries.map(entry => entry.requestId)).size).toBe(20);
  expect(await fixture.em().count(AuditEntry)).toBe(before + 10 + 10 * perRead);
  expect((await fixture.run(cityAdmin, CHAIN)).data.gridsAuditChain).toEqual({
    verified: true,
    entries: before + 10 + 10 * perRead,
    firstBrokenSequence: null,
  });
});

test('unmasked reads finishing together share an append: fewer transactions than requests, each request\'s entries together, one chain', async () => {
  const home = household(4);
  const readers = [...fixture.territory.residents(home)];
  const requests = 12;
  const before = await fixture.em().count(AuditEntry);
  fixture.queryLog.reset();
  const results = await raceOverHttp(
    gridsSubgraph,
    fixture.orm,
    cityAdmin,
    Array.from({ length: requests }, (_value, index) => ({ query: PERSONAL, variables: { id: readers[index % readers.length].id, reason: 'REGISTRATION_CHECK' } })),
  );
  expect(tallyOutcomes(results)).toEqual({ ok: requests });
  // Each append reads the chain's last entry once: one read of it per transaction.
  const appends = fixture.queryLog.statements.filter(statement => /select sequence, hash from/i.test(statement)).length;
  expect(appends).toBeGreaterThan(0);
  expect(appends).toBeLessThan(requests);
  const entries = (await auditEntries(fixture.em())).slice(before);
  const perRequest = (resident: (typeof readers)[number]) => (resident.phone === null ? 2 : 3);
  const expected = Array.from({ length: requests }, (_value, index) => perRequest(readers[index % readers.length])).reduce((sum, count) => sum + count, 0);
  expect(entries).toHaveLength(expected);
  const sequencesOf = new Map<string, number[]>();
  for (const entry of entries) sequencesOf.set(entry.requestId, [...(sequencesOf.get(entry.requestId) ?? []), entry.sequence]);
  expect(sequencesOf.size).toBe(requests);
  for (const sequences of sequencesOf.values()) expect(sequences.at(-1)! - sequences[0] + 1).toBe(sequences.length);
  expect((await fixture.run(cityAdmin, CHAIN)).data.gridsAuditChain).toEqual({ verified: true, entries: before + expected, firstBrokenSequence: null });
});

test('no log line of reads, commands, refusals and audit failures holds a full ID or phone number', async () => {
  const captured = captureLog();
  const request = (requestId: string) => ({ log: captured.log, requestId });
  const resident = residentWithPhone();
  const home = household(3);
  const staff = staffOf(home.communityId, 'staff-audit-log');
  const nationalId = makeNationalId('140213', '1979-11-30', 614, true);
  const phone = '13912345678';
  await fixture.run(cityAdmin, PERSONAL, { id: resident.id, reason: 'HOUSEHOLD_VISIT' }, request('log-read'));
  await fixture.run(staff, REGISTER, { input: { householdId: home.id, name: '日志测试', nationalId, phone } }, request('log-register'));
  await fixture.run(staff, REGISTER, { input: { householdId: home.id, name: '日志测试', nationalId, phone } }, request('log-duplicate'));
  await fixture.run(
    staff,
    REGISTER,
    { input: { householdId: home.id, name: '日志测试', nationalId: `${nationalId.slice(0, 17)}0`, phone: '1391234567' } },
    request('log-invalid'),
  );
  await fixture.em().execute(`alter table ${table()} rename to audit_entry_log_test`);
  try {
    await fixture.run(cityAdmin, PERSONAL, { id: resident.id, reason: 'HOUSEHOLD_VISIT' }, request('log-audit-down'));
    await fixture.run(
      staff,
      REGISTER,
      { input: { householdId: home.id, name: '日志测试', nationalId: makeNationalId('140213', '1979-11-30', 616, true), phone } },
      request('log-audit-down-2'),
    );
  } finally {
    await fixture.em().execute(`alter table audit_entry_log_test rename to ${table()}`);
  }
  const text = captured.text();
  // Something was logged (the audit failures at least), so the absence below means something.
  expect(captured.lines().length).toBeGreaterThan(0);
  // Digits bounded by non-digits: a log line's 13-digit epoch time is neither.
  expect(text).not.toMatch(/(?<!\d)\d{17}[\dX](?!\d)/);
  expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  for (const value of [resident.nationalId, resident.phone!, nationalId, phone]) expect(text).not.toContain(value);
});
