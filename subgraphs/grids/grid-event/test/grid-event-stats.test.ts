import { cityAdmin, biAnalyst } from '../../../../kit/testing/viewers';
import { errorCodes } from '../../../../kit/testing/execute';
import { GridEventSource } from '../grid-event.entity';
import { GridEventLevel, GridEventState } from '../lifecycle';
import { categoryId } from '../../../../kit/demo/grid-events';
import { createGridEventFixture, type GridEventFixture } from './grid-event-fixture';

const STATS_FIELDS = `
  accepted disposed disposalRate overdue averageHoursToResolve feedbackCount satisfiedCount satisfactionRate
  byCategory { category { code } accepted disposed disposalRate overdue }
  bySource { source accepted disposed }
  byLevel { level accepted disposed overdue }
`;
const PERIOD = { from: '2024-03-01T00:00:00.000Z', to: '2024-04-01T00:00:00.000Z' };

let fixture: GridEventFixture;
let overdueId: string;
beforeAll(async () => {
  fixture = await createGridEventFixture();
  const at = (day: number, hours = 0) => new Date(Date.UTC(2024, 2, day, hours));
  const closed = { state: GridEventState.CLOSED, acceptedAt: at(1, 1) };
  const common = { reportedAt: at(1), deadlineAt: at(3) };
  // Community A (the fixture's grid): four accepted, three disposed, one late, one open past its deadline.
  await fixture.eventIn(GridEventState.CLOSED, { ...common, ...closed, categoryId: categoryId('SANITATION'), source: GridEventSource.PATROL, resolvedAt: at(1, 10), hoursToResolve: 10, satisfied: true });
  await fixture.eventIn(GridEventState.CLOSED, { ...common, ...closed, categoryId: categoryId('SANITATION'), source: GridEventSource.RESIDENT_REPORT, resolvedAt: at(3, 12), resolvedLate: true, hoursToResolve: 60, satisfied: false });
  overdueId = (await fixture.eventIn(GridEventState.IN_PROGRESS, { ...common, source: GridEventSource.HOTLINE_12345, level: GridEventLevel.COMMUNITY, resolvedAt: null })).id;
  await fixture.eventIn(GridEventState.RESOLVED, { ...common, source: GridEventSource.PATROL, resolvedAt: at(1, 20), hoursToResolve: 20 });
  // Not counted: never accepted, merged as a duplicate, reported after the period.
  await fixture.eventIn(GridEventState.REPORTED, { ...common, acceptedAt: null });
  await fixture.eventIn(GridEventState.MERGED, { ...common });
  await fixture.eventIn(GridEventState.CLOSED, { ...closed, reportedAt: new Date(PERIOD.to), deadlineAt: at(40), resolvedAt: at(33), hoursToResolve: 3 });
  // May 2024, community A: five problems found on inspection, four of them accepted (the problem list), three rectified; a patrol finding beside them.
  const may = (day: number, hours = 0) => new Date(Date.UTC(2024, 4, day, hours));
  const inspection = { source: GridEventSource.INSPECTION, reportedAt: may(2), deadlineAt: may(9), acceptedAt: may(2, 1) };
  await fixture.eventIn(GridEventState.CLOSED, { ...inspection, resolvedAt: may(4), hoursToResolve: 48 });
  await fixture.eventIn(GridEventState.CLOSED, { ...inspection, resolvedAt: may(6), hoursToResolve: 96 });
  await fixture.eventIn(GridEventState.RESOLVED, { ...inspection, resolvedAt: may(8), hoursToResolve: 144 });
  await fixture.eventIn(GridEventState.IN_PROGRESS, { ...inspection, resolvedAt: null });
  await fixture.eventIn(GridEventState.REPORTED, { ...inspection, acceptedAt: null });
  await fixture.eventIn(GridEventState.CLOSED, { ...inspection, source: GridEventSource.PATROL, resolvedAt: may(3), hoursToResolve: 24 });
  // Community B: two accepted, one disposed.
  const other = { gridId: fixture.otherGrid.id, communityId: fixture.otherGrid.communityId, subdistrictId: fixture.otherGrid.subdistrictId };
  await fixture.eventIn(GridEventState.CLOSED, { ...common, ...closed, ...other, categoryId: categoryId('FACILITY_REPAIR'), source: GridEventSource.APP_PHOTO, resolvedAt: at(1, 5), hoursToResolve: 5, satisfied: true });
  await fixture.eventIn(GridEventState.ACCEPTED, { ...other, categoryId: categoryId('FACILITY_REPAIR'), source: GridEventSource.APP_PHOTO, reportedAt: at(20), deadlineAt: new Date('2099-01-01T00:00:00Z') });
});
afterAll(() => fixture.close());

const COMMUNITY_A = {
  accepted: 4, disposed: 3, disposalRate: 0.75, overdue: 2, averageHoursToResolve: 30, feedbackCount: 2, satisfiedCount: 1, satisfactionRate: 0.5,
  byCategory: [
    { category: { code: 'NEIGHBOUR_DISPUTE' }, accepted: 2, disposed: 1, disposalRate: 0.5, overdue: 1 },
    { category: { code: 'SANITATION' }, accepted: 2, disposed: 2, disposalRate: 1, overdue: 1 },
  ],
  bySource: [
    { source: 'PATROL', accepted: 2, disposed: 2 },
    { source: 'HOTLINE_12345', accepted: 1, disposed: 0 },
    { source: 'RESIDENT_REPORT', accepted: 1, disposed: 1 },
  ],
  byLevel: [
    { level: 'GRID', accepted: 3, disposed: 3, overdue: 1 },
    { level: 'COMMUNITY', accepted: 1, disposed: 0, overdue: 1 },
  ],
};

test('community and grid stats match the hand count', async () => {
  const result = await fixture.run(cityAdmin, `query ($a: ID!, $b: ID!, $grid: ID!, $period: StatsPeriod!) {
    a: community(id: $a) { gridEventStats(period: $period) { ${STATS_FIELDS} } }
    b: community(id: $b) { gridEventStats(period: $period) { accepted disposed disposalRate overdue averageHoursToResolve satisfactionRate } }
    grid(id: $grid) { gridEventStats(period: $period) { accepted disposed disposalRate overdue } }
  }`, { a: fixture.grid.communityId, b: fixture.otherGrid.communityId, grid: fixture.grid.id, period: PERIOD });
  expect(result.errors).toBeUndefined();
  expect(result.data.a.gridEventStats).toEqual(COMMUNITY_A);
  expect(result.data.b.gridEventStats).toEqual({ accepted: 2, disposed: 1, disposalRate: 0.5, overdue: 0, averageHoursToResolve: 5, satisfactionRate: 1 });
  expect(result.data.grid.gridEventStats).toEqual({ accepted: 4, disposed: 3, disposalRate: 0.75, overdue: 2 });
});

test('district stats add up both communities', async () => {
  const result = await fixture.run(biAnalyst, `query ($period: StatsPeriod!) { districts { gridEventStats(period: $period) { accepted disposed disposalRate overdue averageHoursToResolve } } }`, { period: PERIOD });
  expect(result.errors).toBeUndefined();
  expect(result.data.districts[0].gridEventStats).toEqual({ accepted: 6, disposed: 4, disposalRate: 0.6667, overdue: 2, averageHoursToResolve: 23.75 });
});

test('stats cost one statement per stats field, however many parents', async () => {
  const query = `query ($first: Int!, $period: StatsPeriod!) { communities(first: $first) { edges { node { name gridEventStats(period: $period) { ${STATS_FIELDS} } } } } }`;
  const one = await fixture.queryLog.measure(() => fixture.run(cityAdmin, query, { first: 1, period: PERIOD }));
  const all = await fixture.queryLog.measure(() => fixture.run(cityAdmin, query, { first: 100, period: PERIOD }));
  expect(all.result.errors).toBeUndefined();
  expect(all.result.data.communities.edges.length).toBeGreaterThan(1);
  expect(all.statements).toBe(one.statements);
  // communities page, totals, by category, categories by id, by source, by level
  expect(all.statements).toBeLessThanOrEqual(6);
});

test('the problem list’s rectification rate matches the hand count (三清单: 问题清单, 整改清单, 综合整改率)', async () => {
  const result = await fixture.run(cityAdmin, `query ($id: ID!, $period: StatsPeriod!) { community(id: $id) { gridEventStats(period: $period) { accepted inspectionFindings rectified rectificationRate } } }`, {
    id: fixture.grid.communityId,
    period: { from: '2024-05-01T00:00:00.000Z', to: '2024-06-01T00:00:00.000Z' },
  });
  expect(result.errors).toBeUndefined();
  // Five inspection findings and a patrol's: four findings accepted, three of them resolved or closed.
  expect(result.data.community.gridEventStats).toEqual({ accepted: 5, inspectionFindings: 4, rectified: 3, rectificationRate: 0.75 });
});

test('the seeded year is the default period, with inspection findings, and this year and the last 30 days are not empty', async () => {
  const result = await fixture.run(biAnalyst, `{
    districts {
      year: gridEventStats { accepted disposalRate inspectionFindings rectificationRate }
      thisYear: gridEventStats(period: { preset: THIS_YEAR }) { accepted }
      month: gridEventStats(period: { preset: LAST_30_DAYS }) { accepted }
    }
  }`);
  expect(result.errors).toBeUndefined();
  const { year, thisYear, month } = result.data.districts[0];
  // The tiny territory's 31 events: proportions are checked at demo scale in kit/demo/grid-events.test.ts.
  expect(year.accepted).toBeGreaterThan(25);
  expect(year.disposalRate).toBeGreaterThan(0.9);
  expect(year.inspectionFindings).toBeGreaterThan(0);
  expect(thisYear.accepted).toBeGreaterThan(0);
  expect(month.accepted).toBeGreaterThan(0);
});

test('overdue events are findable and count against their level', async () => {
  const result = await fixture.run(cityAdmin, `query ($id: ID!) { community(id: $id) { gridEvents(where: { overdue: true }, first: 100) { edges { node { id overdue level state } } } } }`, { id: fixture.grid.communityId });
  expect(result.errors).toBeUndefined();
  const nodes = result.data.community.gridEvents.edges.map((edge: any) => edge.node);
  expect(nodes.map((node: any) => node.id)).toContain(overdueId);
  expect(nodes.every((node: any) => node.overdue)).toBe(true);
  expect(nodes.find((node: any) => node.id === overdueId).level).toBe('COMMUNITY');
});

test('stats outside your scope are FORBIDDEN; a bad period is BAD_USER_INPUT', async () => {
  const query = `query ($id: ID!, $period: StatsPeriod!) { community(id: $id) { gridEventStats(period: $period) { accepted } } }`;
  const outside = await fixture.run(fixture.viewers.otherGridWorker, query, { id: fixture.grid.communityId, period: PERIOD });
  expect(errorCodes(outside)).toEqual(['FORBIDDEN']);
  const reversed = await fixture.run(cityAdmin, query, { id: fixture.grid.communityId, period: { from: PERIOD.to, to: PERIOD.from } });
  expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
  expect(reversed.errors![0].extensions).toMatchObject({ field: 'period.to' });
});

test('events are filtered by report time, state and source', async () => {
  const result = await fixture.run(cityAdmin, `query ($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    community(id: $id) {
      all: gridEvents(first: 100, where: { reportedFrom: $from, reportedTo: $to }) { totalCount }
      open: gridEvents(first: 100, where: { reportedFrom: $from, reportedTo: $to, states: [IN_PROGRESS] }) { totalCount }
      hotline: gridEvents(first: 100, where: { reportedFrom: $from, reportedTo: $to, source: HOTLINE_12345 }) { edges { node { id } } }
    }
  }`, { id: fixture.grid.communityId, ...PERIOD });
  expect(result.errors).toBeUndefined();
  // Seven written in community A's grid, one of them after the period.
  expect(result.data.community.all.totalCount).toBe(6);
  expect(result.data.community.open.totalCount).toBe(1);
  expect(result.data.community.hotline.edges).toEqual([{ node: { id: overdueId } }]);
});

describe('series (分期统计)', () => {
  // 1 March to 1 June 2024 UTC: China time 1 March 08:00 to 1 June 08:00, so four months, the last of eight hours.
  const QUARTER = { from: '2024-03-01T00:00:00.000Z', to: '2024-06-01T00:00:00.000Z' };
  const SERIES = `series(interval: MONTH) { start end accepted disposed disposalRate overdue inspectionFindings rectified rectificationRate }`;
  const empty = { accepted: 0, disposed: 0, disposalRate: null, overdue: 0, inspectionFindings: 0, rectified: 0, rectificationRate: null };

  test('community A by China month matches the hand count, and the months add up to the period', async () => {
    const result = await fixture.run(cityAdmin, `query ($id: ID!, $period: StatsPeriod!) { community(id: $id) { gridEventStats(period: $period) { accepted ${SERIES} } } }`, {
      id: fixture.grid.communityId,
      period: QUARTER,
    });
    expect(result.errors).toBeUndefined();
    const stats = result.data.community.gridEventStats;
    expect(stats.series).toEqual([
      // March: the four of the first test.
      { start: '2024-03-01T00:00:00.000Z', end: '2024-03-31T16:00:00.000Z', accepted: 4, disposed: 3, disposalRate: 0.75, overdue: 2, inspectionFindings: 0, rectified: 0, rectificationRate: null },
      // April: the one reported at 1 April 00:00 UTC (08:00 in China), closed on time.
      { start: '2024-03-31T16:00:00.000Z', end: '2024-04-30T16:00:00.000Z', ...empty, accepted: 1, disposed: 1, disposalRate: 1 },
      // May: four inspection findings accepted (three rectified, one open past its deadline) and a patrol's, closed.
      { start: '2024-04-30T16:00:00.000Z', end: '2024-05-31T16:00:00.000Z', accepted: 5, disposed: 4, disposalRate: 0.8, overdue: 1, inspectionFindings: 4, rectified: 3, rectificationRate: 0.75 },
      { start: '2024-05-31T16:00:00.000Z', end: '2024-06-01T00:00:00.000Z', ...empty },
    ]);
    expect(stats.accepted).toBe(10);
  });

  test('one statement per series, however many places ask', async () => {
    const query = `query ($first: Int!, $period: StatsPeriod!) { communities(first: $first) { edges { node { gridEventStats(period: $period) { ${SERIES} } } } } }`;
    const one = await fixture.queryLog.measure(() => fixture.run(biAnalyst, query, { first: 1, period: QUARTER }));
    const all = await fixture.queryLog.measure(() => fixture.run(biAnalyst, query, { first: 100, period: QUARTER }));
    expect(all.result.errors).toBeUndefined();
    expect(all.result.data.communities.edges.length).toBeGreaterThan(1);
    expect(all.statements).toBe(one.statements);
    // communities page, the totals (the stats object), the series
    expect(all.statements).toBeLessThanOrEqual(3);
  });

  test('more than 400 buckets is BAD_USER_INPUT naming interval', async () => {
    const result = await fixture.run(cityAdmin, `query ($id: ID!) { community(id: $id) { gridEventStats(period: { from: "2022-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z" }) { series(interval: DAY) { accepted } } } }`, {
      id: fixture.grid.communityId,
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions).toMatchObject({ field: 'interval' });
  });
});
