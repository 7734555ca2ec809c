import { GRID_EVENT_REPORTED, GRID_EVENT_STATUS_CHANGED, type GridEventReported, type GridEventStatusChanged } from '../../../kit/events/contracts/grid-event-events';
import type { NewEvent } from '../../../kit/events/domain-event';
import type { GridEvent } from './grid-event.entity';
import type { GridEventTransition } from './grid-event-transition.entity';

// Event names and payload shapes are the contract in kit/events/contracts/grid-event-events.ts, shared with consumers.

/** Where the event is and what kind: ids and codes only (no description, reporter or attachments). */
function place(event: GridEvent) {
  return {
    eventId: event.id, gridId: event.gridId, communityId: event.communityId, subdistrictId: event.subdistrictId,
    compoundId: event.compoundId, buildingId: event.buildingId, householdId: event.householdId,
  };
}

export function gridEventReported(event: GridEvent): NewEvent<GridEventReported> {
  return {
    type: GRID_EVENT_REPORTED,
    aggregateId: event.id,
    payload: {
      ...place(event), categoryId: event.categoryId, source: event.source, externalTicket: event.externalTicket,
      priority: event.priority, state: event.state, level: event.level, deadlineAt: event.deadlineAt.toISOString(),
    },
  };
}

export function gridEventStatusChanged(event: GridEvent, transition: GridEventTransition): NewEvent<GridEventStatusChanged> {
  return {
    type: GRID_EVENT_STATUS_CHANGED,
    aggregateId: event.id,
    payload: {
      ...place(event), transitionSequence: transition.sequence, command: transition.command, fromState: transition.fromState,
      toState: transition.toState, level: event.level, departmentId: event.departmentId, duplicateOfId: event.duplicateOfId,
    },
  };
}
