import { registerEnumType } from 'type-graphql';
import { Role } from '../../../kit/auth/role';
import { TransitionTable, type Transition } from '../../../kit/lifecycle/transition-table';
import { EVENT_HANDLERS, EVENT_LEADERS } from '../roles';

/** Where an event stands in its lifecycle (事件状态). */
export enum GridEventState {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  DISPATCHED = 'DISPATCHED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUSPENDED = 'SUSPENDED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  MERGED = 'MERGED',
}
registerEnumType(GridEventState, {
  name: 'GridEventState',
  description: 'Lifecycle state of a grid event (事件状态)',
  valuesConfig: {
    REPORTED: { description: 'Reported, waiting to be accepted (已上报)' },
    ACCEPTED: { description: 'Accepted; the accepter holds it (已受理, 首问负责制)' },
    DISPATCHED: { description: "Dispatched to a department, waiting for its receiver (已吹哨, 待部门报到)" },
    IN_PROGRESS: { description: 'Being handled (处理中)' },
    SUSPENDED: { description: 'Suspended with a reason (已挂起)' },
    RESOLVED: { description: "Resolved, waiting for the reporter's feedback (已办结, 待反馈)" },
    CLOSED: { description: 'Closed (已关闭)' },
    MERGED: { description: 'Merged into its original as a duplicate (已合并)' },
  },
});

/** What someone does to an event: each is one mutation (事件操作). */
export enum GridEventCommand {
  REPORT = 'REPORT',
  ACCEPT = 'ACCEPT',
  DISPATCH = 'DISPATCH',
  ACCEPT_DISPATCH = 'ACCEPT_DISPATCH',
  RETURN_DISPATCH = 'RETURN_DISPATCH',
  START = 'START',
  RESOLVE = 'RESOLVE',
  FEEDBACK_SATISFIED = 'FEEDBACK_SATISFIED',
  FEEDBACK_UNSATISFIED = 'FEEDBACK_UNSATISFIED',
  CLOSE = 'CLOSE',
  ESCALATE = 'ESCALATE',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  MERGE = 'MERGE',
}
registerEnumType(GridEventCommand, {
  name: 'GridEventCommand',
  description: 'A command on a grid event, as recorded in its history (事件操作)',
  valuesConfig: {
    REPORT: { description: 'Report (上报)' },
    ACCEPT: { description: 'Accept and hold it: first-responder responsibility (受理, 首问负责制)' },
    DISPATCH: { description: 'Dispatch to a department: the community blows the whistle (社区吹哨)' },
    ACCEPT_DISPATCH: { description: "The department's receiver accepts the dispatch (部门报到, 接哨)" },
    RETURN_DISPATCH: { description: "The department's receiver returns the dispatch with a reason (退回)" },
    START: { description: 'Start handling (开始处理)' },
    RESOLVE: { description: 'Resolve, saying what was done (办结)' },
    FEEDBACK_SATISFIED: { description: 'Reporter is satisfied; closes the event (满意)' },
    FEEDBACK_UNSATISFIED: { description: 'Reporter is not satisfied; reopens the event (不满意, 重新处理)' },
    CLOSE: { description: 'Close without feedback (关闭)' },
    ESCALATE: { description: 'Escalate one level up the three-level response chain (上报升级, 三级响应)' },
    SUSPEND: { description: 'Suspend with a reason (挂起)' },
    RESUME: { description: 'Resume handling (恢复)' },
    MERGE: { description: 'Merge a duplicate into its original (合并重复事件)' },
  },
});

/**
 * The three-level response chain (三级响应机制): grid worker (社区网格员) → community grid leader
 * (社区网格长) → subdistrict comprehensive-governance office (综治办).
 */
export enum GridEventLevel {
  GRID = 'GRID',
  COMMUNITY = 'COMMUNITY',
  SUBDISTRICT = 'SUBDISTRICT',
}
registerEnumType(GridEventLevel, {
  name: 'GridEventLevel',
  description: 'Handling level in the three-level response chain (三级响应: 网格员 — 网格长 — 综治办)',
});

/** The chain from the bottom; escalation moves one step along it. */
export const LEVEL_CHAIN: readonly GridEventLevel[] = [GridEventLevel.GRID, GridEventLevel.COMMUNITY, GridEventLevel.SUBDISTRICT];

export function levelRank(level: GridEventLevel): number {
  return LEVEL_CHAIN.indexOf(level);
}

/** Who may act besides a role in scope: the dispatched department's receiver (接哨员) or the reporter. */
export type GridEventActor = Role | 'DEPARTMENT_RECEIVER' | 'REPORTER';

/** The highest level each territorial role handles at; a role also acts on events below its level. */
export const ROLE_LEVEL: Partial<Record<Role, GridEventLevel>> = {
  [Role.GRID_WORKER]: GridEventLevel.GRID,
  [Role.COMMUNITY_STAFF]: GridEventLevel.COMMUNITY,
  [Role.SUBDISTRICT_ADMIN]: GridEventLevel.SUBDISTRICT,
  [Role.CITY_ADMIN]: GridEventLevel.SUBDISTRICT,
};

/** One allowed transition: in `from`, `command` by one of `actors` (at the event's `levels`) leads to `to`. */
export interface GridEventTransitionRule extends Transition<GridEventState, GridEventCommand> {
  readonly actors: readonly GridEventActor[];
  /** Levels the event may be at for the command; every level when absent. */
  readonly levels?: readonly GridEventLevel[];
}

const S = GridEventState;
const C = GridEventCommand;
/** Handlers of the territorial chain; each must reach the event's place and level. */
const HANDLERS: readonly GridEventActor[] = EVENT_HANDLERS;
/** Dispatching (吹哨) and closing without feedback are for the community level and above. */
const LEADERS: readonly GridEventActor[] = EVENT_LEADERS;
const BELOW_TOP: readonly GridEventLevel[] = [GridEventLevel.GRID, GridEventLevel.COMMUNITY];

/**
 * The whole lifecycle of a grid event in one table: every (state, command) pair not listed here is
 * refused with CONFLICT. REPORT creates the event and has no row.
 */
export const GRID_EVENT_LIFECYCLE = new TransitionTable<GridEventState, GridEventCommand, GridEventTransitionRule>('a grid event', 'state', [
  { from: S.REPORTED, command: C.ACCEPT, to: S.ACCEPTED, actors: HANDLERS },
  { from: S.REPORTED, command: C.ESCALATE, to: S.REPORTED, actors: HANDLERS, levels: BELOW_TOP },
  { from: S.REPORTED, command: C.MERGE, to: S.MERGED, actors: HANDLERS },
  { from: S.ACCEPTED, command: C.DISPATCH, to: S.DISPATCHED, actors: LEADERS },
  { from: S.ACCEPTED, command: C.START, to: S.IN_PROGRESS, actors: HANDLERS },
  { from: S.ACCEPTED, command: C.ESCALATE, to: S.REPORTED, actors: HANDLERS, levels: BELOW_TOP },
  { from: S.ACCEPTED, command: C.MERGE, to: S.MERGED, actors: HANDLERS },
  { from: S.DISPATCHED, command: C.ACCEPT_DISPATCH, to: S.IN_PROGRESS, actors: ['DEPARTMENT_RECEIVER'] },
  { from: S.DISPATCHED, command: C.RETURN_DISPATCH, to: S.ACCEPTED, actors: ['DEPARTMENT_RECEIVER'] },
  { from: S.IN_PROGRESS, command: C.RESOLVE, to: S.RESOLVED, actors: [...HANDLERS, 'DEPARTMENT_RECEIVER'] },
  { from: S.IN_PROGRESS, command: C.SUSPEND, to: S.SUSPENDED, actors: HANDLERS },
  { from: S.IN_PROGRESS, command: C.ESCALATE, to: S.REPORTED, actors: HANDLERS, levels: BELOW_TOP },
  { from: S.SUSPENDED, command: C.RESUME, to: S.IN_PROGRESS, actors: HANDLERS },
  { from: S.RESOLVED, command: C.FEEDBACK_SATISFIED, to: S.CLOSED, actors: ['REPORTER'] },
  { from: S.RESOLVED, command: C.FEEDBACK_UNSATISFIED, to: S.IN_PROGRESS, actors: ['REPORTER'] },
  { from: S.RESOLVED, command: C.CLOSE, to: S.CLOSED, actors: LEADERS },
]);

/** States from which the event still needs work: these can run overdue. */
export const OPEN_STATES: readonly GridEventState[] = [S.REPORTED, S.ACCEPTED, S.DISPATCHED, S.IN_PROGRESS, S.SUSPENDED];
