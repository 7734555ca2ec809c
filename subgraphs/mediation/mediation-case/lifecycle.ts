import { registerEnumType } from 'type-graphql';
import { Role } from '../../../kit/auth/role';
import { TransitionTable, type Transition } from '../../../kit/lifecycle/transition-table';

/** Where a mediation case stands (案件状态). */
export enum MediationCaseStatus {
  REGISTERED = 'REGISTERED',
  IN_MEDIATION = 'IN_MEDIATION',
  AGREED = 'AGREED',
  FAILED = 'FAILED',
  ESCALATED = 'ESCALATED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MediationCaseStatus, {
  name: 'MediationCaseStatus',
  description: 'Status of a mediation case (案件状态)',
  valuesConfig: {
    REGISTERED: { description: 'Registered, no mediator yet (已登记)' },
    IN_MEDIATION: { description: 'Mediators assigned, being mediated (调解中)' },
    AGREED: { description: 'Agreement reached (达成协议)' },
    FAILED: { description: 'Mediation failed at this level (调解不成)' },
    ESCALATED: { description: 'Handed up to the next level, waiting for its mediators (已上交)' },
    CLOSED: { description: 'Closed (已结案)' },
    WITHDRAWN: { description: 'Withdrawn by the parties (撤回)' },
  },
});

/** What someone does to a case; each is one mutation, recorded in its history (案件操作). */
export enum MediationCaseCommand {
  REGISTER = 'REGISTER',
  ASSIGN_MEDIATORS = 'ASSIGN_MEDIATORS',
  HOLD_SESSION = 'HOLD_SESSION',
  FAIL = 'FAIL',
  RECORD_AGREEMENT = 'RECORD_AGREEMENT',
  ESCALATE = 'ESCALATE',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
  RECORD_FULFILMENT = 'RECORD_FULFILMENT',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(MediationCaseCommand, {
  name: 'MediationCaseCommand',
  description: 'A command on a mediation case, as recorded in its history (案件操作)',
  valuesConfig: {
    REGISTER: { description: 'Register (登记受理)' },
    ASSIGN_MEDIATORS: { description: 'Assign mediators; the level holding it starts mediating (指派调解员)' },
    HOLD_SESSION: { description: 'Hold a mediation session that adjourns or agrees (召开协商会)' },
    FAIL: { description: 'A session ends without agreement (调解不成)' },
    RECORD_AGREEMENT: { description: 'Record the agreement (达成调解协议)' },
    ESCALATE: { description: 'Hand up to the next level, saying why and who takes over (上交, 逐级调处)' },
    CLOSE: { description: 'Close the case (结案)' },
    WITHDRAW: { description: 'The parties withdraw (撤回)' },
    RECORD_FULFILMENT: { description: 'Record how the agreement was fulfilled (履行情况)' },
    FOLLOW_UP: { description: 'Follow-up visit (回访)' },
  },
});

/** Levels a dispute is mediated at, from the bottom (分级调解: 小事不出村、大事不出乡). */
export enum MediationLevel {
  GRID = 'GRID',
  COMMUNITY = 'COMMUNITY',
  SUBDISTRICT = 'SUBDISTRICT',
  JUDICIAL_OFFICE = 'JUDICIAL_OFFICE',
}
registerEnumType(MediationLevel, {
  name: 'MediationLevel',
  description: 'Level a dispute is mediated at (调解层级)',
  valuesConfig: {
    GRID: { description: 'In the grid, by its grid worker (网格)' },
    COMMUNITY: { description: "Community or village mediation committee (社区/村调委会)" },
    SUBDISTRICT: { description: 'Subdistrict or township mediation centre (街道/乡镇调解中心, 综治中心)' },
    JUDICIAL_OFFICE: { description: 'Judicial office (司法所)' },
  },
});

/** The chain from the bottom: escalation moves one step along it. */
export const LEVEL_CHAIN: readonly MediationLevel[] = [MediationLevel.GRID, MediationLevel.COMMUNITY, MediationLevel.SUBDISTRICT, MediationLevel.JUDICIAL_OFFICE];

export function levelRank(level: MediationLevel): number {
  return LEVEL_CHAIN.indexOf(level);
}

/** The level above `level`, or null at the top. */
export function nextLevel(level: MediationLevel): MediationLevel | null {
  return LEVEL_CHAIN[levelRank(level) + 1] ?? null;
}

/** Days a level has to settle a case from when it took it over (调解期限); the People's Mediation Law's 30 days at most. */
export const LEVEL_DEADLINE_DAYS: Record<MediationLevel, number> = {
  GRID: 7,
  COMMUNITY: 15,
  SUBDISTRICT: 30,
  JUDICIAL_OFFICE: 30,
};

export function deadlineFrom(level: MediationLevel, from: Date): Date {
  return new Date(from.getTime() + LEVEL_DEADLINE_DAYS[level] * 86_400_000);
}

/** Who may act besides a supervising role in scope: a mediator assigned to the case. */
export type MediationActor = Role | 'CASE_MEDIATOR';

/** The highest level each supervising role acts at; it acts on cases at that level and below. */
export const ROLE_LEVEL: Partial<Record<Role, MediationLevel>> = {
  [Role.COMMUNITY_STAFF]: MediationLevel.COMMUNITY,
  [Role.SUBDISTRICT_ADMIN]: MediationLevel.JUDICIAL_OFFICE,
  [Role.CITY_ADMIN]: MediationLevel.JUDICIAL_OFFICE,
};

/** One allowed transition: in `from`, `command` by one of `actors` (at the case's `levels`) leads to `to`. */
export interface MediationTransitionRule extends Transition<MediationCaseStatus, MediationCaseCommand> {
  readonly actors: readonly MediationActor[];
  /** Levels the case may be at; every level when absent. */
  readonly levels?: readonly MediationLevel[];
}

const S = MediationCaseStatus;
const C = MediationCaseCommand;
/** Supervisors in scope at or above the case's level (社区, 街道综治办, 市级). */
const SUPERVISORS: readonly MediationActor[] = [Role.COMMUNITY_STAFF, Role.SUBDISTRICT_ADMIN, Role.CITY_ADMIN];
/** Supervisors and the case's own mediators. */
const MEDIATING: readonly MediationActor[] = [...SUPERVISORS, 'CASE_MEDIATOR'];
const BELOW_TOP: readonly MediationLevel[] = LEVEL_CHAIN.slice(0, -1);

/**
 * The whole lifecycle of a mediation case in one table: every (status, command) pair not listed
 * here is refused with CONFLICT and changes nothing. REGISTER creates the case and has no row.
 */
export const MEDIATION_CASE_LIFECYCLE = new TransitionTable<MediationCaseStatus, MediationCaseCommand, MediationTransitionRule>('a mediation case', 'status', [
  { from: S.REGISTERED, command: C.ASSIGN_MEDIATORS, to: S.IN_MEDIATION, actors: SUPERVISORS },
  { from: S.REGISTERED, command: C.ESCALATE, to: S.ESCALATED, actors: SUPERVISORS, levels: BELOW_TOP },
  { from: S.REGISTERED, command: C.WITHDRAW, to: S.WITHDRAWN, actors: SUPERVISORS },
  { from: S.IN_MEDIATION, command: C.ASSIGN_MEDIATORS, to: S.IN_MEDIATION, actors: SUPERVISORS },
  { from: S.IN_MEDIATION, command: C.HOLD_SESSION, to: S.IN_MEDIATION, actors: MEDIATING },
  { from: S.IN_MEDIATION, command: C.FAIL, to: S.FAILED, actors: MEDIATING },
  { from: S.IN_MEDIATION, command: C.RECORD_AGREEMENT, to: S.AGREED, actors: MEDIATING },
  { from: S.IN_MEDIATION, command: C.ESCALATE, to: S.ESCALATED, actors: MEDIATING, levels: BELOW_TOP },
  { from: S.IN_MEDIATION, command: C.WITHDRAW, to: S.WITHDRAWN, actors: MEDIATING },
  { from: S.FAILED, command: C.ASSIGN_MEDIATORS, to: S.IN_MEDIATION, actors: SUPERVISORS },
  { from: S.FAILED, command: C.ESCALATE, to: S.ESCALATED, actors: MEDIATING, levels: BELOW_TOP },
  { from: S.FAILED, command: C.CLOSE, to: S.CLOSED, actors: SUPERVISORS },
  { from: S.FAILED, command: C.WITHDRAW, to: S.WITHDRAWN, actors: MEDIATING },
  { from: S.ESCALATED, command: C.ASSIGN_MEDIATORS, to: S.IN_MEDIATION, actors: SUPERVISORS },
  { from: S.ESCALATED, command: C.WITHDRAW, to: S.WITHDRAWN, actors: SUPERVISORS },
  { from: S.AGREED, command: C.RECORD_FULFILMENT, to: S.AGREED, actors: MEDIATING },
  { from: S.AGREED, command: C.FOLLOW_UP, to: S.AGREED, actors: MEDIATING },
  { from: S.AGREED, command: C.CLOSE, to: S.CLOSED, actors: MEDIATING },
  { from: S.CLOSED, command: C.RECORD_FULFILMENT, to: S.CLOSED, actors: MEDIATING },
  { from: S.CLOSED, command: C.FOLLOW_UP, to: S.CLOSED, actors: MEDIATING },
]);

/** States in which a case still needs work: these can run past their level's deadline. */
export const OPEN_STATUSES: readonly MediationCaseStatus[] = [S.REGISTERED, S.IN_MEDIATION, S.FAILED, S.ESCALATED];
