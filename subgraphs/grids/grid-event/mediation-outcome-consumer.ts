import type { EntityManager } from '@mikro-orm/knex';
import { v4 as uuidv4 } from 'uuid';
import {
  checkMediationCaseOutcome, MEDIATION_CASE_AGREED, MEDIATION_CASE_CLOSED, MEDIATION_STREAM, type MediationCaseOutcome,
} from '../../../kit/events/contracts/mediation-case-events';
import { eventConsumer, type DomainEvent } from '../../../kit/events/domain-event';
import { recordEvent } from '../../../kit/events/record-event';
import { GridEvent } from './grid-event.entity';
import { gridEventStatusChanged } from './grid-event-events';
import { GridEventTransition } from './grid-event-transition.entity';
import { GRID_EVENT_LIFECYCLE, GridEventCommand } from './lifecycle';
import { applyResolution } from './resolution';

/** The actor grids' history names for a step that mediation's outcome caused. */
export const MEDIATION_ACTOR = 'mediation';

function resolutionOf(outcome: MediationCaseOutcome, type: string): string {
  if (type === MEDIATION_CASE_AGREED) return `调解达成协议 (调解案件 ${outcome.caseId}, ${outcome.level})`;
  return outcome.status === 'WITHDRAWN' ? `当事人撤回调解 (调解案件 ${outcome.caseId})` : `调解结案 (调解案件 ${outcome.caseId}, ${outcome.agreed ? '已达成协议' : '调解不成'})`;
}

/**
 * Records a mediation case's outcome on the grid event it came from and moves the event on: one
 * being handled (IN_PROGRESS) is resolved and waits for the reporter's feedback (办结, 待反馈),
 * as the lifecycle table's RESOLVE allows, with the history step naming the case. An event in any
 * other state is left as it is (already resolved by an earlier outcome, closed, merged …), so a
 * redelivered or replayed outcome changes nothing: exactly once.
 */
async function recordOutcome(tx: EntityManager, event: DomainEvent): Promise<void> {
  const outcome = checkMediationCaseOutcome(event.payload);
  if (!outcome.gridEventId) return;
  const gridEvent = await tx.findOne(GridEvent, { id: outcome.gridEventId });
  const rule = gridEvent && GRID_EVENT_LIFECYCLE.find(gridEvent.state, GridEventCommand.RESOLVE);
  if (!gridEvent || !rule) return;
  const now = new Date();
  const resolution = resolutionOf(outcome, event.type);
  const transition = Object.assign(new GridEventTransition(), {
    id: uuidv4(), eventId: gridEvent.id, sequence: gridEvent.version + 1, command: GridEventCommand.RESOLVE, fromState: gridEvent.state,
    toState: rule.to, level: gridEvent.level, actorId: MEDIATION_ACTOR, reason: resolution, at: now,
  });
  gridEvent.state = rule.to;
  applyResolution(gridEvent, resolution, now);
  tx.persist(transition);
  await tx.flush();
  await recordEvent(tx, event.requestId, gridEventStatusChanged(gridEvent, transition));
}

/** grids' consumer of mediation's stream: a case's agreement or closing reaches the grid event it came from. */
export const mediationOutcomeConsumer = eventConsumer('mediation-outcomes', MEDIATION_STREAM, {
  [MEDIATION_CASE_AGREED]: recordOutcome,
  [MEDIATION_CASE_CLOSED]: recordOutcome,
});
