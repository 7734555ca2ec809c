import { v4 as uuidv4 } from 'uuid';
import { Role } from '../../../../kit/auth/role';
import { hasAnyRole, type Viewer } from '../../../../kit/auth/viewer';
import { viewerWith } from '../../../../kit/testing/viewers';
import { createGridsFixture } from '../../test/grids-fixture';
import { GridEvent, GridEventPriority, GridEventSource } from '../grid-event.entity';
import { GridEventCommand, GridEventLevel, GridEventState, type GridEventActor } from '../lifecycle';
import { categoryId, departmentId, receiverOf } from '../../../../kit/demo/grid-events';

/** The grids fixture plus the places, people and helpers the grid-event tests share. */
export async function createGridEventFixture() {
  const fixture = await createGridsFixture();
  const { territory } = fixture;
  const grid = territory.grids.find((candidate) => candidate.kind !== 'DEDICATED' && candidate.buildingIds.length > 0)!;
  const otherGrid = territory.grids.find((candidate) => candidate.communityId !== grid.communityId && candidate.kind !== 'DEDICATED')!;
  const subdistrict = territory.subdistricts.find((candidate) => candidate.id === grid.subdistrictId)!;
  const judicialCode = `${subdistrict.code}-JUDICIAL`;
  const place = { gridId: grid.id, communityId: grid.communityId, subdistrictId: grid.subdistrictId };
  const viewers = {
    gridWorker: viewerWith([Role.GRID_WORKER], [grid.id], 'worker-1'),
    otherGridWorker: viewerWith([Role.GRID_WORKER], [otherGrid.id], 'worker-2'),
    communityStaff: viewerWith([Role.COMMUNITY_STAFF], [grid.communityId], 'staff-1'),
    subdistrictAdmin: viewerWith([Role.SUBDISTRICT_ADMIN], [grid.subdistrictId], 'office-1'),
    cityAdmin: viewerWith([Role.CITY_ADMIN], [], 'city-1'),
    receiver: viewerWith([Role.PARTNER_AGENCY], [], receiverOf(judicialCode)),
    reporter: viewerWith([Role.GRID_WORKER], [otherGrid.id], 'reporter-1'),
    hotline: viewerWith([Role.PARTNER_AGENCY], [grid.subdistrictId], 'hotline-12345'),
    otherHotline: viewerWith([Role.PARTNER_AGENCY], [grid.subdistrictId], 'hotline-other'),
  };
  /** A viewer for each kind of actor in the lifecycle table. */
  const actorViewer: Record<GridEventActor, Viewer> = {
    [Role.GRID_WORKER]: viewers.gridWorker,
    [Role.COMMUNITY_STAFF]: viewers.communityStaff,
    [Role.SUBDISTRICT_ADMIN]: viewers.subdistrictAdmin,
    [Role.CITY_ADMIN]: viewers.cityAdmin,
    DEPARTMENT_RECEIVER: viewers.receiver,
    REPORTER: viewers.reporter,
  } as Record<GridEventActor, Viewer>;

  /** Writes an event straight into `state` (reported by `reporter-1`, dispatched to the judicial office when DISPATCHED or later). */
  async function eventIn(state: GridEventState, overrides: Partial<GridEvent> = {}): Promise<GridEvent> {
    const em = fixture.em();
    const now = Date.now();
    const event = em.create(GridEvent, {
      id: uuidv4(),
      categoryId: categoryId('NEIGHBOUR_DISPUTE'),
      description: 'Noise from upstairs every night',
      ...place,
      districtId: territory.district.id,
      source: GridEventSource.RESIDENT_REPORT,
      reportedBy: viewers.reporter.id,
      priority: GridEventPriority.NORMAL,
      state,
      level: GridEventLevel.GRID,
      holderId: state === GridEventState.REPORTED ? null : viewers.gridWorker.id,
      departmentId: state === GridEventState.DISPATCHED ? departmentId(subdistrict.code, 'JUDICIAL') : null,
      deadlineAt: new Date(now + 72 * 3_600_000),
      reportedAt: new Date(now - 3_600_000),
      acceptedAt: state === GridEventState.REPORTED ? null : new Date(now - 1_800_000),
      resolvedAt: state === GridEventState.RESOLVED || state === GridEventState.CLOSED ? new Date(now - 600_000) : null,
      ...overrides,
    } as GridEvent);
    await em.flush();
    return event;
  }

  // Partner agencies send an idempotency key with every command (kit/idempotency): a test's call
  // without one gets a fresh key, as a partner's client would make.
  const run: typeof fixture.run = (viewer, query, variables, request) => {
    const input = variables?.input as Record<string, unknown> | undefined;
    const keyed = hasAnyRole(viewer, [Role.PARTNER_AGENCY]) && input && !('idempotencyKey' in input) ? { ...variables, input: { ...input, idempotencyKey: `test-${uuidv4()}` } } : variables;
    return fixture.run(viewer, query, keyed, request);
  };

  return {
    ...fixture,
    run,
    grid,
    otherGrid,
    subdistrict,
    place,
    viewers,
    actorViewer,
    eventIn,
    judicialId: departmentId(subdistrict.code, 'JUDICIAL'),
    urbanManagementId: departmentId(subdistrict.code, 'URBAN_MANAGEMENT'),
  };
}

export type GridEventFixture = Awaited<ReturnType<typeof createGridEventFixture>>;

const EVENT_FIELDS = 'gridEvent { id state level version holderId department { id } satisfied resolution } transition { sequence command fromState toState actorId reason }';

/** The mutation and input that issue `command` on `eventId`. */
export function commandOperation(command: GridEventCommand, eventId: string, extra: { departmentId?: string; originalEventId?: string } = {}) {
  const call = (name: string, inputType: string, input: Record<string, unknown>) => ({
    name,
    query: `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${EVENT_FIELDS} } }`,
    variables: { input: { eventId, ...input } },
  });
  switch (command) {
    case GridEventCommand.ACCEPT: return call('acceptGridEvent', 'GridEventCommandInput', {});
    case GridEventCommand.DISPATCH: return call('dispatchGridEvent', 'DispatchGridEventInput', { departmentId: extra.departmentId });
    case GridEventCommand.ACCEPT_DISPATCH: return call('acceptGridEventDispatch', 'GridEventCommandInput', {});
    case GridEventCommand.RETURN_DISPATCH: return call('returnGridEventDispatch', 'GridEventReasonInput', { reason: 'Not a judicial matter' });
    case GridEventCommand.START: return call('startGridEvent', 'GridEventCommandInput', {});
    case GridEventCommand.RESOLVE: return call('resolveGridEvent', 'ResolveGridEventInput', { resolution: 'Talked to both neighbours' });
    case GridEventCommand.FEEDBACK_SATISFIED: return call('giveGridEventFeedback', 'GiveGridEventFeedbackInput', { satisfied: true });
    case GridEventCommand.FEEDBACK_UNSATISFIED: return call('giveGridEventFeedback', 'GiveGridEventFeedbackInput', { satisfied: false });
    case GridEventCommand.CLOSE: return call('closeGridEvent', 'GridEventCommandInput', {});
    case GridEventCommand.ESCALATE: return call('escalateGridEvent', 'GridEventReasonInput', { reason: 'Beyond the grid' });
    case GridEventCommand.SUSPEND: return call('suspendGridEvent', 'GridEventReasonInput', { reason: 'Owner abroad until next month' });
    case GridEventCommand.RESUME: return call('resumeGridEvent', 'GridEventCommandInput', {});
    case GridEventCommand.MERGE: return call('mergeGridEvent', 'MergeGridEventInput', { originalEventId: extra.originalEventId });
    default: throw new Error(`no mutation for ${command}`);
  }
}
