import { todayUtc } from '../validation/calendar-date';
import { demoId } from './ids';
import { permute } from './permute';
import { prngFor, type Prng } from './prng';
import type { DemoBuilding, DemoGrid, DemoTerritory } from './types';

/** The event catalogue (事件类别): code, name, hours to resolve (normal / urgent), share of events. */
export const EVENT_CATEGORIES = [
  { code: 'SANITATION', name: '环境卫生', resolveHours: 48, urgentResolveHours: 12, weight: 28 },
  { code: 'FACILITY_REPAIR', name: '设施维修', resolveHours: 72, urgentResolveHours: 24, weight: 18 },
  { code: 'NEIGHBOUR_DISPUTE', name: '邻里纠纷', resolveHours: 72, urgentResolveHours: 24, weight: 14 },
  { code: 'ILLEGAL_PARKING', name: '违章停车', resolveHours: 24, urgentResolveHours: 4, weight: 12 },
  { code: 'SAFETY_HAZARD', name: '安全隐患', resolveHours: 24, urgentResolveHours: 4, weight: 12 },
  { code: 'ELDERLY_HELP', name: '助老服务', resolveHours: 48, urgentResolveHours: 8, weight: 10 },
  { code: 'ILLEGAL_CONSTRUCTION', name: '违章搭建', resolveHours: 120, urgentResolveHours: 48, weight: 6 },
] as const;

/** Departments of every subdistrict (街道职能部门) and the categories they take. */
const SUBDISTRICT_DEPARTMENTS = [
  { kind: 'JUDICIAL', name: '司法所', categories: ['NEIGHBOUR_DISPUTE'] },
  { kind: 'POLICE', name: '派出所', categories: ['ILLEGAL_PARKING', 'SAFETY_HAZARD', 'NEIGHBOUR_DISPUTE'] },
  { kind: 'URBAN_MANAGEMENT', name: '城管中队', categories: ['SANITATION', 'ILLEGAL_PARKING', 'ILLEGAL_CONSTRUCTION'] },
  { kind: 'CIVIL_AFFAIRS', name: '民政办', categories: ['ELDERLY_HELP'] },
] as const;
/** District-wide departments (区直部门). */
const DISTRICT_DEPARTMENTS = [{ kind: 'HOUSING', name: '住建局', categories: ['FACILITY_REPAIR', 'SAFETY_HAZARD'] }] as const;

const SOURCES: readonly (readonly [string, number])[] = [
  ['PATROL', 34], ['RESIDENT_REPORT', 25], ['APP_PHOTO', 15],
  ['HOTLINE_12345', 12], ['INSPECTION', 6], ['SUPERIOR_ASSIGNMENT', 5], ['DEPARTMENT_LEAD', 3],
];
/**
 * Share of inspection findings (实地点位问题清单) left unrectified: the seeds rectified 3,853 of 4,253
 * (综合整改率 90.59%), far below the 98.7% of other events, as a point found on inspection often
 * needs works, money or another department.
 */
const INSPECTION_UNRECTIFIED = 0.094;

const DAY = 86_400_000;
/** Key of the shuffle that hands each event its slice of the year. */
const EVENT_SLICE_KEY = 16;

/**
 * The demo year: the twelve months before the day the seed runs (00:00 UTC of `seededOn`), so that
 * "this year", "this quarter" and "the last 30 days" hold events whenever the demo is opened. Only
 * dates move with the day; ids and everything else come from fixed streams.
 */
export function demoEventsWindow(seededOn: string = todayUtc()): { from: Date; to: Date } {
  const to = new Date(`${seededOn}T00:00:00Z`);
  return { from: new Date(to.getTime() - 365 * DAY), to };
}
/** About one event per this many households per half-year. */
const HOUSEHOLDS_PER_EVENT = 10;
/** Account of the demo 12345 hotline (partner agency). */
export const DEMO_HOTLINE_ACCOUNT = 'partner-12345-pingcheng';

const HOUR = 3_600_000;

export const categoryId = (code: string) => demoId(['grid-event-category', code]);
export const departmentId = (scopeCode: string, kind: string) => demoId(['department', scopeCode, kind]);

/** One demo row, in the shape of the grids entity it becomes. */
export type DemoRow = Record<string, unknown>;

/** A demo grid event and its history, as the grids subgraph stores them. */
export interface DemoGridEvent {
  readonly row: DemoRow & { id: string; gridId: string; communityId: string; subdistrictId: string; categoryId: string; reportedAt: Date };
  readonly transitions: DemoRow[];
  /** Code of its category in `EVENT_CATEGORIES`. */
  readonly categoryCode: string;
}

/** The event catalogue rows (事件类别). */
export function demoEventCategories(): DemoRow[] {
  return EVENT_CATEGORIES.map(({ weight: _weight, ...category }) => ({ id: categoryId(category.code), ...category }));
}

/** The departments of the district and of every subdistrict (职能部门), district ones first. */
export function demoDepartments(territory: DemoTerritory): DemoRow[] {
  const district = territory.district;
  return [
    ...DISTRICT_DEPARTMENTS.map((spec) => departmentRow(departmentId(district.code, spec.kind), `${district.code}-${spec.kind}`, `${district.name}${spec.name}`, district.id, null, spec.categories)),
    ...territory.subdistricts.flatMap((subdistrict) => SUBDISTRICT_DEPARTMENTS.map((spec) =>
      departmentRow(departmentId(subdistrict.code, spec.kind), `${subdistrict.code}-${spec.kind}`, `${subdistrict.name}${spec.name}`, district.id, subdistrict.id, spec.categories))),
  ];
}

/**
 * A year of grid events over the territory (`demoEventsWindow`), grid by grid: mostly resolved at
 * the grid, some dispatched (吹哨报到), some escalated, a few still open and overdue, for a disposal
 * rate near the seeds' 98.74%; inspection findings rectified near their 90.59%. Deterministic
 * (streams from `prngFor`, dates from the seed's day), so every subgraph that keeps a copy of grid
 * events derives the same ids, and on the same day the same dates, as grids without reading its database.
 */
export function* demoGridEvents(territory: DemoTerritory, seededOn: string = todayUtc()): Generator<DemoGridEvent> {
  const window = demoEventsWindow(seededOn);
  const district = territory.district;
  const departmentsBySubdistrict = new Map<string, { id: string; categories: readonly string[]; receiver: string }[]>();
  for (const subdistrict of territory.subdistricts) {
    const list = DISTRICT_DEPARTMENTS.map((spec) => ({ id: departmentId(district.code, spec.kind), categories: spec.categories as readonly string[], receiver: receiverOf(`${district.code}-${spec.kind}`) }));
    for (const spec of SUBDISTRICT_DEPARTMENTS) {
      list.push({ id: departmentId(subdistrict.code, spec.kind), categories: spec.categories, receiver: receiverOf(`${subdistrict.code}-${spec.kind}`) });
    }
    departmentsBySubdistrict.set(subdistrict.id, list);
  }
  const buildingsById = new Map(territory.buildings.map((building) => [building.id, building]));
  const buildingsOf = (grid: DemoGrid) => grid.buildingIds.map((id) => buildingsById.get(id)!).filter(Boolean);
  const streamOf = (grid: DemoGrid) => {
    const rng = prngFor([grid.id], 'grid-events');
    const households = buildingsOf(grid).reduce((sum, building) => sum + building.units * building.floors * building.roomsPerFloor, 0);
    const count = grid.kind === 'DEDICATED' ? rng.int(1, 3) : Math.round(households / HOUSEHOLDS_PER_EVENT + rng.next() - 0.5);
    return { rng, count };
  };
  // Every event gets its own slice of the year, the slices shuffled over the grids: even a tiny
  // territory has events in every month, and so in the last 30 days, whatever day it is seeded.
  const total = territory.grids.reduce((sum, grid) => sum + streamOf(grid).count, 0);
  let ordinal = 0;
  for (const grid of territory.grids) {
    const buildings = buildingsOf(grid);
    const { rng, count } = streamOf(grid);
    const workers = territory.gridWorkers(grid);
    const worker = workers.find((candidate) => candidate.role === 'GRID_WORKER')?.id ?? workers[0]?.id ?? `grid-worker-${grid.code}`;
    const leader = workers.find((candidate) => candidate.role === 'GRID_LEADER')?.id ?? `community-staff-${grid.communityId}`;
    for (let index = 0; index < count; index++) {
      const slice = { index: permute(ordinal++, total, EVENT_SLICE_KEY), of: total };
      const event = demoEvent(rng, window.from, slice, grid, buildings, index, worker, leader, departmentsBySubdistrict.get(grid.subdistrictId) ?? [], district.id);
      yield endingBefore(event, window.to);
    }
  }
}

/** Account of the demo receiver (接哨员) of the department coded `code`. */
export function receiverOf(code: string): string {
  return `receiver-${code.toLowerCase()}`;
}

function departmentRow(id: string, code: string, name: string, districtId: string, subdistrictId: string | null, categories: readonly string[]) {
  return {
    id, code, name, districtId, subdistrictId,
    categoryCodes: [...categories],
    receivers: [{ subjectId: receiverOf(code), name: `${name}接哨员` }],
    responseHours: 4,
  };
}

/** Moves an event whose history would run past the end of the demo year back by the overshoot, so no row is dated in the future. */
function endingBefore(event: DemoGridEvent, end: Date): DemoGridEvent {
  const last = Math.max(...event.transitions.map((transition) => (transition.at as Date).getTime()));
  const overshoot = last - (end.getTime() - HOUR);
  if (overshoot <= 0) return event;
  const shift = (row: DemoRow) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? new Date(value.getTime() - overshoot) : value]));
  return { ...event, row: shift(event.row) as DemoGridEvent['row'], transitions: event.transitions.map(shift) };
}

function demoEvent(
  rng: Prng,
  from: Date,
  slice: { index: number; of: number },
  grid: DemoGrid,
  buildings: readonly DemoBuilding[],
  index: number,
  worker: string,
  leader: string,
  departments: readonly { id: string; categories: readonly string[]; receiver: string }[],
  districtId: string,
): DemoGridEvent {
  const id = demoId([grid.id, 'grid-event', String(index)]);
  const category = rng.weighted(EVENT_CATEGORIES.map((candidate) => [candidate, candidate.weight] as const));
  const source = rng.weighted(SOURCES);
  const priority = rng.chance(0.1) ? 'URGENT' : 'NORMAL';
  const deadlineHours = priority === 'URGENT' ? category.urgentResolveHours : category.resolveHours;
  const span = (365 * DAY) / HOUR - category.resolveHours * 3;
  const reportedAt = new Date(from.getTime() + Math.floor(((slice.index + rng.next()) / slice.of) * span * 60) * 60_000);
  const building = buildings.length ? rng.pick(buildings) : null;
  const reportedBy = source === 'HOTLINE_12345' ? DEMO_HOTLINE_ACCOUNT : worker;

  const transitions: DemoRow[] = [];
  let state: string = 'REPORTED';
  let level: string = 'GRID';
  let at = reportedAt.getTime();
  // Urgent and short-deadline events move faster before resolution.
  let pace = Math.min(1, deadlineHours / 48);
  const step = (command: string, to: string, actorId: string, hours: number, reason: string | null = null) => {
    at += Math.round(hours * pace * HOUR);
    transitions.push({
      id: demoId([id, 'transition', String(transitions.length + 1)]), eventId: id, sequence: transitions.length + 1,
      command, fromState: transitions.length ? state : null, toState: to, level, actorId, reason, at: new Date(at),
    });
    state = to;
  };
  step('REPORT', 'REPORTED', reportedBy, 0);
  let holderId = worker;
  step('ACCEPT', 'ACCEPTED', worker, 0.1 + rng.next() * 2);
  const acceptedAt = new Date(at);

  const escalation = rng.next();
  if (escalation < 0.05) {
    step('ESCALATE', 'REPORTED', worker, 1 + rng.next() * 4, '超出网格处置能力');
    level = 'COMMUNITY';
    transitions[transitions.length - 1].level = level;
    holderId = leader;
    step('ACCEPT', 'ACCEPTED', leader, 0.5 + rng.next());
    if (escalation < 0.01) {
      step('ESCALATE', 'REPORTED', leader, 2 + rng.next() * 6, '需街道综治办协调');
      level = 'SUBDISTRICT';
      transitions[transitions.length - 1].level = level;
      holderId = `subdistrict-office-${grid.subdistrictId}`;
      step('ACCEPT', 'ACCEPTED', holderId, 0.5 + rng.next());
    }
  }
  const candidates = departments.filter((department) => department.categories.includes(category.code));
  let departmentId: string | null = null;
  let dispatchDeadlineAt: Date | null = null;
  if (candidates.length && rng.chance(0.15)) {
    const department = rng.pick(candidates);
    departmentId = department.id;
    step('DISPATCH', 'DISPATCHED', leader, 0.5 + rng.next() * 2, null);
    dispatchDeadlineAt = new Date(at + 4 * HOUR);
    step('ACCEPT_DISPATCH', 'IN_PROGRESS', department.receiver, 0.2 + rng.next() * 3);
  } else {
    step('START', 'IN_PROGRESS', holderId, 0.1 + rng.next());
  }
  const handler = transitions[transitions.length - 1].actorId as string;

  const row = {
    id, categoryId: categoryId(category.code), description: `${category.name}: 网格${grid.code}第${index + 1}件`,
    gridId: grid.id, compoundId: building?.compoundId ?? null, buildingId: building?.id ?? null, householdId: null,
    communityId: grid.communityId, subdistrictId: grid.subdistrictId, districtId,
    source, externalTicket: source === 'HOTLINE_12345' ? `12345-${id.slice(0, 8)}` : null,
    reportedBy, reporterName: null, reporterPhone: null, attachmentUrls: source === 'APP_PHOTO' ? [`https://img.example.cn/suishoupai/${id}.jpg`] : [],
    priority, level, holderId, departmentId, dispatchDeadlineAt,
    deadlineAt: new Date(reportedAt.getTime() + deadlineHours * HOUR), reportedAt, acceptedAt,
    resolvedAt: null, closedAt: null, resolution: null, resolvedLate: false, hoursToResolve: null, satisfied: null, duplicateOfId: null,
  };
  if (rng.chance(source === 'INSPECTION' ? INSPECTION_UNRECTIFIED : 0.011)) {
    // Still open and past its deadline: these count against the level holding them.
    return { row: { ...row, state, version: transitions.length }, transitions, categoryCode: category.code };
  }
  const late = rng.chance(0.03);
  const resolveAfter = (late ? 1.1 + rng.next() : 0.3 + rng.next() * 0.6) * deadlineHours;
  at = Math.max(at, reportedAt.getTime() + resolveAfter * HOUR);
  step('RESOLVE', 'RESOLVED', handler, 0.1, '已处置完毕');
  let resolvedAtMs = at;
  pace = 1;
  let satisfied: boolean | null = null;
  const asksFeedback = source !== 'PATROL' && source !== 'INSPECTION' && source !== 'SUPERIOR_ASSIGNMENT';
  if (asksFeedback && rng.chance(0.9)) {
    satisfied = rng.chance(0.96);
    if (satisfied) {
      step('FEEDBACK_SATISFIED', 'CLOSED', reportedBy, 2 + rng.next() * 20);
    } else {
      // Not satisfied: reopened, handled again, then closed by the community with the feedback on record.
      step('FEEDBACK_UNSATISFIED', 'IN_PROGRESS', reportedBy, 2 + rng.next() * 20, '问题未彻底解决');
      step('RESOLVE', 'RESOLVED', handler, 4 + rng.next() * 20, '再次处置完毕');
      resolvedAtMs = at;
    }
  }
  const resolvedAt = new Date(resolvedAtMs);
  const hoursToResolve = Math.round(((resolvedAtMs - reportedAt.getTime()) / HOUR) * 100) / 100;
  if (state === 'RESOLVED') step('CLOSE', 'CLOSED', leader, 24 + rng.next() * 48);
  return {
    row: {
      ...row, state, version: transitions.length, resolvedAt, closedAt: new Date(at), resolution: '已处置完毕',
      resolvedLate: resolvedAt.getTime() > row.deadlineAt.getTime(), hoursToResolve, satisfied,
    },
    transitions,
    categoryCode: category.code,
  };
}
