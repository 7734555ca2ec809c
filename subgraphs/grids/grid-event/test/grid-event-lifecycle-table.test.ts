import { GridEvent } from '../grid-event.entity';
import { GridEventTransition } from '../grid-event-transition.entity';
import { GRID_EVENT_LIFECYCLE, GridEventCommand, GridEventState } from '../lifecycle';
import { createGridsFixture, type GridsFixture } from '../../test/grids-fixture';

/**
 * The lifecycle as reviewed against DOMAIN.md (受理 → 吹哨/处理 → 办结 → 反馈/关闭, 上报 up the
 * three levels, 挂起, 合并), written out here by hand, independently of `lifecycle.ts`: a wrong or
 * missing row in the table fails this test. Rows are states, columns commands; a cell is the next
 * state, `.` where the command is refused (CONFLICT).
 */
const REVIEWED_MATRIX = `
             ACCEPT  DISPATCH  ACCEPT_DISPATCH  RETURN_DISPATCH  START  RESOLVE  FEEDBACK_SATISFIED  FEEDBACK_UNSATISFIED  CLOSE  ESCALATE  SUSPEND  RESUME  MERGE
REPORTED     ACC     .         .                .                .      .        .                   .                     .      REP       .        .       MER
ACCEPTED     .       DIS       .                .                INP    .        .                   .                     .      REP       .        .       MER
DISPATCHED   .       .         INP              ACC              .      .        .                   .                     .      .         .        .       .
IN_PROGRESS  .       .         .                .                .      RES      .                   .                     .      REP       SUS      .       .
SUSPENDED    .       .         .                .                .      .        .                   .                     .      .         .        INP     .
RESOLVED     .       .         .                .                .      .        CLO                 INP                   CLO    .         .        .       .
CLOSED       .       .         .                .                .      .        .                   .                     .      .         .        .       .
MERGED       .       .         .                .                .      .        .                   .                     .      .         .        .       .
`;

/** Who may run each allowed transition: H handlers (grid worker up to city admin), L leaders (community staff and up), D the department's receiver, R the reporter. */
const REVIEWED_ACTORS = `
REPORTED ACCEPT H
REPORTED ESCALATE H (GRID, COMMUNITY)
REPORTED MERGE H
ACCEPTED DISPATCH L
ACCEPTED START H
ACCEPTED ESCALATE H (GRID, COMMUNITY)
ACCEPTED MERGE H
DISPATCHED ACCEPT_DISPATCH D
DISPATCHED RETURN_DISPATCH D
IN_PROGRESS RESOLVE H D
IN_PROGRESS SUSPEND H
IN_PROGRESS ESCALATE H (GRID, COMMUNITY)
SUSPENDED RESUME H
RESOLVED FEEDBACK_SATISFIED R
RESOLVED FEEDBACK_UNSATISFIED R
RESOLVED CLOSE L
`;

const SHORT: Record<GridEventState, string> = {
  REPORTED: 'REP', ACCEPTED: 'ACC', DISPATCHED: 'DIS', IN_PROGRESS: 'INP', SUSPENDED: 'SUS', RESOLVED: 'RES', CLOSED: 'CLO', MERGED: 'MER',
};
const GROUPS: Record<string, string> = {
  'GRID_WORKER,COMMUNITY_STAFF,SUBDISTRICT_ADMIN,CITY_ADMIN': 'H',
  'COMMUNITY_STAFF,SUBDISTRICT_ADMIN,CITY_ADMIN': 'L',
  DEPARTMENT_RECEIVER: 'D',
  REPORTER: 'R',
};
const ORDER = ['GRID_WORKER', 'COMMUNITY_STAFF', 'SUBDISTRICT_ADMIN', 'CITY_ADMIN', 'DEPARTMENT_RECEIVER', 'REPORTER'];

function cells(text: string): string[][] {
  return text.trim().split('\n').map((line) => line.trim().split(/\s+/));
}

test('every (state, command) pair leads where the reviewed matrix says, or is refused', () => {
  const [header, ...rows] = cells(REVIEWED_MATRIX);
  expect(header).toEqual(Object.values(GridEventCommand).filter((command) => command !== GridEventCommand.REPORT));
  expect(rows.map(([state]) => state)).toEqual(Object.values(GridEventState));
  const fromTable = rows.map(([state]) => [state, ...header.map((command) => {
    const rule = GRID_EVENT_LIFECYCLE.find(state as GridEventState, command as GridEventCommand);
    return rule ? SHORT[rule.to] : '.';
  })]);
  expect(fromTable).toEqual(rows);
});

test('each allowed transition is open to exactly the reviewed actors, at the reviewed levels', () => {
  const fromTable = GRID_EVENT_LIFECYCLE.rules.map((rule) => {
    const actors = [...rule.actors].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
    const handlers = actors.filter((actor) => !['DEPARTMENT_RECEIVER', 'REPORTER'].includes(actor)).join(',');
    const named = [handlers && (GROUPS[handlers] ?? handlers), ...actors.filter((actor) => GROUPS[actor]).map((actor) => GROUPS[actor])].filter(Boolean);
    return [rule.from, rule.command, ...named, ...(rule.levels ? [`(${rule.levels.join(', ')})`] : [])].join(' ');
  });
  expect(fromTable).toEqual(REVIEWED_ACTORS.trim().split('\n'));
});

describe('the seeded histories', () => {
  let fixture: GridsFixture;
  beforeAll(async () => {
    fixture = await createGridsFixture();
  });
  afterAll(() => fixture.close());

  test('obey the table: each step is an allowed transition, steps chain, and the last one is the event state', async () => {
    const em = fixture.em();
    const events = await em.find(GridEvent, {}, { fields: ['id', 'state'] });
    const transitions = await em.find(GridEventTransition, {}, { orderBy: { eventId: 'asc', sequence: 'asc' } });
    expect(events.length).toBeGreaterThan(0);
    const byEvent = new Map<string, GridEventTransition[]>();
    for (const transition of transitions) byEvent.set(transition.eventId, [...(byEvent.get(transition.eventId) ?? []), transition]);
    const broken: string[] = [];
    for (const event of events) {
      const history = byEvent.get(event.id) ?? [];
      if (history[0]?.command !== GridEventCommand.REPORT || history[0].fromState !== null) broken.push(`${event.id}: does not start with REPORT`);
      history.slice(1).forEach((step, index) => {
        if (step.fromState !== history[index].toState) broken.push(`${event.id} #${step.sequence}: from ${step.fromState} after ${history[index].toState}`);
        if (GRID_EVENT_LIFECYCLE.find(step.fromState!, step.command)?.to !== step.toState) broken.push(`${event.id} #${step.sequence}: ${step.fromState} --${step.command}--> ${step.toState}`);
      });
      if (history.at(-1)?.toState !== event.state) broken.push(`${event.id}: ends in ${history.at(-1)?.toState}, event is ${event.state}`);
    }
    expect(broken).toEqual([]);
  });
});
