import type { EntityManager } from '@mikro-orm/knex';
import { v4 as uuidv4 } from 'uuid';
import { MEDIATION_CASE_AGREED, MEDIATION_CASE_CLOSED } from '../../../../kit/events/contracts/mediation-case-events';
import type { DomainEvent } from '../../../../kit/events/domain-event';
import { OutboxEvent } from '../../../../kit/events/outbox-event.entity';
import { GridEvent } from '../grid-event.entity';
import { GridEventTransition } from '../grid-event-transition.entity';
import { GridEventState } from '../lifecycle';
import { mediationOutcomeConsumer } from '../mediation-outcome-consumer';
import { createGridEventFixture, type GridEventFixture } from './grid-event-fixture';

/** grids' consumer of mediation's case outcomes, applied as the event applier applies it: in a transaction. */

let fixture: GridEventFixture;
beforeAll(async () => {
  fixture = await createGridEventFixture();
});
afterAll(() => fixture.close());

let sequence = 0;
function outcome(type: string, gridEventId: string | null, overrides: Record<string, unknown> = {}): DomainEvent {
  sequence += 1;
  return {
    stream: 'mediation', sequence, type, aggregateId: 'case', occurredAt: new Date(), requestId: 'mediation-request',
    payload: { caseId: uuidv4(), gridEventId, communityId: fixture.place.communityId, subdistrictId: fixture.place.subdistrictId, level: 'SUBDISTRICT', mechanism: 'ADMINISTRATIVE', status: 'AGREED', agreed: true, ...overrides },
  };
}

const apply = (events: DomainEvent[]) => (fixture.orm.em.fork() as EntityManager).transactional((tx) => mediationOutcomeConsumer.handle(tx, events));
const steps = (eventId: string) => fixture.em().find(GridEventTransition, { eventId }, { orderBy: { sequence: 'ASC' } });

test('an agreement resolves the event in progress it came from, with one history step naming the case, and publishes the change', async () => {
  const event = await fixture.eventIn(GridEventState.IN_PROGRESS);
  const agreed = outcome(MEDIATION_CASE_AGREED, event.id);
  const outboxBefore = await fixture.em().count(OutboxEvent, {});
  await apply([agreed]);
  const stored = await fixture.em().findOneOrFail(GridEvent, { id: event.id });
  expect(stored.state).toBe(GridEventState.RESOLVED);
  expect(stored.resolution).toContain((agreed.payload as { caseId: string }).caseId);
  expect(stored.resolvedAt).not.toBeNull();
  expect((await steps(event.id)).map(({ command, fromState, toState, actorId, sequence: position }) => ({ command, fromState, toState, actorId, position }))).toEqual([
    { command: 'RESOLVE', fromState: 'IN_PROGRESS', toState: 'RESOLVED', actorId: 'mediation', position: 2 },
  ]);
  const [published] = await fixture.em().find(OutboxEvent, {}, { orderBy: { sequence: 'DESC' }, limit: 1 });
  expect(await fixture.em().count(OutboxEvent, {})).toBe(outboxBefore + 1);
  expect(JSON.parse(published.payload)).toMatchObject({ eventId: event.id, command: 'RESOLVE', toState: 'RESOLVED' });

  // Delivered again, or followed by the case's closing: the event has moved on, nothing changes.
  await apply([agreed, outcome(MEDIATION_CASE_CLOSED, event.id, { status: 'CLOSED' })]);
  expect(await steps(event.id)).toHaveLength(1);
  expect(await fixture.em().count(OutboxEvent, {})).toBe(outboxBefore + 1);
});

test('an event not in progress, or a case from no event, is left as it is', async () => {
  const accepted = await fixture.eventIn(GridEventState.ACCEPTED);
  const closed = await fixture.eventIn(GridEventState.CLOSED);
  await apply([outcome(MEDIATION_CASE_AGREED, accepted.id), outcome(MEDIATION_CASE_CLOSED, closed.id), outcome(MEDIATION_CASE_AGREED, null), outcome(MEDIATION_CASE_AGREED, uuidv4())]);
  expect((await fixture.em().findOneOrFail(GridEvent, { id: accepted.id })).state).toBe(GridEventState.ACCEPTED);
  expect((await fixture.em().findOneOrFail(GridEvent, { id: closed.id })).state).toBe(GridEventState.CLOSED);
  expect([...(await steps(accepted.id)), ...(await steps(closed.id))]).toEqual([]);
});

test('a withdrawal resolves the event in progress too, saying so', async () => {
  const event = await fixture.eventIn(GridEventState.IN_PROGRESS);
  await apply([outcome(MEDIATION_CASE_CLOSED, event.id, { status: 'WITHDRAWN', agreed: false })]);
  const [step] = await steps(event.id);
  expect(step).toMatchObject({ command: 'RESOLVE', toState: 'RESOLVED' });
  expect(step.reason).toContain('撤回');
});

test('a malformed outcome fails before anything is written (the applier parks it)', async () => {
  const event = await fixture.eventIn(GridEventState.IN_PROGRESS);
  await expect(apply([outcome(MEDIATION_CASE_AGREED, 'not-a-uuid')])).rejects.toThrow('gridEventId');
  await expect(apply([outcome(MEDIATION_CASE_AGREED, event.id, { caseId: 42 })])).rejects.toThrow('caseId');
  expect((await fixture.em().findOneOrFail(GridEvent, { id: event.id })).state).toBe(GridEventState.IN_PROGRESS);
});
