import { validate as isUuid } from 'uuid';

/**
 * The grid-event facts grids publishes and other subgraphs act on (mediation keeps a copy of grid
 * events from them): names and payload shapes in one place, so producer and consumers agree.
 */

/** The grids subgraph's stream, which grid events travel in. */
export const GRID_EVENTS_STREAM = 'grids';
/** A grid event was reported (patrol, resident, 12345); payload `GridEventReported`. */
export const GRID_EVENT_REPORTED = 'grid-event.reported';
/** A grid event moved from one state to another (dispatch, resolve, close, merge …); payload `GridEventStatusChanged`. */
export const GRID_EVENT_STATUS_CHANGED = 'grid-event.status-changed';

/** Where a grid event is: ids only. */
export interface GridEventPlacePayload {
  readonly eventId: string;
  readonly gridId: string;
  readonly communityId: string;
  readonly subdistrictId: string;
  readonly compoundId: string | null;
  readonly buildingId: string | null;
  readonly householdId: string | null;
}

export interface GridEventReported extends GridEventPlacePayload {
  readonly categoryId: string;
  readonly source: string;
  readonly externalTicket: string | null;
  readonly priority: string;
  readonly state: string;
  readonly level: string;
  readonly deadlineAt: string;
}

export interface GridEventStatusChanged extends GridEventPlacePayload {
  readonly transitionSequence: number;
  readonly command: string;
  readonly fromState: string | null;
  readonly toState: string;
  readonly level: string;
  readonly departmentId: string | null;
  readonly duplicateOfId: string | null;
}

function requireUuid(payload: Record<string, unknown>, key: string, label: string): void {
  const value = payload[key];
  if (typeof value !== 'string' || !isUuid(value)) throw new Error(`${label}: ${key} is not a UUID`);
}

/** Checks a received `grid-event.reported` payload before anything is written: a malformed one fails (and is parked). */
export function checkGridEventReported(payload: unknown): GridEventReported {
  const body = (payload ?? {}) as Record<string, unknown>;
  for (const key of ['eventId', 'gridId', 'communityId', 'subdistrictId', 'categoryId']) requireUuid(body, key, 'grid-event.reported');
  if (typeof body.state !== 'string') throw new Error(`grid-event.reported ${String(body.eventId)}: state is missing`);
  return body as unknown as GridEventReported;
}

/** Checks a received `grid-event.status-changed` payload. */
export function checkGridEventStatusChanged(payload: unknown): GridEventStatusChanged {
  const body = (payload ?? {}) as Record<string, unknown>;
  for (const key of ['eventId', 'gridId', 'communityId', 'subdistrictId']) requireUuid(body, key, 'grid-event.status-changed');
  if (typeof body.toState !== 'string') throw new Error(`grid-event.status-changed ${String(body.eventId)}: toState is missing`);
  return body as unknown as GridEventStatusChanged;
}
