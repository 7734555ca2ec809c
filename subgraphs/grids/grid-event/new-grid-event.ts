import type { EntityManager } from '@mikro-orm/knex';
import { v4 as uuidv4 } from 'uuid';
import { canActAt, type Viewer } from '../../../kit/auth/viewer';
import type { Role } from '../../../kit/auth/role';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { Building } from '../building/building.entity';
import { Grid } from '../grid/grid.entity';
import { Household } from '../household/household.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { EventCategory } from './event-category.entity';
import { GridEvent, GridEventPriority, type GridEventSource } from './grid-event.entity';
import { GridEventTransition } from './grid-event-transition.entity';
import type { GridEventContentInput } from './grid-event.input';
import { GridEventCommand, GridEventLevel, GridEventState } from './lifecycle';

/** The deadline to resolve, from the category's hours for the priority (办结时限). */
export function deadlineFor(category: EventCategory, priority: GridEventPriority, reportedAt: Date): Date {
  const hours = priority === GridEventPriority.URGENT ? category.urgentResolveHours : category.resolveHours;
  return new Date(reportedAt.getTime() + hours * 3_600_000);
}

/**
 * Checks a report's content against the tree (category known, building in the grid, household in the
 * building, grid in the viewer's scope) and builds the event with its REPORT step; writes nothing.
 */
export async function newGridEvent(
  em: EntityManager,
  viewer: Viewer,
  roles: readonly Role[],
  input: GridEventContentInput,
  source: GridEventSource,
  externalTicket: string | null = null,
): Promise<{ event: GridEvent; transition: GridEventTransition }> {
  const category = await em.findOne(EventCategory, { code: input.categoryCode });
  if (!category) throw new BadUserInputError('input.categoryCode', 'exists', 'input.categoryCode is not in the event catalogue');
  const grid = await em.findOne(Grid, { id: input.gridId });
  if (!grid) throw new BadUserInputError('input.gridId', 'exists', 'input.gridId is not a known grid');
  if (!canActAt(viewer, roles, { subdistrictId: grid.subdistrictId, communityId: grid.communityId, gridId: grid.id })) {
    throw new ForbiddenError('This grid is outside your scope');
  }
  let building: Building | null = null;
  if (input.buildingId) {
    building = await em.findOne(Building, { id: input.buildingId });
    if (!building || building.gridId !== grid.id) throw new BadUserInputError('input.buildingId', 'in grid', 'input.buildingId is not a building of the grid');
  }
  if (input.householdId) {
    const household = await em.findOne(Household, { id: input.householdId });
    if (!household || household.gridId !== grid.id || (building && household.buildingId !== building.id)) {
      throw new BadUserInputError('input.householdId', 'in building', 'input.householdId is not a household of the grid and building');
    }
    building ??= await em.findOneOrFail(Building, { id: household.buildingId });
  }
  const subdistrict = await em.findOneOrFail(Subdistrict, { id: grid.subdistrictId });
  const now = new Date();
  const event = Object.assign(new GridEvent(), {
    id: uuidv4(),
    categoryId: category.id,
    description: input.description,
    gridId: grid.id,
    compoundId: building?.compoundId ?? null,
    buildingId: building?.id ?? null,
    householdId: input.householdId ?? null,
    communityId: grid.communityId,
    subdistrictId: grid.subdistrictId,
    districtId: subdistrict.districtId,
    source,
    externalTicket,
    reportedBy: viewer.id,
    reporterName: input.reporterName ?? null,
    reporterPhone: input.reporterPhone ?? null,
    attachmentUrls: input.attachmentUrls ?? [],
    priority: input.priority ?? GridEventPriority.NORMAL,
    state: GridEventState.REPORTED,
    level: GridEventLevel.GRID,
    deadlineAt: deadlineFor(category, input.priority ?? GridEventPriority.NORMAL, now),
    reportedAt: now,
    version: 1,
  });
  const transition = Object.assign(new GridEventTransition(), {
    id: uuidv4(),
    eventId: event.id,
    sequence: 1,
    command: GridEventCommand.REPORT,
    fromState: null,
    toState: GridEventState.REPORTED,
    level: GridEventLevel.GRID,
    actorId: viewer.id,
    at: now,
  });
  return { event, transition };
}
