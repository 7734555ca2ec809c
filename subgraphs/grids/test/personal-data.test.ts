import { Role } from '../../../kit/auth/role';
import type { Viewer } from '../../../kit/auth/viewer';
import { makeNationalId } from '../../../kit/personal/national-id';
import { auditEntries } from '../../../kit/testing/audit-entries';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

const RESIDENT = /* GraphQL */ `
  query Resident($id: ID!, $reason: RevealReason) {
    resident(id: $id) { name(reveal: $reason) phone(reveal: $reason) nationalId(reveal: $reason) birthDate(reveal: $reason) age gender }
  }
`;
const VISIT = { reason: 'HOUSEHOLD_VISIT' };

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

function resident() {
  const household = fixture.territory.households(fixture.territory.buildings[0]).next().value!;
  return fixture.territory.residents(household).next().value!;
}

test('a city admin reads personal fields unmasked when giving a reason, masked without one', async () => {
  const { data } = await fixture.run(cityAdmin, RESIDENT, { id: resident().id, ...VISIT });
  expect(data.resident).toMatchObject({ name: resident().name, phone: resident().phone, nationalId: resident().nationalId, birthDate: resident().birthDate });
  const masked = await fixture.run(cityAdmin, RESIDENT, { id: resident().id });
  expect(masked.data.resident.nationalId).not.toBe(resident().nationalId);
  expect(masked.data.resident.name).not.toBe(resident().name);
  expect(masked.data.resident.birthDate).toBe(`${resident().birthDate.slice(0, 4)}-**-**`);
});

test('community staff read them unmasked in their own community; another community answers as if there were no such resident', async () => {
  const own = viewerWith([Role.COMMUNITY_STAFF], [resident().communityId]);
  expect((await fixture.run(own, RESIDENT, { id: resident().id, ...VISIT })).data.resident.nationalId).toBe(resident().nationalId);
  const other = fixture.territory.communities.find((community) => community.id !== resident().communityId)!;
  const stranger = viewerWith([Role.COMMUNITY_STAFF], [other.id]);
  const outside = await fixture.run(stranger, RESIDENT, { id: resident().id, ...VISIT });
  const unknown = await fixture.run(stranger, RESIDENT, { id: '00000000-0000-4000-8000-000000000000', ...VISIT });
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

  test.each([Role.PARTY_ORGANIZER, Role.MEDIATOR, Role.SERVICE_POINT_OPERATOR])('%s sees name, phone, national ID and birth date masked, reason or not', async (role) => {
    const { data } = await fixture.run(viewerWith([role], fixture.territory.communities.map((community) => community.id)), RESIDENT, { id: residentId, ...VISIT });
    expect(data.resident).toMatchObject({
      name: '欧**明',
      phone: '138****8000',
      nationalId: '11****************',
      birthDate: '1990-**-**',
      gender: 'MALE',
    });
  });

  test('an unmasked read writes one audit entry per personal field, naming viewer, resident, field and reason; a masked one writes none', async () => {
    const read = async (viewer: Viewer, requestId: string) => {
      const result = await fixture.run(viewer, RESIDENT, { id: residentId, ...VISIT }, { requestId });
      expect(result.errors).toBeUndefined();
      return (await auditEntries(fixture.em(), { requestId })).map(({ viewerId, action, subjectType, subjectId, field, reason }) => ({ viewerId, action, subjectType, subjectId, field, reason }));
    };
    expect(await read(cityAdmin, 'masks-admin')).toEqual(
      ['name', 'phone', 'nationalId', 'birthDate'].map((field) => ({ viewerId: cityAdmin.id, action: 'READ', subjectType: 'Resident', subjectId: residentId, field, reason: 'HOUSEHOLD_VISIT' })),
    );
    expect(await read(viewerWith([Role.PARTY_ORGANIZER], fixture.territory.communities.map((community) => community.id)), 'masks-organizer')).toEqual([]);
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
  test('every unmasked read writes one audit entry naming who, which role, what, which field, why and the request', async () => {
    const staff = viewerWith([Role.COMMUNITY_STAFF], [resident().communityId], 'staff-7');
    const result = await fixture.run(staff, RESIDENT, { id: resident().id, reason: 'REGISTRATION_CHECK' }, { requestId: 'req-audit-1' });
    expect(result.data.resident.nationalId).toBe(resident().nationalId);
    const entries = await auditEntries(fixture.em(), { requestId: 'req-audit-1' });
    expect(entries.map((entry) => entry.field).sort()).toEqual(['birthDate', 'name', 'nationalId', 'phone'].filter((field) => field !== 'phone' || resident().phone !== null).sort());
    for (const entry of entries) {
      expect(entry).toMatchObject({ viewerId: 'staff-7', roles: [Role.COMMUNITY_STAFF], subjectType: 'Resident', subjectId: resident().id, reason: 'REGISTRATION_CHECK', outcome: 'OK' });
    }
  });

  test('a masked read writes no audit entry', async () => {
    await fixture.run(viewerWith([Role.PARTY_ORGANIZER], [resident().communityId]), RESIDENT, { id: resident().id, ...VISIT }, { requestId: 'req-masked-1' });
    await fixture.run(cityAdmin, RESIDENT, { id: resident().id }, { requestId: 'req-masked-2' });
    expect(await auditEntries(fixture.em(), { requestId: { $in: ['req-masked-1', 'req-masked-2'] } })).toEqual([]);
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
