import { randomUUID } from 'node:crypto';
import { Role } from '../../kit/auth/role';
import { demoId } from '../../kit/demo/ids';
import type { EventConsumer } from '../../kit/events/domain-event';
import { EventCheckpoint } from '../../kit/events/event-checkpoint.entity';
import { OutboxEvent } from '../../kit/events/outbox-event.entity';
import { ParkedEvent } from '../../kit/events/parked-event.entity';
import { recordEvent } from '../../kit/events/record-event';
import { makeNationalId } from '../../kit/personal/national-id';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { territoryCopyConsumer } from '../../kit/territory/territory-copy-consumer';
import { PLACE_UPSERTED } from '../../kit/territory/territory-events';
import { eventually } from './eventually';
import type { Supergraph } from './supergraph';

/** The cross-subgraph scenario both transports must pass: grids registers, party knows at once. */

const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation ($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id residents { edges { node { id } } } } } }
`;
const REGISTER_MEMBER = /* GraphQL */ `
  mutation ($input: RegisterPartyMemberInput!) { registerPartyMember(input: $input) { member { id } } }
`;
const HOUSEHOLD_MEMBERS = /* GraphQL */ `
  query ($id: ID!) { household(id: $id) { id partyMembers(reveal: PARTY_AFFAIRS) { id } } }
`;

let nextNationalId = 501;
/** A national ID number no seeded resident has (a man's: odd sequence). */
export function freshNationalId(): string {
  nextNationalId += 2;
  return makeNationalId('140213', '1972-11-02', nextNationalId, false);
}

/** The newest sequence in grids' outbox. */
export async function gridsHead(supergraph: Supergraph): Promise<number> {
  const [last] = await supergraph.em('grids').find(OutboxEvent, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
  return last?.sequence ?? 0;
}

/** Waits until party's territory copy has applied everything grids has recorded so far. */
export async function partyCaughtUp(supergraph: Supergraph): Promise<number> {
  const head = await gridsHead(supergraph);
  return eventually(`party's territory copy to reach grids' sequence ${head}`, () => {
    const status = supergraph.events('party').status().consumers.find((consumer) => consumer.consumer === 'territory-copy');
    return status && status.sequence >= head ? status.sequence : undefined;
  });
}

/** Registers a household with one resident in grids through the gateway; returns their ids and the building it is in. */
export async function registerHousehold(supergraph: Supergraph, room: string) {
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const community = supergraph.territory.communities.find((candidate) => candidate.name === '文兴社区')!;
  const building = supergraph.territory.buildings.find((candidate) => candidate.communityId === community.id)!;
  const result = await supergraph.query(REGISTER_HOUSEHOLD, {
    input: { buildingId: building.id, unit: 1, room, residents: [{ name: '新户主', nationalId: freshNationalId(), isHead: true }] },
  }, admin);
  if (result.body.errors) throw new Error(JSON.stringify(result.body.errors));
  const household = result.body.data.registerHousehold.household;
  return { admin, community, building, householdId: household.id as string, residentId: household.residents.edges[0].node.id as string };
}

/**
 * Through the gateway: a household is registered in grids, then a party member living in it is
 * registered in party, with no command in between: party's copy follows grids by itself.
 */
export async function householdThenPartyMember(supergraph: Supergraph, room: string): Promise<void> {
  const { admin, community, building, householdId, residentId } = await registerHousehold(supergraph, room);
  const copy = await eventually(`resident ${residentId} in party's territory copy`, () => supergraph.em('party').findOne(TerritoryPlace, { id: residentId }).then((row) => row ?? undefined));
  // The ancestry grids has for the building, as the generator placed it.
  expect(copy).toMatchObject({
    level: 'RESIDENT', householdId, buildingId: building.id, compoundId: building.compoundId, communityId: building.communityId,
    subdistrictId: building.subdistrictId, gridId: building.gridId,
  });
  const member = { residentId, organizationId: demoId([community.id, 'party-committee']), category: 'DIRECT', joinedOn: '1998-07-01' };
  const registered = await supergraph.query(REGISTER_MEMBER, { input: member }, admin);
  expect(registered.body.errors).toBeUndefined();
  const read = await supergraph.query(HOUSEHOLD_MEMBERS, { id: householdId }, admin);
  expect(read.body.data.household.partyMembers).toEqual([{ id: registered.body.data.registerPartyMember.member.id }]);
}

/** party's territory consumer under its own checkpoint name, recording the sequences each handler call got. */
export function recordingTerritoryConsumer(onCall: (sequences: number[]) => void = () => undefined) {
  const calls: number[][] = [];
  const consumer: EventConsumer = {
    ...territoryCopyConsumer,
    handle: async (tx, events) => {
      await territoryCopyConsumer.handle(tx, events);
      calls.push(events.map((event) => event.sequence));
      onCall(calls.flat());
    },
  };
  return { consumer, calls };
}

/**
 * party's consumer is stopped while a backlog is half applied, then started again (a restarted
 * process): every event is applied, none twice, and the copy holds every place.
 */
export async function stoppedMidStreamThenRestarted(supergraph: Supergraph, firstRoom: number): Promise<void> {
  const start = await partyCaughtUp(supergraph);
  await supergraph.events('party').stop();
  const registered = [];
  for (let index = 0; index < 6; index++) {
    const room = String(firstRoom + index);
    registered.push(await registerHousehold(supergraph, room));
  }
  const head = await gridsHead(supergraph);
  // Two places (household, resident) per registration.
  expect(head).toBe(start + 12);

  let reachedMiddle!: () => void;
  const middle = new Promise<void>((resolve) => (reachedMiddle = resolve));
  const first = recordingTerritoryConsumer((applied) => {
    if (applied.length >= 3) reachedMiddle();
  });
  const runtime = await supergraph.restartEvents('party', [first.consumer]);
  await middle;
  await runtime.stop();
  const stoppedAt = (await supergraph.em('party').findOneOrFail(EventCheckpoint, { consumer: 'territory-copy' })).sequence;
  expect(stoppedAt).toBeGreaterThan(start);
  expect(stoppedAt).toBeLessThan(head);
  expect(first.calls.flat()).toEqual(range(start + 1, stoppedAt));

  const second = recordingTerritoryConsumer();
  await supergraph.restartEvents('party', [second.consumer]);
  await partyCaughtUp(supergraph);
  // Together: each sequence once, in order, nothing missing.
  expect([...first.calls.flat(), ...second.calls.flat()]).toEqual(range(start + 1, head));
  const ids = registered.flatMap(({ householdId, residentId }) => [householdId, residentId]);
  expect(await supergraph.em('party').count(TerritoryPlace, { id: { $in: ids } })).toBe(ids.length);
  await supergraph.restartEvents('party');
}

/** A malformed event from grids is parked after its attempts with the error; the registration after it reaches party. */
export async function poisonParkedStreamFlows(supergraph: Supergraph, room: string): Promise<void> {
  const poisonId = randomUUID();
  await supergraph.em('grids').transactional((tx) =>
    recordEvent(tx, 'poison-test', { type: PLACE_UPSERTED, aggregateId: poisonId, payload: { id: poisonId, level: 'GALAXY', subdistrictId: randomUUID() } }));
  const poisonSequence = await gridsHead(supergraph);
  const { residentId } = await registerHousehold(supergraph, room);
  await partyCaughtUp(supergraph);
  const parked = await supergraph.em('party').find(ParkedEvent, { consumer: 'territory-copy' });
  expect(parked).toEqual([expect.objectContaining({ sequence: poisonSequence, stream: 'grids', aggregateId: poisonId, error: expect.stringContaining('unknown level GALAXY') })]);
  expect(await supergraph.em('party').count(TerritoryPlace, { id: poisonId })).toBe(0);
  expect(await supergraph.em('party').count(TerritoryPlace, { id: residentId })).toBe(1);
}

/** `[from, …, to]`. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}
