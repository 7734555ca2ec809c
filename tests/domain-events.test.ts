import { Role } from '../kit/auth/role';
import { TerritoryPlace } from '../kit/territory/territory-copy';
import { householdThenPartyMember, partyCaughtUp, poisonParkedStreamFlows, stoppedMidStreamThenRestarted } from './support/domain-event-scenario';
import { eventually } from './support/eventually';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * Domain events on the embedded transport (no NATS_URL: what `npm start` uses on a bare machine):
 * party reads grids' outbox as a feed through the gateway with a SERVICE token. The same scenarios
 * run on JetStream in domain-events-jetstream.test.ts.
 */

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph({ events: { transport: 'embedded', pageSize: 5, applier: { maxAttempts: 2, retryDelayMs: 10 } } });
});
afterAll(() => supergraph.close());

test('a household registered in grids, then a party member living in it registered in party, with no command in between', async () => {
  await householdThenPartyMember(supergraph, '181');
});

test('a resident moved in grids moves in party\'s copy', async () => {
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const [building] = supergraph.territory.buildings;
  const [from, to] = [...supergraph.territory.households(building)];
  const [mover] = [...supergraph.territory.residents(from)];
  const moved = await supergraph.query('mutation($input: MoveResidentInput!) { moveResident(input: $input) { resident { id } } }', { input: { residentId: mover.id, toHouseholdId: to.id } }, admin);
  expect(moved.body.errors).toBeUndefined();
  await partyCaughtUp(supergraph);
  expect(await supergraph.em('party').findOneOrFail(TerritoryPlace, { id: mover.id })).toMatchObject({ householdId: to.id });
});

test('a consumer stopped mid-stream and restarted misses nothing and applies nothing twice', async () => {
  await stoppedMidStreamThenRestarted(supergraph, 210);
});

test('a poison event is parked with its error and the events after it flow', async () => {
  await poisonParkedStreamFlows(supergraph, '231');
});

test('party\'s /readyz shows the consumer\'s lag; grids\' shows no relay on this transport', async () => {
  await partyCaughtUp(supergraph);
  const ready = await eventually('party /readyz', async () => {
    const body: any = await (await fetch(new URL('/readyz', supergraph.subgraphUrls.party))).json();
    return body.events?.consumers?.[0]?.eventsBehind === 0 ? body : undefined;
  });
  expect(ready).toMatchObject({
    status: 'ready',
    events: { transport: 'embedded', relay: null, consumers: [expect.objectContaining({ consumer: 'territory-copy', stream: 'grids', eventsBehind: 0, secondsBehind: 0, lastError: null })] },
  });
  const grids = await (await fetch(new URL('/readyz', supergraph.subgraphUrls.grids))).json();
  expect(grids).toMatchObject({ status: 'ready', events: { transport: 'embedded', relay: null, consumers: [expect.objectContaining({ consumer: 'mediation-outcomes', stream: 'mediation' })] } });
});
