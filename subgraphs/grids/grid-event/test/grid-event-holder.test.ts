import { cityAdmin } from '../../../../kit/testing/viewers';
import { GridEventCommand, GridEventState } from '../lifecycle';
import { commandOperation, createGridEventFixture, type GridEventFixture } from './grid-event-fixture';

const HOLDER = /* GraphQL */ `
  query Holder($id: ID!) { gridEvent(id: $id) { level holder { id level name gridWorker { id name } } } }
`;

let fixture: GridEventFixture;
beforeAll(async () => {
  fixture = await createGridEventFixture();
});
afterAll(() => fixture.close());

async function command(viewer: keyof GridEventFixture['viewers'], name: GridEventCommand, eventId: string) {
  const { query, variables } = commandOperation(name, eventId);
  const result = await fixture.run(fixture.viewers[viewer], query, variables);
  expect(result.errors).toBeUndefined();
}

const holderOf = async (eventId: string) => (await fixture.run(cityAdmin, HOLDER, { id: eventId })).data.gridEvent;

test('a grid worker holding an event is shown with name and worker record', async () => {
  const worker = fixture.territory.gridWorkers(fixture.grid)[0];
  const event = await fixture.eventIn(GridEventState.ACCEPTED, { holderId: worker.id });
  expect(await holderOf(event.id)).toEqual({
    level: 'GRID',
    holder: { id: worker.id, level: 'GRID', name: worker.name, gridWorker: { id: worker.id, name: worker.name } },
  });
});

test('an event escalated to the community shows the grid leader (网格长) who accepted it', async () => {
  const event = await fixture.eventIn(GridEventState.ACCEPTED);
  await command('gridWorker', GridEventCommand.ESCALATE, event.id);
  expect(await holderOf(event.id)).toEqual({ level: 'COMMUNITY', holder: null });
  await command('communityStaff', GridEventCommand.ACCEPT, event.id);
  expect(await holderOf(event.id)).toEqual({
    level: 'COMMUNITY',
    holder: { id: fixture.viewers.communityStaff.id, level: 'COMMUNITY', name: null, gridWorker: null },
  });
});

test('an event escalated to the subdistrict shows the 综治办 staff who accepted it', async () => {
  const event = await fixture.eventIn(GridEventState.ACCEPTED);
  await command('gridWorker', GridEventCommand.ESCALATE, event.id);
  await command('communityStaff', GridEventCommand.ESCALATE, event.id);
  await command('subdistrictAdmin', GridEventCommand.ACCEPT, event.id);
  expect(await holderOf(event.id)).toEqual({
    level: 'SUBDISTRICT',
    holder: { id: fixture.viewers.subdistrictAdmin.id, level: 'SUBDISTRICT', name: null, gridWorker: null },
  });
});
