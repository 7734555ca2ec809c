import { Role } from '../../../kit/auth/role';
import type { Viewer } from '../../../kit/auth/viewer';
import { makeNationalId } from '../../../kit/personal/national-id';
import { capturedLog } from '../../../kit/testing/captured-log';
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

test('community staff read them unmasked in their own community only', async () => {
  const own = viewerWith([Role.COMMUNITY_STAFF], [resident().communityId]);
  expect((await fixture.run(own, RESIDENT, { id: resident().id })).data.resident.nationalId).toBe(resident().nationalId);
  const other = fixture.territory.communities.find((community) => community.id !== resident().communityId)!;
  const stranger = viewerWith([Role.COMMUNITY_STAFF], [other.id]);
  const { data } = await fixture.run(stranger, RESIDENT, { id: resident().id });
  expect(data.resident.nationalId).not.toBe(resident().nationalId);
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
      nationalId: `110101********${nationalId.slice(14)}`,
      birthDate: '1990-**-**',
      gender: 'MALE',
    });
  });

  test('an unmasked read writes one audit line per personal field, naming viewer, resident and field; a masked one writes none', async () => {
    const read = async (viewer: Viewer) => {
      const { log, lines } = capturedLog();
      const result = await execute(fixture.server.apollo, gridsSubgraph.createContext(fixture.em(), { viewer, requestId: 'audit', log }), RESIDENT, { id: residentId });
      expect(result.errors).toBeUndefined();
      return lines.filter((line) => line.audit === 'personal-data-read');
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
  expect(entity.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
});
