import { Role } from '../../../kit/auth/role';
import type { Viewer } from '../../../kit/auth/viewer';
import { makeNationalId } from '../../../kit/personal/national-id';
import { captureLog } from '../../../kit/testing/captured-log';
import { execute } from '../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { gridsSubgraph } from '../server';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

const RESIDENT = /* GraphQL */ `
  query Resident($id: ID!) { resident(id: $id) { name phone nationalId birthDate age gender } }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

function resident() {
  const household = fixture.territory.households(fixture.territory.buildings[0]).next().value!;
  return fixture.territory.residents(household).next().value!;
}

test('a city admin reads personal fields unmasked', async () => {
  const { data } = await fixture.run(cityAdmin, RESIDENT, { id: resident().id });
  expect(data.resident).toMatchObject({ name: resident().name, phone: resident().phone, nationalId: resident().nationalId, birthDate: resident().birthDate });
});

test('community staff read them unmasked in their own community; another community answers as if there were no such resident', async () => {
  const own = viewerWith([Role.COMMUNITY_STAFF], [resident().communityId]);
  expect((await fixture.run(own, RESIDENT, { id: resident().id })).data.resident.nationalId).toBe(resident().nationalId);
  const other = fixture.territory.communities.find((community) => community.id !== resident().communityId)!;
  const stranger = viewerWith([Role.COMMUNITY_STAFF], [other.id]);
  const outside = await fixture.run(stranger, RESIDENT, { id: resident().id });
  const unknown = await fixture.run(stranger, RESIDENT, { id: '00000000-0000-4000-8000-000000000000' });
  expect(outside).toEqual({ data: { resident: null } });
  expect(outside).toEqual(unknown);
});

describe('masks, compared with literal expected values', () => {
  // Registered here with values chosen for the masks: a four-character name (复姓), an 11-digit phone.
  const nationalId = makeNationalId('110101', '1990-03-07', 123, false);
  let residentId: string;
  beforeAll(async () => {
    const building = fixture.territory.buildings.find((candidate) => candidate.units >= 1)!;
    const result = await fixture.run(cityAdmin, `mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { residents { edges { node { id } } } } } }`, {
      input: { buildingId: building.id, unit: 1, room: `${building.floors}66`, residents: [{ name: '欧阳小明', nationalId, phone: '13812348000', isHead: true }] },
    });
    expect(result.errors).toBeUndefined();
    residentId = result.data.registerHousehold.household.residents.edges[0].node.id;
  });

  test.each([Role.PARTY_ORGANIZER, Role.MEDIATOR, Role.SERVICE_POINT_OPERATOR])('%s sees name, phone, national ID and birth date masked', async (role) => {
    const { data } = await fixture.run(viewerWith([role], fixture.territory.communities.map((community) => community.id)), RESIDENT, { id: residentId });
    expect(data.resident).toMatchObject({
      name: '欧**明',
      phone: '138****8000',
      nationalId: '11****************',
      birthDate: '1990-**-**',
      gender: 'MALE',
    });
  });

  test('an unmasked read writes one audit line per personal field, naming viewer, resident and field; a masked one writes none', async () => {
    const read = async (viewer: Viewer) => {
      const { log, lines } = captureLog();
      const result = await execute(fixture.server.apollo, gridsSubgraph.createContext(fixture.em(), { viewer, requestId: 'audit', receivedAt: new Date(), log }), RESIDENT, { id: residentId });
      expect(result.errors).toBeUndefined();
      return lines().filter((line) => line.audit === 'personal-data-read');
    };
    const audited = await read(cityAdmin);
    expect(audited.map(({ viewer, subjectType, subjectId, field }) => ({ viewer, subjectType, subjectId, field }))).toEqual(
      ['name', 'phone', 'nationalId', 'birthDate'].map((field) => ({ viewer: cityAdmin.id, subjectType: 'Resident', subjectId: residentId, field })),
    );
    expect(await read(viewerWith([Role.PARTY_ORGANIZER], fixture.territory.communities.map((community) => community.id)))).toEqual([]);
  });
});

test.each([Role.BI_ANALYST, Role.PARTNER_AGENCY])('%s may not list residents, even masked', async (role) => {
  const viewer = viewerWith([role]);
  const household = fixture.territory.households(fixture.territory.buildings[0]).next().value!;
  const list = await fixture.run(viewer, 'query($id: ID!) { household(id: $id) { address residents { totalCount } } }', { id: household.id });
  expect(list.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  const one = await fixture.run(viewer, RESIDENT, { id: resident().id });
  expect(one.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  const entity = await fixture.run(viewer, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { age } } }', {
    r: [{ __typename: 'Resident', id: resident().id }],
  });
  expect(entity).toEqual({ data: { _entities: [null] } });
});

describe('audit', () => {
  const auditLines = (lines: Record<string, unknown>[]) => lines.filter((line) => line.audit === 'personal-data-read');

  test('every unmasked read writes one audit line naming who, which role, what, which field and the request', async () => {
    const captured = captureLog({ requestId: 'req-audit-1' });
    const staff = viewerWith([Role.COMMUNITY_STAFF], [resident().communityId], 'staff-7');
    const result = await fixture.run(staff, RESIDENT, { id: resident().id }, { log: captured.log, requestId: 'req-audit-1' });
    expect(result.data.resident.nationalId).toBe(resident().nationalId);
    const lines = auditLines(captured.lines());
    expect(lines.map((line) => line.field).sort()).toEqual(['birthDate', 'name', 'nationalId', 'phone'].filter((field) => field !== 'phone' || resident().phone !== null).sort());
    for (const line of lines) {
      expect(line).toMatchObject({ viewer: 'staff-7', roles: [Role.COMMUNITY_STAFF], subjectType: 'Resident', subjectId: resident().id, requestId: 'req-audit-1' });
      expect(typeof line.time).toBe('number');
    }
  });

  test('every mutation writes one audit line with who, which command and its outcome, never its input', async () => {
    const captured = captureLog({ requestId: 'req-mutation-1' });
    const household = fixture.territory.households(fixture.territory.buildings[0]).next().value!;
    const nationalId = makeNationalId('140213', '1985-02-03', 778, true);
    const register = 'mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { resident { id } } }';
    const staff = viewerWith([Role.COMMUNITY_STAFF], [household.communityId], 'staff-9');
    const input = { householdId: household.id, name: '审计测试', nationalId };
    const ok = await fixture.run(staff, register, { input }, { log: captured.log, requestId: 'req-mutation-1' });
    expect(ok.errors).toBeUndefined();
    // The same national ID again: refused, and audited as refused.
    await fixture.run(staff, register, { input }, { log: captured.log, requestId: 'req-mutation-1' });
    const lines = captured.lines().filter((line) => line.audit === 'mutation');
    expect(lines.map(({ viewer, roles, command, outcome, requestId }) => ({ viewer, roles, command, outcome, requestId }))).toEqual([
      { viewer: 'staff-9', roles: [Role.COMMUNITY_STAFF], command: 'registerResident', outcome: 'ok', requestId: 'req-mutation-1' },
      { viewer: 'staff-9', roles: [Role.COMMUNITY_STAFF], command: 'registerResident', outcome: 'BAD_USER_INPUT', requestId: 'req-mutation-1' },
    ]);
    expect(captured.text()).not.toContain(nationalId);
    expect(captured.text()).not.toContain('审计测试');
  });

  test('a masked read writes no audit line, and no log line ever holds the full ID or phone number', async () => {
    const captured = captureLog();
    await fixture.run(viewerWith([Role.PARTY_ORGANIZER], [resident().communityId]), RESIDENT, { id: resident().id }, { log: captured.log });
    expect(auditLines(captured.lines())).toEqual([]);
    await fixture.run(cityAdmin, RESIDENT, { id: resident().id }, { log: captured.log });
    expect(auditLines(captured.lines())).toHaveLength(resident().phone ? 4 : 3);
    expect(captured.text()).not.toContain(resident().nationalId);
    if (resident().phone) expect(captured.text()).not.toContain(resident().phone);
  });
});

test("residents are listed only in households inside the viewer's scope, like resident(id)", async () => {
  const household = fixture.territory.households(fixture.territory.buildings[0]).next().value!;
  const query = 'query ($id: ID!) { household(id: $id) { address residents { totalCount } } }';
  const own = await fixture.run(viewerWith([Role.MEDIATOR], [household.communityId]), query, { id: household.id });
  expect(own.errors).toBeUndefined();
  expect(own.data.household.residents.totalCount).toBeGreaterThan(0);
  const other = fixture.territory.communities.find((community) => community.id !== household.communityId)!;
  const outside = await fixture.run(viewerWith([Role.MEDIATOR], [other.id]), query, { id: household.id });
  expect(outside.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(outside.data?.household ?? null).toBeNull();
});
