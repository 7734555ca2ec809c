import { registerEnumType } from 'type-graphql';
import type { Role } from '../../../kit/auth/role';
import { TransitionTable, type Transition } from '../../../kit/lifecycle/transition-table';
import { CONVENERS } from '../roles';

/**
 * Where an agenda item stands in "一征三议两公开": solicited (一征); proposed by the party
 * organisation, consulted on at the joint meeting, decided by the residents' representatives (三议);
 * decision and result published (两公开).
 */
export enum AgendaItemStage {
  SOLICITED = 'SOLICITED',
  PROPOSED = 'PROPOSED',
  CONSULTED = 'CONSULTED',
  DECIDED = 'DECIDED',
  DECISION_PUBLISHED = 'DECISION_PUBLISHED',
  RESULT_PUBLISHED = 'RESULT_PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AgendaItemStage, {
  name: 'AgendaItemStage',
  description: 'Stage of an agenda item in 一征三议两公开 (议题环节)',
  valuesConfig: {
    SOLICITED: { description: "Opinions solicited, the problem taken up (一征: 征求意见)" },
    PROPOSED: { description: 'Proposed by the party organisation (一议: 党组织提议)' },
    CONSULTED: { description: 'Consulted on by the joint meeting (二议: 联席会议商议)' },
    DECIDED: { description: "Decided by residents' representatives with an adopted resolution (三议: 居民代表会议决议)" },
    DECISION_PUBLISHED: { description: 'Decision made public (一公开: 决议公开)' },
    RESULT_PUBLISHED: { description: 'Result made public, follow-up done: solved (二公开: 结果公开)' },
    WITHDRAWN: { description: 'Withdrawn before a decision (撤回)' },
  },
});

/** What someone does to an agenda item: each is one mutation (议题操作). */
export enum AgendaItemCommand {
  SOLICIT = 'SOLICIT',
  PROPOSE = 'PROPOSE',
  CONSULT = 'CONSULT',
  DECIDE = 'DECIDE',
  PUBLISH_DECISION = 'PUBLISH_DECISION',
  PUBLISH_RESULT = 'PUBLISH_RESULT',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(AgendaItemCommand, {
  name: 'AgendaItemCommand',
  description: 'A command on an agenda item, as recorded in its history (议题操作)',
  valuesConfig: {
    SOLICIT: { description: 'Take the problem onto the agenda (征集议题)' },
    PROPOSE: { description: 'The party organisation proposes a solution (党组织提议)' },
    CONSULT: { description: 'The joint meeting consults on it (联席会议商议)' },
    DECIDE: { description: "Residents' representatives decide: needs an adopted resolution (决议)" },
    PUBLISH_DECISION: { description: 'Publish the decision (决议公开)' },
    PUBLISH_RESULT: { description: 'Publish the result: needs every follow-up task done (结果公开)' },
    WITHDRAW: { description: 'Withdraw the item (撤回)' },
  },
});

/** One allowed step: in `from`, `command` by one of `roles` (in the item's scope) leads to `to`. */
export interface AgendaItemTransitionRule extends Transition<AgendaItemStage, AgendaItemCommand> {
  readonly roles: readonly Role[];
}

const S = AgendaItemStage;
const C = AgendaItemCommand;

/**
 * The whole of "一征三议两公开" in one table: every (stage, command) pair not listed here is refused
 * with CONFLICT. SOLICIT creates the item and has no row.
 */
export const AGENDA_ITEM_LIFECYCLE = new TransitionTable<AgendaItemStage, AgendaItemCommand, AgendaItemTransitionRule>('an agenda item', 'stage', [
  { from: S.SOLICITED, command: C.PROPOSE, to: S.PROPOSED, roles: CONVENERS },
  { from: S.PROPOSED, command: C.CONSULT, to: S.CONSULTED, roles: CONVENERS },
  { from: S.CONSULTED, command: C.DECIDE, to: S.DECIDED, roles: CONVENERS },
  { from: S.DECIDED, command: C.PUBLISH_DECISION, to: S.DECISION_PUBLISHED, roles: CONVENERS },
  { from: S.DECISION_PUBLISHED, command: C.PUBLISH_RESULT, to: S.RESULT_PUBLISHED, roles: CONVENERS },
  { from: S.SOLICITED, command: C.WITHDRAW, to: S.WITHDRAWN, roles: CONVENERS },
  { from: S.PROPOSED, command: C.WITHDRAW, to: S.WITHDRAWN, roles: CONVENERS },
  { from: S.CONSULTED, command: C.WITHDRAW, to: S.WITHDRAWN, roles: CONVENERS },
]);

/** Stages in which resolutions may be put to the vote: after consultation, before the decision. */
export const VOTING_STAGES: readonly AgendaItemStage[] = [S.CONSULTED];
/** Stages in which follow-up tasks may be assigned: once decided, until the result is out. */
export const TASK_STAGES: readonly AgendaItemStage[] = [S.DECIDED, S.DECISION_PUBLISHED];
