import { ALL_ROLES, Role } from '../../../kit/auth/role';
import { errorCodes } from '../../../kit/testing/execute';
import { viewerWith } from '../../../kit/testing/viewers';
import { GridEvent } from '../grid-event/grid-event.entity';
import { commandOperation, createGridEventFixture, type GridEventFixture } from '../grid-event/test/grid-event-fixture';
import { GridEventCommand, GridEventState } from '../grid-event/lifecycle';

const ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on GridEvent { id description reporterName history { totalCount } } } }`;
const SINGLE = `query ($id: ID!) { gridEvent(id: $id) { id description reporterName history { totalCount } } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Who reads grid events (DOMAIN: the three-level handling chain), by hand: everyone else reads none. */
const READERS_IN_SCOPE = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.GRID_WORKER];
const READERS_OUT_OF_SCOPE = [Role.CITY_ADMIN];

let fixture: GridEventFixture;
let event: GridEvent;
beforeAll(async () => {
  fixture = await createGridEventFixture();
  event = await fixture.eventIn(GridEventState.ACCEPTED);
});
afterAll(() => fixture.close());

/** A scope for `role` that reaches the event (its grid, community or subdistrict as the role works at), or misses it. */
function scopeFor(role: Role, own: boolean): string[] {
  const place = own ? fixture.place : { gridId: fixture.otherGrid.id, communityId: fixture.otherGrid.communityId, subdistrictId: fixture.otherGrid.subdistrictId };
  if (role === Role.GRID_WORKER) return [place.gridId];
  if (role === Role.SUBDISTRICT_ADMIN) return own ? [place.subdistrictId] : [place.communityId];
  return [place.communityId];
}

const cells = ALL_ROLES.flatMap((role) => [
  { role, scope: 'own', id: () => event.id, allowed: READERS_IN_SCOPE.includes(role) },
  { role, scope: 'other', id: () => event.id, allowed: READERS_OUT_OF_SCOPE.includes(role) },
  { role, scope: 'own (unknown id)', id: () => UNKNOWN, allowed: false },
]);

test.each(cells)('$role, $scope scope: _entities answers a grid event exactly as gridEvent(id) does', async ({ role, scope, id, allowed }) => {
  const viewer = viewerWith([role], scopeFor(role, scope !== 'other'));
  const entity = await fixture.run(viewer, ENTITY, { r: [{ __typename: 'GridEvent', id: id() }] });
  expect(entity.errors).toBeUndefined();
  expect(entity.data._entities[0]?.id ?? null).toBe(allowed ? event.id : null);
  const single = await fixture.run(viewer, SINGLE, { id: id() });
  expect(single.data?.gridEvent?.id ?? null).toBe(allowed ? event.id : null);
  if (single.data?.gridEvent) expect(entity.data._entities[0]).toEqual(single.data.gridEvent);
  if (!READERS_IN_SCOPE.includes(role)) expect(errorCodes(single)).toEqual(['FORBIDDEN']);
});

describe('merging is no way into another grid', () => {
  const sibling = () => fixture.territory.grids.find((grid) => grid.communityId === fixture.grid.communityId && grid.id !== fixture.grid.id)!;

  test("a grid worker cannot merge into another grid's event, which answers like an unknown one", async () => {
    const own = await fixture.eventIn(GridEventState.ACCEPTED);
    const theirs = await fixture.eventIn(GridEventState.ACCEPTED, { gridId: sibling().id });
    const attempt = (originalEventId: string) => {
      const { query, variables } = commandOperation(GridEventCommand.MERGE, own.id, { originalEventId });
      return fixture.run(fixture.viewers.gridWorker, query, variables);
    };
    const intoTheirs = await attempt(theirs.id);
    const intoNothing = await attempt(UNKNOWN);
    expect(errorCodes(intoTheirs)).toEqual(['BAD_USER_INPUT']);
    expect(intoTheirs.errors![0].message).toBe(intoNothing.errors![0].message);
    const after = await fixture.em().findOneOrFail(GridEvent, { id: own.id });
    expect(after).toMatchObject({ state: GridEventState.ACCEPTED, duplicateOfId: null, version: own.version });
  });

  test("duplicateOf shows only an original the viewer may read", async () => {
    const theirs = await fixture.eventIn(GridEventState.ACCEPTED, { gridId: sibling().id });
    const merged = await fixture.eventIn(GridEventState.MERGED, { duplicateOfId: theirs.id });
    const query = `query ($id: ID!) { gridEvent(id: $id) { duplicateOf { id description } } }`;
    const worker = await fixture.run(fixture.viewers.gridWorker, query, { id: merged.id });
    expect(worker).toEqual({ data: { gridEvent: { duplicateOf: null } } });
    const staff = await fixture.run(fixture.viewers.communityStaff, query, { id: merged.id });
    expect(staff.data.gridEvent.duplicateOf.id).toBe(theirs.id);
  });
});
