import type { EntityManager } from '@mikro-orm/knex';
import { Field, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { canActAt, hasAnyRole, type Viewer } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { recordEvent } from '../../../kit/events/record-event';
import { guardStep } from '../../../kit/orm/write-conflict';
import type { GridsContext } from '../context';
import { Department } from '../department/department.entity';
import { DEPARTMENT_RECEIVERS, EVENT_READERS, EVENT_REPORTERS } from '../roles';
import { GridEventTransition } from './grid-event-transition.entity';
import { gridEventStatusChanged } from './grid-event-events';
import { GridEvent } from './grid-event.entity';
import { GRID_EVENT_LIFECYCLE, GridEventCommand, levelRank, ROLE_LEVEL, type GridEventActor, type GridEventTransitionRule } from './lifecycle';

@ObjectType({ description: 'Result of a command on a grid event' })
export class GridEventCommandPayload {
  @Field(_type => GridEvent, { description: 'The event after the command (网格事件)' })
  gridEvent!: GridEvent;

  @Field(_type => GridEventTransition, { description: 'The step recorded in its history (流转记录)' })
  transition!: GridEventTransition;
}

/** True when `viewer` is one of `actors` for this event: a role reaching its place and level, its department's receiver, or its reporter. */
export function isActor(viewer: Viewer | null, actors: readonly GridEventActor[], event: GridEvent, department: Department | null): boolean {
  if (!viewer) return false;
  return actors.some((actor) => {
    if (actor === 'REPORTER') return hasAnyRole(viewer, EVENT_REPORTERS) && viewer.id === event.reportedBy;
    if (actor === 'DEPARTMENT_RECEIVER') return hasAnyRole(viewer, DEPARTMENT_RECEIVERS) && !!department && department.receivers.some((receiver) => receiver.subjectId === viewer.id);
    const level = ROLE_LEVEL[actor];
    return canActAt(viewer, [actor], event) && (!level || levelRank(level) >= levelRank(event.level));
  });
}

/** Everyone who may see the event at all: handlers in scope, its department's receivers, its reporter. */
function maySee(viewer: Viewer | null, event: GridEvent, department: Department | null): boolean {
  return isActor(viewer, ['REPORTER', 'DEPARTMENT_RECEIVER'], event, department) || canActAt(viewer, EVENT_READERS, event);
}

export interface CommandSteps {
  /** Checks that need the event (e.g. the department takes its category); throws BAD_USER_INPUT. */
  readonly check?: (event: GridEvent, em: EntityManager) => Promise<void> | void;
  /** Changes beyond the state, applied once every check passed. */
  readonly apply?: (event: GridEvent, now: Date, rule: GridEventTransitionRule) => void;
  /** Recorded in the history. */
  readonly reason?: string | null;
}

/**
 * Runs one command of the lifecycle table on an event: the table decides (CONFLICT naming state and
 * command when it refuses), the actor must be allowed (FORBIDDEN), command checks run (BAD_USER_INPUT),
 * and only then the event, its history row and its `grid-event.status-changed` event are written in one
 * transaction. The event's version makes a concurrent second command fail with CONFLICT instead of
 * overwriting the first.
 */
export async function runGridEventCommand(
  { em, viewer, requestId }: GridsContext,
  eventId: string,
  command: GridEventCommand,
  steps: CommandSteps = {},
): Promise<GridEventCommandPayload> {
  const event = await em.findOne(GridEvent, { id: eventId });
  const department = event?.departmentId ? await em.findOne(Department, { id: event.departmentId }) : null;
  if (!event || !maySee(viewer, event, department)) {
    throw new BadUserInputError('input.eventId', 'exists', 'input.eventId is not a grid event you can see');
  }
  const rule = GRID_EVENT_LIFECYCLE.require(event.state, command);
  if (rule.levels && !rule.levels.includes(event.level)) {
    throw new ConflictError(`Cannot ${command} a grid event in state ${event.state} at level ${event.level}`);
  }
  if (!isActor(viewer, rule.actors, event, department)) {
    throw new ForbiddenError(`${command} on a ${event.state} event at level ${event.level} needs one of: ${rule.actors.join(', ')}`);
  }
  await steps.check?.(event, em);

  const now = new Date();
  const transition = Object.assign(new GridEventTransition(), {
    id: uuidv4(),
    eventId: event.id,
    sequence: event.version + 1,
    command,
    fromState: event.state,
    toState: rule.to,
    actorId: viewer!.id,
    reason: steps.reason ?? null,
    at: now,
  });
  event.state = rule.to;
  steps.apply?.(event, now, rule);
  transition.level = event.level;
  await guardStep(`The grid event changed while ${command} was applied; reload it and try again`, () =>
    em.transactional(async (tx) => {
      tx.persist(transition);
      await recordEvent(tx, requestId, gridEventStatusChanged(event, transition));
    }),
  );
  return { gridEvent: event, transition };
}
