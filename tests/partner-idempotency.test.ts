import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { isInputObjectType, type GraphQLSchema } from 'graphql';
import { rolesOf } from '../kit/auth/policy';
import { Role } from '../kit/auth/role';
import { idempotencyMiddleware } from '../kit/idempotency/idempotent';
import { IdempotencyRecord } from '../kit/idempotency/idempotency-record.entity';
import { errorCodes } from '../kit/testing/execute';
import { raceOverHttp } from '../kit/testing/race';
import { viewerWith } from '../kit/testing/viewers';
import { subgraphs } from '../schema/subgraphs';
import { GridEventTransition } from '../subgraphs/grids/grid-event/grid-event-transition.entity';
import { GridEventState } from '../subgraphs/grids/grid-event/lifecycle';
import { createGridEventFixture, type GridEventFixture } from '../subgraphs/grids/grid-event/test/grid-event-fixture';
import { DisputeLead } from '../subgraphs/mediation/lead/dispute-lead.entity';
import { mediationSubgraph } from '../subgraphs/mediation/server';
import { gridsSubgraph } from '../subgraphs/grids/server';
import { createMediationFixture, type MediationFixture } from '../subgraphs/mediation/test/mediation-fixture';

/**
 * Idempotency keys on every partner-facing mutation (#15, kit/idempotency): the same key answers the
 * same result and acts once, also under 20 concurrent retries over HTTP (libSQL, and PostgreSQL with
 * TEST_DATABASE_URL); the same key with another input is refused.
 */
const RETRIES = 20;

test('every mutation a partner agency may call is @Idempotent() and takes input.idempotencyKey', async () => {
  const storage = getMetadataStorage();
  const missing: string[] = [];
  for (const { name, definition, policy } of subgraphs) {
    const schema: GraphQLSchema = (await definition.buildSchema()).schema;
    for (const [mutation, rule] of Object.entries(policy.mutation)) {
      if (!rolesOf(rule).includes(Role.PARTNER_AGENCY)) continue;
      const handler = storage.mutations.find(candidate => candidate.schemaName === mutation)!;
      const guarded = storage.middlewares.some(
        entry => entry.target === handler.target && entry.fieldName === handler.methodName && entry.middlewares.includes(idempotencyMiddleware),
      );
      const field = schema.getMutationType()!.getFields()[mutation];
      const inputType = field.args.find(arg => arg.name === 'input')?.type;
      const named = inputType && 'ofType' in inputType ? inputType.ofType : inputType;
      const keyed = isInputObjectType(named) && 'idempotencyKey' in named.getFields();
      if (!guarded || !keyed) missing.push(`${name}.${mutation}${guarded ? '' : ' (no @Idempotent)'}${keyed ? '' : ' (no input.idempotencyKey)'}`);
    }
  }
  expect(missing).toEqual([]);
});

describe('a department accepting a dispatch (a state change)', () => {
  let fixture: GridEventFixture;
  beforeAll(async () => {
    fixture = await createGridEventFixture();
  });
  afterAll(() => fixture?.close());

  const ACCEPT =
    'mutation ($input: GridEventCommandInput!) { acceptGridEventDispatch(input: $input) { gridEvent { id state version } transition { id sequence command } } }';

  test(`${RETRIES} concurrent retries with one key: one transition, the same answer to each`, async () => {
    const event = await fixture.eventIn(GridEventState.DISPATCHED, { departmentId: fixture.judicialId });
    const input = { eventId: event.id, note: '司法所接哨', idempotencyKey: 'dispatch-accept-0001' };
    const results = await raceOverHttp(
      gridsSubgraph,
      fixture.orm,
      fixture.viewers.receiver,
      Array.from({ length: RETRIES }, () => ({ query: ACCEPT, variables: { input } })),
    );
    expect(results.map(result => result.errors ?? null)).toEqual(Array(RETRIES).fill(null));
    expect(new Set(results.map(result => JSON.stringify(result.data))).size).toBe(1);
    expect(results[0].data.acceptGridEventDispatch.transition).toMatchObject({ command: 'ACCEPT_DISPATCH', sequence: event.version + 1 });
    expect(await fixture.em().count(GridEventTransition, { eventId: event.id })).toBe(1);
    expect(await fixture.em().count(IdempotencyRecord, { idempotencyKey: 'dispatch-accept-0001' })).toBe(1);
  });

  test('a retry after the event moved on still answers as the first call did', async () => {
    const event = await fixture.eventIn(GridEventState.DISPATCHED, { departmentId: fixture.judicialId });
    const input = { eventId: event.id, idempotencyKey: 'dispatch-accept-0002' };
    const first = await fixture.run(fixture.viewers.receiver, ACCEPT, { input });
    const again = await fixture.run(fixture.viewers.receiver, ACCEPT, { input });
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    // Without a key, the same command is a second command, refused by the lifecycle.
    const { idempotencyKey: _key, ...unkeyed } = input;
    expect(errorCodes(await fixture.run(viewerWith([Role.CITY_ADMIN]), ACCEPT, { input: unkeyed }))).toEqual(['CONFLICT']);
  });

  test('a command that fails frees its key: the retry runs it again and fails the same way, no record is kept', async () => {
    const event = await fixture.eventIn(GridEventState.ACCEPTED, { departmentId: fixture.judicialId });
    const input = { eventId: event.id, idempotencyKey: 'dispatch-accept-0004' };
    const first = await fixture.run(fixture.viewers.receiver, ACCEPT, { input });
    const again = await fixture.run(fixture.viewers.receiver, ACCEPT, { input });
    // An accepted event has not been dispatched: the lifecycle refuses ACCEPT_DISPATCH.
    expect(errorCodes(first)).toEqual(['CONFLICT']);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(await fixture.em().count(IdempotencyRecord, { idempotencyKey: 'dispatch-accept-0004' })).toBe(0);
  });

  test('the same key with another input is CONFLICT on input.idempotencyKey, and changes nothing', async () => {
    const [one, two] = [
      await fixture.eventIn(GridEventState.DISPATCHED, { departmentId: fixture.judicialId }),
      await fixture.eventIn(GridEventState.DISPATCHED, { departmentId: fixture.judicialId }),
    ];
    await fixture.run(fixture.viewers.receiver, ACCEPT, { input: { eventId: one.id, idempotencyKey: 'dispatch-accept-0003' } });
    const reused = await fixture.run(fixture.viewers.receiver, ACCEPT, { input: { eventId: two.id, idempotencyKey: 'dispatch-accept-0003' } });
    expect(errorCodes(reused)).toEqual(['CONFLICT']);
    expect(reused.errors![0].extensions).toMatchObject({ field: 'input.idempotencyKey', rule: 'idempotencyKeyReused' });
    expect(await fixture.em().count(GridEventTransition, { eventId: two.id })).toBe(0);
  });
});

describe('sharing a dispute lead (a new row)', () => {
  let fixture: MediationFixture;
  let police: ReturnType<typeof viewerWith>;
  let communityId: string;
  beforeAll(async () => {
    fixture = await createMediationFixture();
    communityId = fixture.territory.communities[0].id;
    police = viewerWith([Role.PARTNER_AGENCY], [fixture.territory.communities[0].subdistrictId], 'police-station-idem');
  });
  afterAll(() => fixture?.close());

  const SHARE = 'mutation ($input: ShareDisputeLeadInput!) { shareDisputeLead(input: $input) { lead { id status sharedOn } } }';
  const lead = (summary: string, idempotencyKey?: string) => ({
    department: 'POLICE_STATION',
    category: 'NEIGHBOUR',
    summary,
    sharedOn: new Date().toISOString().slice(0, 10),
    placeId: communityId,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });

  test(`${RETRIES} concurrent retries with one key: one lead, the same answer to each`, async () => {
    const input = lead('派出所接警: 楼上漏水引发邻里争执', 'share-lead-0001');
    const results = await raceOverHttp(
      mediationSubgraph,
      fixture.orm,
      police,
      Array.from({ length: RETRIES }, () => ({ query: SHARE, variables: { input } })),
    );
    expect(results.map(result => result.errors ?? null)).toEqual(Array(RETRIES).fill(null));
    expect(new Set(results.map(result => result.data.shareDisputeLead.lead.id)).size).toBe(1);
    expect(await fixture.em().count(DisputeLead, { summary: input.summary })).toBe(1);
  });

  test('a partner agency without a key is refused, naming the field; staff may omit it', async () => {
    const refused = await fixture.run(police, SHARE, { input: lead('派出所接警: 车位纠纷无钥匙') });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions).toMatchObject({ field: 'input.idempotencyKey', rule: 'requiredForPartnerAgencies' });
    expect(await fixture.em().count(DisputeLead, { summary: '派出所接警: 车位纠纷无钥匙' })).toBe(0);
    const staff = viewerWith([Role.COMMUNITY_STAFF], [communityId]);
    expect((await fixture.run(staff, SHARE, { input: lead('社区排查: 车位纠纷无钥匙') })).errors).toBeUndefined();
  });
});
