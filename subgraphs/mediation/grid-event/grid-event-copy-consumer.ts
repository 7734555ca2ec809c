import type { EntityManager } from '@mikro-orm/knex';
import {
  checkGridEventReported, checkGridEventStatusChanged, GRID_EVENT_REPORTED, GRID_EVENT_STATUS_CHANGED, GRID_EVENTS_STREAM,
} from '../../../kit/events/contracts/grid-event-events';
import { eventConsumer, type DomainEvent } from '../../../kit/events/domain-event';
import { GridEventCopy } from './grid-event-copy.entity';

/** A reported event enters the copy (a replay writes the same row again, changing nothing). */
async function copyReported(tx: EntityManager, event: DomainEvent): Promise<void> {
  const reported = checkGridEventReported(event.payload);
  await tx.createQueryBuilder(GridEventCopy)
    .insert({
      id: reported.eventId, categoryId: reported.categoryId, state: reported.state, gridId: reported.gridId,
      communityId: reported.communityId, subdistrictId: reported.subdistrictId, reportedAt: event.occurredAt,
    })
    .onConflict('id').ignore()
    .execute();
}

/** A state change is copied onto the event (one reported before the copy began is not known here and is left out). */
async function copyStatus(tx: EntityManager, event: DomainEvent): Promise<void> {
  const changed = checkGridEventStatusChanged(event.payload);
  await tx.nativeUpdate(GridEventCopy, { id: changed.eventId }, { state: changed.toState, gridId: changed.gridId, communityId: changed.communityId, subdistrictId: changed.subdistrictId });
}

/**
 * Keeps mediation's copy of grid events (DESIGN: domain events) from grids' `grid-event.*` stream:
 * a case registered "from grid event E" finds E here, or is refused.
 */
export const gridEventCopyConsumer = eventConsumer('grid-event-copy', GRID_EVENTS_STREAM, {
  [GRID_EVENT_REPORTED]: copyReported,
  [GRID_EVENT_STATUS_CHANGED]: copyStatus,
});
