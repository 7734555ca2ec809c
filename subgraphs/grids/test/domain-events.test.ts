import { Role } from '../../../kit/auth/role';
import { OutboxEvent } from '../../../kit/events/outbox-event.entity';
import { makeNationalId } from '../../../kit/personal/national-id';
import { errorCodes } from '../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { commandOperation, createGridEventFixture, type GridEventFixture } from '../grid-event/test/grid-event-fixture';
import { GridEventCommand, GridEventState } from '../grid-event/lifecycle';

/**
 * What grids writes into its outbox (DESIGN: domain events): one event per change to the tree and
 * per grid-event transition, in the transaction of the change, ids and codes only; nothing for a
 * command that fails, even one that fails after writing.
 */

const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id residents { edges { node { id } } } } } }
`;
const REGISTER_RESIDENT = /* GraphQL */ `mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { resident { id } } }`;
const MOVE_RESIDENT = /* GraphQL */ `mutation ($input: MoveResidentInput!) { moveResident(input: $input) { resident { id } } }`;
const REPORT = /* GraphQL */ `mutation ($input: ReportGridEventInput!) { reportGridEvent(input: $input) { gridEvent { id } } }`;
const FEED = /* GraphQL */ `
  query ($after: Int!, $first: Int!, $waitMs: Int) { gridsEvents(after: $after, first: $first, waitMs: $waitMs) { headSequence events { sequence type aggregateId payload occurredAt requestId } } }
`;

let fixture: GridEventFixture;
beforeAll(async () => {
  fixture = await createGridEventFixture();
});
afterAll(() => fixture.close());

const service = viewerWith([Role.SERVICE], [], 'party-events');

async function outbox(): Promise<OutboxEvent[]> {
  return fixture.em().find(OutboxEvent, {}, { orderBy: { sequence: 'asc' } });
}

/** Events written since `before` rows, payloads parsed. */
async function newEvents(before: number) {
  return (await outbox()).slice(before).map((row) => ({ ...row, payload: JSON.parse(row.payload) }));
}

let idSequence = 301;
function nationalId(): string {
  idSequence += 2;
  return makeNationalId('140213', '1985-09-09', idSequence, false);
}

function buildingOf() {
  return fixture.territory.buildings.find((candidate) => candidate.units >= 2)!;
}

test('registering a household writes one territory.place.upserted per place, with the ancestry from its building, in one transaction', async () => {
  const building = buildingOf();
  const before = (await outbox()).length;
  const input = {
    buildingId: building.id, unit: 1, room: `${building.floors}71`,
    residents: [{ name: '事件户主', nationalId: nationalId(), isHead: true }, { name: '事件家人', nationalId: nationalId(), isHead: false }],
  };
  const result = await fixture.run(cityAdmin, REGISTER_HOUSEHOLD, { input });
  expect(result.errors).toBeUndefined();
  const household = result.data.registerHousehold.household;
  const residentIds = household.residents.edges.map((edge: { node: { id: string } }) => edge.node.id).sort();
  const ancestry = { subdistrictId: building.subdistrictId, communityId: building.communityId, compoundId: building.compoundId, buildingId: building.id, gridId: building.gridId };

  const events = await newEvents(before);
  expect(events.map((event) => event.sequence)).toEqual([before + 1, before + 2, before + 3]);
  expect(events.map((event) => event.type)).toEqual(Array(3).fill('territory.place.upserted'));
  expect(events[0]).toMatchObject({ aggregateId: household.id, requestId: 'test', payload: { id: household.id, level: 'HOUSEHOLD', householdId: household.id, ...ancestry } });
  expect(events.slice(1).map((event) => event.aggregateId).sort()).toEqual(residentIds);
  for (const event of events.slice(1)) expect(event.payload).toEqual({ id: event.aggregateId, level: 'RESIDENT', householdId: household.id, ...ancestry });
  // Ids only: no names, ID numbers or phones travel.
  expect(JSON.stringify(events)).not.toMatch(/事件|1402131985/);
  expect(new Set(events.map((event) => event.occurredAt.getTime())).size).toBe(1);
});

test('registering and moving a resident each write the resident\'s new place', async () => {
  const building = buildingOf();
  const [from, to] = [...fixture.territory.households(building)];
  const before = (await outbox()).length;
  const registered = await fixture.run(cityAdmin, REGISTER_RESIDENT, { input: { householdId: from.id, name: '迁移居民', nationalId: nationalId(), isHead: false } });
  expect(registered.errors).toBeUndefined();
  const residentId = registered.data.registerResident.resident.id;
  const moved = await fixture.run(cityAdmin, MOVE_RESIDENT, { input: { residentId, toHouseholdId: to.id } });
  expect(moved.errors).toBeUndefined();
  const events = await newEvents(before);
  expect(events.map(({ type, aggregateId, payload }) => [type, aggregateId, payload.householdId])).toEqual([
    ['territory.place.upserted', residentId, from.id],
    ['territory.place.upserted', residentId, to.id],
  ]);
});

test('a refused command writes no event', async () => {
  const before = (await outbox()).length;
  const refused = await fixture.run(cityAdmin, REGISTER_RESIDENT, { input: { householdId: '00000000-0000-4000-8000-000000000000', name: '无', nationalId: nationalId(), isHead: false } });
  expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
  const event = await fixture.eventIn(GridEventState.CLOSED);
  const { query, variables } = commandOperation(GridEventCommand.ACCEPT, event.id);
  expect(errorCodes(await fixture.run(fixture.viewers.cityAdmin, query, variables))).toEqual(['CONFLICT']);
  expect((await outbox()).length).toBe(before);
});

test('a grid event reported then accepted: grid-event.reported and grid-event.status-changed, with ids and codes only', async () => {
  const before = (await outbox()).length;
  const input = {
    categoryCode: 'SAFETY_HAZARD', description: '楼道堆放杂物堵塞消防通道', gridId: fixture.grid.id, buildingId: fixture.grid.buildingIds[0],
    source: 'PATROL', priority: 'URGENT', reporterName: '王小明', reporterPhone: '13800138000',
  };
  const reported = await fixture.run(fixture.viewers.gridWorker, REPORT, { input });
  expect(reported.errors).toBeUndefined();
  const eventId = reported.data.reportGridEvent.gridEvent.id;
  const { query, variables } = commandOperation(GridEventCommand.ACCEPT, eventId);
  expect((await fixture.run(fixture.viewers.gridWorker, query, variables)).errors).toBeUndefined();

  const events = await newEvents(before);
  expect(events.map((event) => [event.type, event.aggregateId])).toEqual([['grid-event.reported', eventId], ['grid-event.status-changed', eventId]]);
  expect(events[0].payload).toMatchObject({
    eventId, gridId: fixture.grid.id, communityId: fixture.grid.communityId, subdistrictId: fixture.grid.subdistrictId, buildingId: fixture.grid.buildingIds[0],
    source: 'PATROL', priority: 'URGENT', state: 'REPORTED', level: 'GRID',
  });
  expect(events[1].payload).toMatchObject({ eventId, command: 'ACCEPT', fromState: 'REPORTED', toState: 'ACCEPTED', transitionSequence: 2 });
  expect(JSON.stringify(events)).not.toMatch(/王小明|13800138000|楼道/);
});

test('two concurrent commands on one event: the loser wrote its event, then failed, and its event rolled back with it', async () => {
  const event = await fixture.eventIn(GridEventState.REPORTED);
  const before = (await outbox()).length;
  const { query, variables } = commandOperation(GridEventCommand.ACCEPT, event.id);
  const results = await Promise.all([
    fixture.run(fixture.viewers.gridWorker, query, variables),
    fixture.run(fixture.viewers.communityStaff, query, variables),
  ]);
  expect(results.flatMap(errorCodes)).toEqual(['CONFLICT']);
  const events = await newEvents(before);
  expect(events.map((row) => [row.type, row.aggregateId, row.payload.toState])).toEqual([['grid-event.status-changed', event.id, 'ACCEPTED']]);
  // The sequence has no hole where the rolled-back event was.
  expect(events[0].sequence).toBe(before + 1);
});

test('gridsEvents pages the outbox after a sequence, for SERVICE tokens only', async () => {
  const all = await outbox();
  expect(all.length).toBeGreaterThanOrEqual(6);
  const page = await fixture.run(service, FEED, { after: 2, first: 3 });
  expect(page.errors).toBeUndefined();
  expect(page.data.gridsEvents.headSequence).toBe(all.length);
  expect(page.data.gridsEvents.events.map((event: { sequence: number }) => event.sequence)).toEqual([3, 4, 5]);
  expect(JSON.parse(page.data.gridsEvents.events[0].payload)).toEqual(JSON.parse(all[2].payload));
  expect(page.data.gridsEvents.events[0]).toMatchObject({ type: all[2].type, aggregateId: all[2].aggregateId, occurredAt: all[2].occurredAt.toISOString(), requestId: 'test' });
  const end = await fixture.run(service, FEED, { after: all.length, first: 3 });
  expect(end.data.gridsEvents.events).toEqual([]);
  expect(errorCodes(await fixture.run(cityAdmin, FEED, { after: 0, first: 3 }))).toEqual(['FORBIDDEN']);
  const tooMany = await fixture.run(service, FEED, { after: 0, first: 1001 });
  expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  expect(tooMany.errors![0].extensions).toMatchObject({ field: 'first' });
});

test('a caught-up reader\'s request waits for the next event and answers with it (long poll)', async () => {
  const head = (await outbox()).length;
  const waiting = fixture.run(service, `query ($after: Int!) { gridsEvents(after: $after, first: 10, waitMs: 5000) { headSequence events { sequence type } } }`, { after: head });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const building = buildingOf();
  const [household] = [...fixture.territory.households(building)];
  const registered = await fixture.run(cityAdmin, REGISTER_RESIDENT, { input: { householdId: household.id, name: '等待', nationalId: nationalId(), isHead: false } });
  expect(registered.errors).toBeUndefined();
  const page = await waiting;
  expect(page.errors).toBeUndefined();
  expect(page.data.gridsEvents).toEqual({ headSequence: head + 1, events: [{ sequence: head + 1, type: 'territory.place.upserted' }] });
  const tooLong = await fixture.run(service, FEED, { after: 0, first: 1, waitMs: 5001 });
  expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waitMs' });
});
