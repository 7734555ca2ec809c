import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { errorCodes } from '../../../../kit/testing/execute';
import { GridEvent } from '../grid-event.entity';
import { IdempotencyRecord } from '../../../../kit/idempotency/idempotency-record.entity';
import { createGridEventFixture, type GridEventFixture } from './grid-event-fixture';

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitHotlineTicketInput!) {
    submitHotlineTicket(input: $input) {
      gridEvent { id state source externalTicket priority description reportedAt deadlineAt attachmentUrls category { code } grid { id } }
    }
  }
`;

const TICKETS = /* GraphQL */ `
  query Tickets($numbers: [String!]) {
    hotlineTickets(where: { ticketNumbers: $numbers }) { totalCount edges { node { externalTicket state level history { totalCount } } } }
  }
`;

let fixture: GridEventFixture;
beforeAll(async () => {
  fixture = await createGridEventFixture();
});
afterAll(() => fixture.close());

function ticket(key: string, ticketNumber: string, overrides: Record<string, unknown> = {}) {
  return {
    input: {
      idempotencyKey: key,
      ticketNumber,
      categoryCode: 'SANITATION',
      description: '小区门口垃圾堆放三天无人清运',
      gridId: fixture.grid.id,
      attachmentUrls: ['https://img.example.cn/12345/a.jpg'],
      reporterPhone: '13800138000',
      ...overrides,
    },
  };
}

async function eventsWithTicket(ticketNumber: string) {
  return fixture.em().count(GridEvent, { externalTicket: ticketNumber });
}

test('10 sequential calls with one key create one event and return identical results', async () => {
  const results = [];
  for (let i = 0; i < 10; i++) results.push(await fixture.run(fixture.viewers.hotline, SUBMIT, ticket('seq-key-0001', 'T-SEQ-1')));
  for (const result of results) expect(result.errors).toBeUndefined();
  expect(new Set(results.map((result) => JSON.stringify(result.data))).size).toBe(1);
  expect(results[0].data.submitHotlineTicket.gridEvent).toMatchObject({ state: 'REPORTED', source: 'HOTLINE_12345', externalTicket: 'T-SEQ-1' });
  expect(await eventsWithTicket('T-SEQ-1')).toBe(1);
});

test('10 concurrent calls with one key create one event and return identical results', async () => {
  fixture.queryLog.reset();
  const results = await Promise.all(Array.from({ length: 10 }, () => fixture.run(fixture.viewers.hotline, SUBMIT, ticket('par-key-0001', 'T-PAR-1'))));
  // On PostgreSQL the race really happened: the losers' claims of the key hit the unique key and were
  // rolled back. Embedded libSQL runs one mutation at a time (each is one transaction with its audit
  // entry), so there the later calls find the first one's record and replay it.
  const rollbacks = fixture.queryLog.statements.filter((statement) => /rollback/i.test(statement)).length;
  if (fixture.orm.em.getPlatform() instanceof PostgreSqlPlatform) expect(rollbacks).toBeGreaterThan(0);
  for (const result of results) expect(result.errors).toBeUndefined();
  expect(new Set(results.map((result) => JSON.stringify(result.data))).size).toBe(1);
  expect(await eventsWithTicket('T-PAR-1')).toBe(1);
  expect(await fixture.em().count(IdempotencyRecord, { idempotencyKey: 'par-key-0001' })).toBe(1);
});

test('the same key with different content is a CONFLICT and creates nothing', async () => {
  await fixture.run(fixture.viewers.hotline, SUBMIT, ticket('conflict-key-1', 'T-CON-1'));
  const before = await fixture.em().count(GridEvent, {});
  const result = await fixture.run(fixture.viewers.hotline, SUBMIT, ticket('conflict-key-1', 'T-CON-1', { description: '另一件事: 路灯不亮' }));
  expect(errorCodes(result)).toEqual(['CONFLICT']);
  expect(await fixture.em().count(GridEvent, {})).toBe(before);
});

test("keys belong to one agency: another agency's same key is its own ticket", async () => {
  const first = await fixture.run(fixture.viewers.hotline, SUBMIT, ticket('shared-key-01', 'T-SH-1'));
  const second = await fixture.run(fixture.viewers.otherHotline, SUBMIT, ticket('shared-key-01', 'T-SH-1'));
  expect(second.errors).toBeUndefined();
  expect(second.data.submitHotlineTicket.gridEvent.id).not.toBe(first.data.submitHotlineTicket.gridEvent.id);
});

test('the hotline reads back the status of its own tickets only', async () => {
  await fixture.run(fixture.viewers.otherHotline, SUBMIT, ticket('other-key-001', 'T-OTHER-1'));
  const own = await fixture.run(fixture.viewers.hotline, TICKETS, { numbers: ['T-SEQ-1', 'T-PAR-1', 'T-OTHER-1'] });
  expect(own.errors).toBeUndefined();
  expect(own.data.hotlineTickets.edges.map((edge: any) => edge.node.externalTicket).sort()).toEqual(['T-PAR-1', 'T-SEQ-1']);
  expect(own.data.hotlineTickets.edges[0].node).toMatchObject({ state: 'REPORTED', level: 'GRID', history: { totalCount: 1 } });
  expect(errorCodes(await fixture.run(fixture.viewers.gridWorker, TICKETS, { numbers: ['T-SEQ-1'] }))).toEqual(['FORBIDDEN']);
});

test.each([
  ['attachmentUrls', { attachmentUrls: ['ftp://files.example.cn/a.jpg'] }, 'input.attachmentUrls', 'isUrl'],
  ['too many attachments', { attachmentUrls: Array.from({ length: 10 }, (_, i) => `https://img.example.cn/${i}.jpg`) }, 'input.attachmentUrls', 'arrayMaxSize'],
  ['reporterPhone', { reporterPhone: '12345' }, 'input.reporterPhone', 'isMainlandMobile'],
  ['categoryCode', { categoryCode: 'NO_SUCH_CATEGORY' }, 'input.categoryCode', 'exists'],
  ['description', { description: 'abc' }, 'input.description', 'isLength'],
])('invalid %s is BAD_USER_INPUT naming the field and rule, and writes nothing', async (_name, overrides, field, rule) => {
  const before = await fixture.em().count(GridEvent, {});
  const result = await fixture.run(fixture.viewers.hotline, SUBMIT, ticket(`bad-key-${field}`, 'T-BAD-1', overrides));
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions).toMatchObject({ field, rule });
  expect(await fixture.em().count(GridEvent, {})).toBe(before);
  expect(await fixture.em().count(IdempotencyRecord, { idempotencyKey: `bad-key-${field}` })).toBe(0);
});

test('a hotline outside the grid is FORBIDDEN, and other roles cannot submit tickets', async () => {
  const outside = { ...fixture.viewers.hotline, scope: new Set(['00000000-0000-4000-8000-000000000000']) };
  expect(errorCodes(await fixture.run(outside, SUBMIT, ticket('outside-key-1', 'T-OUT-1')))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await fixture.run(fixture.viewers.gridWorker, SUBMIT, ticket('worker-key-01', 'T-W-1')))).toEqual(['FORBIDDEN']);
});
