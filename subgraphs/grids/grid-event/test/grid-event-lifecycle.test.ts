import { errorCodes } from '../../../../kit/testing/execute';
import { isActor } from '../grid-event-command';
import { GridEvent } from '../grid-event.entity';
import { GridEventTransition } from '../grid-event-transition.entity';
import { GRID_EVENT_LIFECYCLE, GridEventCommand, GridEventLevel, GridEventState } from '../lifecycle';
import { commandOperation, createGridEventFixture, type GridEventFixture } from './grid-event-fixture';

let fixture: GridEventFixture;
let originalId: string;
beforeAll(async () => {
  fixture = await createGridEventFixture();
  originalId = (await fixture.eventIn(GridEventState.ACCEPTED)).id;
});
afterAll(() => fixture.close());

const STATES = Object.values(GridEventState);
const COMMANDS = Object.values(GridEventCommand).filter((command) => command !== GridEventCommand.REPORT);
const ALLOWED = GRID_EVENT_LIFECYCLE.rules.map((rule) => [rule.from, rule.command, rule.to] as const);
const REFUSED = STATES.flatMap((state) => COMMANDS.filter((command) => !GRID_EVENT_LIFECYCLE.find(state, command)).map((command) => [state, command] as const));

function operation(command: GridEventCommand, eventId: string) {
  return commandOperation(command, eventId, { departmentId: fixture.judicialId, originalEventId: originalId });
}

async function snapshot(eventId: string) {
  const em = fixture.em();
  const event = await em.findOneOrFail(GridEvent, { id: eventId });
  const history = await em.count(GridEventTransition, { eventId });
  return { event: { ...event }, history };
}

test('the table covers every (state, command) pair once', () => {
  expect(ALLOWED.length + REFUSED.length).toBe(STATES.length * COMMANDS.length);
  const pairs = new Set(ALLOWED.map(([from, command]) => `${from}:${command}`));
  expect(pairs.size).toBe(ALLOWED.length);
});

describe.each(ALLOWED)('%s --%s--> %s', (from, command, to) => {
  const rule = GRID_EVENT_LIFECYCLE.find(from, command)!;

  test.each(rule.actors.map((actor) => [actor]))('succeeds for %s and is recorded in the history', async (actor) => {
    // A receiver acts only on what was dispatched to its department.
    const event = await fixture.eventIn(from, actor === 'DEPARTMENT_RECEIVER' ? { departmentId: fixture.judicialId } : {});
    const viewer = fixture.actorViewer[actor];
    const { name, query, variables } = operation(command, event.id);
    const result = await fixture.run(viewer, query, variables);
    expect(result.errors).toBeUndefined();
    const payload = result.data[name];
    expect(payload.gridEvent.state).toBe(to);
    expect(payload.gridEvent.version).toBe(event.version + 1);
    expect(payload.transition).toMatchObject({ command, fromState: from, toState: to, actorId: viewer.id, sequence: event.version + 1 });
    const after = await snapshot(event.id);
    expect(after.event.state).toBe(to);
    expect(after.history).toBe(1);
  });

  test('is FORBIDDEN to someone who can see the event but is not an allowed actor, and changes nothing', async () => {
    const event = await fixture.eventIn(from);
    const department = { receivers: [{ subjectId: fixture.viewers.receiver.id, name: '接哨员' }] } as never;
    const outsider = [fixture.viewers.reporter, fixture.viewers.gridWorker, fixture.viewers.receiver]
      .find((viewer) => !isActor(viewer, rule.actors, event, event.departmentId ? department : null) && (viewer !== fixture.viewers.receiver || event.departmentId));
    expect(outsider).toBeDefined();
    const before = await snapshot(event.id);
    const { query, variables } = operation(command, event.id);
    const result = await fixture.run(outsider!, query, variables);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await snapshot(event.id)).toEqual(before);
  });
});

describe.each(REFUSED)('%s refuses %s', (state, command) => {
  test('with CONFLICT naming the state and the command; the event is unchanged', async () => {
    const event = await fixture.eventIn(state);
    const before = await snapshot(event.id);
    const { query, variables } = operation(command, event.id);
    const result = await fixture.run(fixture.viewers.cityAdmin, query, variables);
    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(result.errors![0].message).toContain(state);
    expect(result.errors![0].message).toContain(command);
    expect(await snapshot(event.id)).toEqual(before);
  });
});

test('ESCALATE at the top of the chain (综治办) is refused with CONFLICT', async () => {
  const event = await fixture.eventIn(GridEventState.ACCEPTED, { level: GridEventLevel.SUBDISTRICT });
  const { query, variables } = operation(GridEventCommand.ESCALATE, event.id);
  const result = await fixture.run(fixture.viewers.subdistrictAdmin, query, variables);
  expect(errorCodes(result)).toEqual(['CONFLICT']);
  expect(result.errors![0].message).toContain('SUBDISTRICT');
});

test('a grid worker cannot act on an event escalated to the community; the grid leader can', async () => {
  const event = await fixture.eventIn(GridEventState.ACCEPTED);
  const escalate = operation(GridEventCommand.ESCALATE, event.id);
  const escalated = await fixture.run(fixture.viewers.gridWorker, escalate.query, escalate.variables);
  expect(escalated.data.escalateGridEvent.gridEvent).toMatchObject({ state: 'REPORTED', level: 'COMMUNITY', holderId: null });
  const accept = operation(GridEventCommand.ACCEPT, event.id);
  expect(errorCodes(await fixture.run(fixture.viewers.gridWorker, accept.query, accept.variables))).toEqual(['FORBIDDEN']);
  const accepted = await fixture.run(fixture.viewers.communityStaff, accept.query, accept.variables);
  expect(accepted.data.acceptGridEvent.gridEvent).toMatchObject({ state: 'ACCEPTED', holderId: fixture.viewers.communityStaff.id });
});

test('dispatch to a department that does not take the category is BAD_USER_INPUT and writes nothing', async () => {
  const event = await fixture.eventIn(GridEventState.ACCEPTED);
  const before = await snapshot(event.id);
  const { query, variables } = commandOperation(GridEventCommand.DISPATCH, event.id, { departmentId: fixture.urbanManagementId });
  const result = await fixture.run(fixture.viewers.communityStaff, query, variables);
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions).toMatchObject({ field: 'input.departmentId', rule: 'takes the category' });
  expect(await snapshot(event.id)).toEqual(before);
});

test('returning a dispatch needs a reason', async () => {
  const event = await fixture.eventIn(GridEventState.DISPATCHED);
  const { query } = operation(GridEventCommand.RETURN_DISPATCH, event.id);
  const result = await fixture.run(fixture.viewers.receiver, query, { input: { eventId: event.id, reason: '' } });
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions).toMatchObject({ field: 'input.reason', rule: 'isLength' });
});

test('two concurrent commands on one event: exactly one wins, the other is CONFLICT', async () => {
  const event = await fixture.eventIn(GridEventState.REPORTED);
  const { query, variables } = operation(GridEventCommand.ACCEPT, event.id);
  const results = await Promise.all([
    fixture.run(fixture.viewers.gridWorker, query, variables),
    fixture.run(fixture.viewers.communityStaff, query, variables),
  ]);
  expect(results.filter((result) => !result.errors)).toHaveLength(1);
  expect(results.flatMap(errorCodes)).toEqual(['CONFLICT']);
  expect((await snapshot(event.id)).history).toBe(1);
});

test('a stale copy of the event cannot overwrite a newer transition (optimistic lock)', async () => {
  const event = await fixture.eventIn(GridEventState.REPORTED);
  const stale = fixture.em();
  const copy = await stale.findOneOrFail(GridEvent, { id: event.id });
  const { query, variables } = operation(GridEventCommand.ACCEPT, event.id);
  expect((await fixture.run(fixture.viewers.gridWorker, query, variables)).errors).toBeUndefined();
  copy.state = GridEventState.MERGED;
  await expect(stale.flush()).rejects.toThrow(/optimistic lock|version/i);
  expect((await snapshot(event.id)).event.state).toBe(GridEventState.ACCEPTED);
});

test('a command costs a fixed number of statements', async () => {
  const event = await fixture.eventIn(GridEventState.ACCEPTED);
  const { query, variables } = operation(GridEventCommand.DISPATCH, event.id);
  const { result, statements } = await fixture.queryLog.measure(() => fixture.run(fixture.viewers.communityStaff, query, variables));
  expect(result.errors).toBeUndefined();
  // begin (the mutation's transaction, kit/audit) · event, category, department · savepoint ·
  // [PostgreSQL: outbox lock] · outbox sequence · insert outbox event · update (version-checked) ·
  // insert history · release savepoint · [PostgreSQL: audit lock] · last audit entry · insert audit
  // entry · commit, then the payload's department
  expect(statements).toBeLessThanOrEqual(16);
});
