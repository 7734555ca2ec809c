import type { EntityManager } from '@mikro-orm/knex';
import { v4 as uuidv4 } from 'uuid';
import { categoryId } from '../../../kit/demo/grid-events';
import type { DomainEvent } from '../../../kit/events/domain-event';
import { OutboxEvent } from '../../../kit/events/outbox-event.entity';
import { errorCodes } from '../../../kit/testing/execute';
import { cityAdmin } from '../../../kit/testing/viewers';
import { GridEventCopy } from '../grid-event/grid-event-copy.entity';
import { gridEventCopyConsumer } from '../grid-event/grid-event-copy-consumer';
import { MediationCaseStatus as S } from '../mediation-case/lifecycle';
import { buildCase, snapshot } from './case-builder';
import { createMediationFixture, type MediationFixture } from './mediation-fixture';

/** What mediation publishes (case outcomes, ids only) and how it keeps its copy of grid events. */

let fixture: MediationFixture;
let communityId: string;
beforeAll(async () => {
  fixture = await createMediationFixture();
  communityId = fixture.territory.communities[0].id;
});
afterAll(() => fixture.close());

const outbox = async () => (await fixture.em().find(OutboxEvent, {}, { orderBy: { sequence: 'ASC' } })).map((row) => ({ ...row, payload: JSON.parse(row.payload) }));
const REASON = 'mutation ($input: MediationCaseReasonInput!) { %s(input: $input) { mediationCase { status } } }';

test('an agreement publishes mediation-case.agreed, a closing and a withdrawal mediation-case.closed: ids and codes only', async () => {
  const before = (await outbox()).length;
  const agreeing = await buildCase(fixture.em(), { communityId, status: S.IN_MEDIATION });
  const agreed = await fixture.run(cityAdmin, 'mutation ($input: RecordMediationAgreementInput!) { recordMediationAgreement(input: $input) { mediationCase { status } } }', {
    input: { caseId: agreeing.kase.id, terms: '秘密条款: 赔偿三千元' },
  });
  expect(agreed.errors).toBeUndefined();
  await fixture.run(cityAdmin, REASON.replace('%s', 'closeMediationCase'), { input: { caseId: agreeing.kase.id, reason: '协议履行完毕' } });
  const withdrawing = await buildCase(fixture.em(), { communityId, status: S.REGISTERED });
  await fixture.run(cityAdmin, REASON.replace('%s', 'withdrawMediationCase'), { input: { caseId: withdrawing.kase.id, reason: '双方自行和解' } });

  const events = (await outbox()).slice(before);
  expect(events.map((event) => [event.sequence, event.type, event.aggregateId])).toEqual([
    [before + 1, 'mediation-case.agreed', agreeing.kase.id],
    [before + 2, 'mediation-case.closed', agreeing.kase.id],
    [before + 3, 'mediation-case.closed', withdrawing.kase.id],
  ]);
  const place = { communityId, subdistrictId: agreeing.kase.subdistrictId, gridEventId: null, level: 'COMMUNITY', mechanism: 'PEOPLES' };
  expect(events.map((event) => event.payload)).toEqual([
    { caseId: agreeing.kase.id, ...place, status: 'AGREED', agreed: true },
    { caseId: agreeing.kase.id, ...place, status: 'CLOSED', agreed: true },
    { caseId: withdrawing.kase.id, ...place, status: 'WITHDRAWN', agreed: false },
  ]);
  expect(JSON.stringify(events)).not.toMatch(/秘密|协议履行|和解|陈小红/);
});

test('a refused command publishes nothing', async () => {
  const built = await buildCase(fixture.em(), { communityId, status: S.WITHDRAWN });
  const before = await snapshot(fixture.em());
  const result = await fixture.run(cityAdmin, REASON.replace('%s', 'closeMediationCase'), { input: { caseId: built.kase.id, reason: '结案' } });
  expect(errorCodes(result)).toEqual(['CONFLICT']);
  expect(await snapshot(fixture.em())).toBe(before);
});

describe('the copy of grid events', () => {
  let sequence = 0;
  const grid = () => fixture.territory.grids.find((candidate) => candidate.communityId === communityId)!;
  const event = (type: string, payload: Record<string, unknown>): DomainEvent => {
    sequence += 1;
    return { stream: 'grids', sequence, type, aggregateId: String(payload.eventId), payload, occurredAt: new Date('2026-03-01T08:00:00Z'), requestId: null };
  };
  const apply = (events: DomainEvent[]) => (fixture.orm.em.fork() as EntityManager).transactional((tx) => gridEventCopyConsumer.handle(tx, events));
  const place = () => ({ gridId: grid().id, communityId, subdistrictId: grid().subdistrictId, compoundId: null, buildingId: null, householdId: null });

  it('takes a reported event, follows its state, and a redelivery changes nothing', async () => {
    const eventId = uuidv4();
    const reported = event('grid-event.reported', { eventId, ...place(), categoryId: categoryId('NEIGHBOUR_DISPUTE'), source: 'PATROL', externalTicket: null, priority: 'NORMAL', state: 'REPORTED', level: 'GRID', deadlineAt: '2026-03-04T08:00:00.000Z' });
    const started = event('grid-event.status-changed', { eventId, ...place(), transitionSequence: 3, command: 'START', fromState: 'ACCEPTED', toState: 'IN_PROGRESS', level: 'GRID', departmentId: null, duplicateOfId: null });
    await apply([reported, started]);
    await apply([reported]);
    expect(await fixture.em().findOneOrFail(GridEventCopy, { id: eventId })).toMatchObject({
      categoryId: categoryId('NEIGHBOUR_DISPUTE'), state: 'IN_PROGRESS', gridId: grid().id, communityId, reportedAt: new Date('2026-03-01T08:00:00Z'),
    });
  });

  it('refuses a malformed event before writing anything (the applier parks it)', async () => {
    const before = await fixture.em().count(GridEventCopy, {});
    await expect(apply([event('grid-event.reported', { eventId: 'x', ...place(), categoryId: categoryId('SANITATION'), state: 'REPORTED' })])).rejects.toThrow('eventId');
    expect(await fixture.em().count(GridEventCopy, {})).toBe(before);
  });
});
