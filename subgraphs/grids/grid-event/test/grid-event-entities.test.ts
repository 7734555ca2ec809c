import { errorCodes } from '../../../../kit/testing/execute';
import { cityAdmin } from '../../../../kit/testing/viewers';
import { GridEvent } from '../grid-event.entity';
import { GridEventState } from '../lifecycle';
import { createGridEventFixture, type GridEventFixture } from './grid-event-fixture';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on GridEvent { id state category { code } }
      ... on Department { id name categoryCodes receivers { name } }
    }
  }
`;

const REPORT = /* GraphQL */ `
  mutation Report($input: ReportGridEventInput!) {
    reportGridEvent(input: $input) { gridEvent { id state level source deadlineAt reporterName(reveal: GRID_EVENT_HANDLING) reporterPhone(reveal: GRID_EVENT_HANDLING) holder { id } history { totalCount edges { node { command toState } } } } }
  }
`;

const COMMUNITY_EVENTS = /* GraphQL */ `
  query CommunityEvents($id: ID!) {
    community(id: $id) {
      name
      gridEvents(first: 100, orderBy: { field: REPORTED_AT, direction: DESC }) {
        totalCount
        edges { node {
          version state level overdue category { name } department { name } grid { code }
          holder { name gridWorker { role } }
          history(first: 20) { totalCount edges { node { sequence command fromState toState actorId reason at } } }
        } }
      }
    }
  }
`;

let fixture: GridEventFixture;
beforeAll(async () => {
  fixture = await createGridEventFixture();
});
afterAll(() => fixture.close());

test.each(['GridEvent', 'Department'])('_entities resolves %s by id, and an unknown or malformed id to null', async (typename) => {
  const id = typename === 'GridEvent' ? (await fixture.eventIn(GridEventState.ACCEPTED)).id : fixture.judicialId;
  const result = await fixture.run(cityAdmin, ENTITIES, {
    representations: [
      { __typename: typename, id },
      { __typename: typename, id: '00000000-0000-4000-8000-000000000000' },
      { __typename: typename, id: 'not-a-uuid' },
    ],
  });
  expect(result.errors).toBeUndefined();
  expect(result.data._entities[0]).toMatchObject({ __typename: typename, id });
  expect(result.data._entities.slice(1)).toEqual([null, null]);
});

test('many grid event references cost one statement', async () => {
  const events = await fixture.em().find(GridEvent, {}, { limit: 20 });
  const representations = events.map((event) => ({ __typename: 'GridEvent', id: event.id }));
  const { result, statements } = await fixture.queryLog.measure(() => fixture.run(cityAdmin, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on GridEvent { id } } }`, { r: representations }));
  expect(result.data._entities).toHaveLength(events.length);
  expect(statements).toBe(1);
});

test('a grid worker reports an event: REPORTED at grid level, deadline from the category, personal data masked for outsiders', async () => {
  const input = {
    categoryCode: 'SAFETY_HAZARD', description: '楼道堆放杂物堵塞消防通道', gridId: fixture.grid.id, buildingId: fixture.grid.buildingIds[0],
    source: 'PATROL', priority: 'URGENT', reporterName: '王小明', reporterPhone: '13800138000', attachmentUrls: ['https://img.example.cn/p/1.jpg'],
  };
  const result = await fixture.run(fixture.viewers.gridWorker, REPORT, { input });
  expect(result.errors).toBeUndefined();
  const event = result.data.reportGridEvent.gridEvent;
  expect(event).toMatchObject({ state: 'REPORTED', level: 'GRID', source: 'PATROL', reporterName: '王小明', holder: null, history: { totalCount: 1 } });
  // Urgent safety hazards: 4 hours (EVENT_CATEGORIES).
  const hours = (Date.parse(event.deadlineAt) - Date.now()) / 3_600_000;
  expect(hours).toBeGreaterThan(3.9);
  expect(hours).toBeLessThanOrEqual(4);
  const read = await fixture.run(fixture.viewers.receiver, `query ($id: ID!) { gridEvent(id: $id) { id } }`, { id: event.id });
  expect(errorCodes(read)).toEqual(['FORBIDDEN']);
  const asStaff = await fixture.run(fixture.viewers.communityStaff, `query ($id: ID!) { gridEvent(id: $id) { reporterName(reveal: GRID_EVENT_HANDLING) } }`, { id: event.id });
  expect(asStaff.data.gridEvent.reporterName).toBe('王小明');
  const asOutsider = await fixture.run(fixture.viewers.otherGridWorker, `query ($id: ID!) { gridEvent(id: $id) { reporterName } }`, { id: event.id });
  expect(asOutsider.data.gridEvent).toBeNull();
});

test.each([
  ['a building outside the grid', { buildingId: '00000000-0000-4000-8000-000000000000' }, 'input.buildingId'],
  ['a hotline source', { source: 'HOTLINE_12345' }, 'input.source'],
  ['an http-less attachment', { attachmentUrls: ['javascript:alert(1)'] }, 'input.attachmentUrls'],
])('reporting with %s is BAD_USER_INPUT and writes nothing', async (_name, overrides, field) => {
  const before = await fixture.em().count(GridEvent, {});
  const input = { categoryCode: 'SANITATION', description: '垃圾桶满溢无人清理', gridId: fixture.grid.id, source: 'PATROL', ...overrides };
  const result = await fixture.run(fixture.viewers.gridWorker, REPORT, { input });
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions).toMatchObject({ field });
  expect(await fixture.em().count(GridEvent, {})).toBe(before);
});

test("a community's events with their history and current holder, in one query and a fixed SQL budget", async () => {
  // At least one dispatched event, so every loader of the query runs in both measurements.
  await fixture.eventIn(GridEventState.DISPATCHED);
  const { result, statements } = await fixture.queryLog.measure(() => fixture.run(cityAdmin, COMMUNITY_EVENTS, { id: fixture.grid.communityId }));
  expect(result.errors).toBeUndefined();
  const events = result.data.community.gridEvents.edges.map((edge: any) => edge.node);
  expect(events.length).toBeGreaterThan(0);
  const closed = events.find((event: any) => event.state === 'CLOSED');
  expect(closed.history.edges[0].node).toMatchObject({ sequence: 1, command: 'REPORT', fromState: null, toState: 'REPORTED' });
  expect(closed.history.edges.at(-1).node.toState).toBe('CLOSED');
  expect(events.some((event: any) => event.holder?.name)).toBe(true);
  // Seeded and written events alike: the version is the number of steps, so the next step's sequence is free.
  for (const event of events) expect(event.version).toBe(event.history.totalCount || 1);
  // community, events page, categories, departments, grids, holders, history page
  expect(statements).toBeLessThanOrEqual(7);

  // Twice the events (with holders, departments and history): the same statements.
  for (const event of events.slice(0, 10)) {
    const copy = await fixture.eventIn(GridEventState.DISPATCHED, { holderId: fixture.territory.gridWorkers(fixture.grid)[0]?.id ?? null });
    await fixture.run(fixture.viewers.receiver, `mutation ($input: GridEventCommandInput!) { acceptGridEventDispatch(input: $input) { gridEvent { id } } }`, { input: { eventId: copy.id } });
    expect(event).toBeDefined();
  }
  const after = await fixture.queryLog.measure(() => fixture.run(cityAdmin, COMMUNITY_EVENTS, { id: fixture.grid.communityId }));
  expect(after.result.data.community.gridEvents.totalCount).toBe(result.data.community.gridEvents.totalCount + Math.min(10, events.length));
  expect(after.statements).toBe(statements);
});

test("a department's receiver finds what was dispatched to it, and overdue dispatches are flagged", async () => {
  const waiting = await fixture.eventIn(GridEventState.DISPATCHED, { departmentId: fixture.judicialId, dispatchDeadlineAt: new Date(Date.now() + 3_600_000) });
  const late = await fixture.eventIn(GridEventState.DISPATCHED, { departmentId: fixture.judicialId, dispatchDeadlineAt: new Date(Date.now() - 3_600_000) });
  const query = `query ($overdue: Boolean) { dispatchedGridEvents(first: 100, where: { states: [DISPATCHED], overdue: $overdue }) { edges { node { id overdue department { id } } } } }`;
  const all = await fixture.run(fixture.viewers.receiver, query, {});
  expect(all.errors).toBeUndefined();
  const nodes = all.data.dispatchedGridEvents.edges.map((edge: any) => edge.node);
  expect(nodes.map((node: any) => node.id)).toEqual(expect.arrayContaining([waiting.id, late.id]));
  expect(nodes.every((node: any) => node.department.id === fixture.judicialId)).toBe(true);
  expect(nodes.find((node: any) => node.id === late.id).overdue).toBe(true);
  expect(nodes.find((node: any) => node.id === waiting.id).overdue).toBe(false);
  const overdue = await fixture.run(fixture.viewers.receiver, query, { overdue: true });
  expect(overdue.data.dispatchedGridEvents.edges.map((edge: any) => edge.node.id)).toContain(late.id);
  expect(overdue.data.dispatchedGridEvents.edges.map((edge: any) => edge.node.id)).not.toContain(waiting.id);
  const onTime = await fixture.run(fixture.viewers.receiver, query, { overdue: false });
  expect(onTime.data.dispatchedGridEvents.edges.map((edge: any) => edge.node.id)).toContain(waiting.id);
  expect(onTime.data.dispatchedGridEvents.edges.map((edge: any) => edge.node.id)).not.toContain(late.id);
  // Only a partner agency's account receives for a department (access policy): anyone else is refused, BI included.
  const stranger = await fixture.run(fixture.viewers.gridWorker, query, {});
  expect(errorCodes(stranger)).toEqual(['FORBIDDEN']);
});
