import { Role } from '../kit/auth/role';
import { demoId } from '../kit/demo/ids';
import { makeNationalId } from '../kit/personal/national-id';
import { syncTerritory, type TerritorySyncOptions } from '../kit/territory/territory-sync';
import { startSupergraph, type Supergraph } from './support/supergraph';

const PAGE_SIZE = 100;

const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }
`;
const REGISTER_RESIDENT = /* GraphQL */ `
  mutation($input: RegisterResidentInput!) { registerResident(input: $input) { resident { id } } }
`;
const REGISTER_MEMBER = /* GraphQL */ `
  mutation($input: RegisterPartyMemberInput!) { registerPartyMember(input: $input) { member { id } } }
`;

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph();
});
afterAll(() => supergraph.close());

/** Runs the sync against the harness's gateway, counting the requests it makes. */
async function sync(options: Partial<TerritorySyncOptions> = {}) {
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests += 1;
    return fetch(input, init);
  };
  const { grids } = supergraph.queryLogs;
  const party = supergraph.queryLogs.party;
  grids.reset();
  party.reset();
  const report = await syncTerritory(supergraph.em('party'), {
    gatewayUrl: supergraph.url, tokenSettings: supergraph.tokenSettings, pageSize: PAGE_SIZE, fetch: counting, ...options,
  });
  const writes = party.statements.filter((statement) => /\b(insert|update|delete)\b/i.test(statement));
  return { report, requests, gridsStatements: grids.count, writes };
}

async function treeSize(): Promise<number> {
  const service = await supergraph.token({ roles: [Role.SERVICE], subject: 'party-territory-sync' });
  const result = await supergraph.query('{ territoryPlaces(first: 1) { totalCount } }', {}, service);
  expect(result.body.errors).toBeUndefined();
  return result.body.data.territoryPlaces.totalCount;
}

test('a resident registered in grids is unknown to party until the sync runs; the sync is idempotent and costs one request a page', async () => {
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const community = supergraph.territory.communities.find((candidate) => candidate.name === '文兴社区')!;
  const building = supergraph.territory.buildings.find((candidate) => candidate.communityId === community.id)!;

  const household = await supergraph.query(REGISTER_HOUSEHOLD, { input: { buildingId: building.id, unit: 1, room: '199' } }, admin);
  expect(household.body.errors).toBeUndefined();
  const householdId = household.body.data.registerHousehold.household.id;
  const resident = await supergraph.query(REGISTER_RESIDENT, {
    input: { householdId, name: '同步测试', nationalId: makeNationalId('140213', '1979-03-14', 901, false), isHead: true },
  }, admin);
  expect(resident.body.errors).toBeUndefined();
  const residentId = resident.body.data.registerResident.resident.id;

  const member = { residentId, organizationId: demoId([community.id, 'party-committee']), category: 'DIRECT', joinedOn: '2001-07-01' };
  const refused = await supergraph.query(REGISTER_MEMBER, { input: member }, admin);
  expect(refused.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.residentId' }) })]);

  const total = await treeSize();
  const first = await sync();
  expect(first.report).toEqual(expect.objectContaining({ read: total, inserted: 2, updated: 0, unchanged: total - 2 }));
  const pages = Math.ceil(total / PAGE_SIZE);
  expect(first.report.pages).toBe(pages);
  expect(first.requests).toBe(pages);
  // grids: one statement a page, one more where a page crosses a level; party: only the territory table is written.
  expect(first.gridsStatements).toBeLessThanOrEqual(pages + 5);
  expect(first.writes.length).toBeGreaterThan(0);
  for (const write of first.writes) expect(write).toMatch(/territory/);

  const registered = await supergraph.query(REGISTER_MEMBER, { input: member }, admin);
  expect(registered.body.errors).toBeUndefined();
  expect(registered.body.data.registerPartyMember.member.id).toEqual(expect.any(String));

  const again = await sync();
  expect(again.report).toEqual(expect.objectContaining({ read: total, inserted: 0, updated: 0, unchanged: total, pages }));
  expect(again.requests).toBe(pages);
  expect(again.writes).toEqual([]);
  // The copy carries where compounds and buildings are, as grids holds them (service circles are measured from them).
  const [compound] = supergraph.territory.compounds;
  const [located] = await supergraph.em('party').getConnection().execute('select latitude, longitude from territory where id = ?', [compound.id]);
  expect([Number(located.latitude), Number(located.longitude)]).toEqual([compound.latitude, compound.longitude]);
});

test('a move in grids reaches party as an update of that one resident', async () => {
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const [building] = supergraph.territory.buildings;
  const [from, to] = [...supergraph.territory.households(building)];
  const [mover] = [...supergraph.territory.residents(from)];
  const moved = await supergraph.query(
    'mutation($input: MoveResidentInput!) { moveResident(input: $input) { resident { id } } }',
    { input: { residentId: mover.id, toHouseholdId: to.id } },
    admin,
  );
  expect(moved.body.errors).toBeUndefined();

  const { report } = await sync({ pageSize: 1000 });
  expect(report).toEqual(expect.objectContaining({ inserted: 0, updated: 1, pages: Math.ceil((await treeSize()) / 1000) }));
  const [row] = await supergraph.em('party').getConnection().execute('select household_id from territory where id = ?', [mover.id]);
  expect(row.household_id).toBe(to.id);
});

test('a sync with a token the gateway refuses fails loudly and writes nothing', async () => {
  const party = supergraph.queryLogs.party;
  party.reset();
  await expect(sync({ tokenSettings: { ...supergraph.tokenSettings, secret: new Uint8Array(32) } })).rejects.toThrow(/UNAUTHENTICATED/);
  expect(party.count).toBe(0);
});
