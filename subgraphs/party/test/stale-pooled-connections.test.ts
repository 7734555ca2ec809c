import { demoId } from '../../../kit/demo/ids';
import { cityAdmin } from '../../../kit/testing/viewers';
import { PartyMember } from '../member/member.entity';
import { addHandResidents, createHandFixture, HAND, type HandFixture } from './hand-fixture';

/**
 * PostgreSQL drops the connections a subgraph's pool holds idle (a restart, a failover, an
 * administrator's `pg_terminate_backend`): the next requests must be answered from new connections,
 * not fail INTERNAL once on each dead one. Only where there is a pool: PostgreSQL (TEST_DATABASE_URL).
 */
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;
const REQUESTS = 10;

onPostgres('idle pooled connections that PostgreSQL dropped', () => {
  let fixture: HandFixture;
  const residents = Array.from({ length: REQUESTS }, (_value, index) => demoId(['stale-pool', `resident-${index}`]));
  beforeAll(async () => {
    fixture = await createHandFixture();
    await addHandResidents(fixture, residents);
  });
  afterAll(() => fixture?.close());

  test('the requests after the drop are answered, reads and writes, and every write is there', async () => {
    const connection = () => fixture.orm.em.fork().getConnection();
    // Fill the pool with connections, then let them go idle.
    await Promise.all(Array.from({ length: 8 }, () => connection().execute('select pg_sleep(0.1)')));
    const [{ dropped }] = await connection().execute<{ dropped: string }[]>(
      'select count(pg_terminate_backend(pid)) as dropped from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    expect(Number(dropped)).toBeGreaterThan(0);

    const requests = residents.flatMap(residentId => [
      { query: 'query ($id: ID!) { partyOrganization(id: $id) { id } }', variables: { id: HAND.organizations.groupA1 } },
      {
        query: 'mutation ($input: RegisterPartyMemberInput!) { registerPartyMember(input: $input) { member { id } } }',
        variables: { input: { residentId, organizationId: HAND.organizations.groupA1, category: 'IN_SERVICE', tags: [], joinedOn: '2005-07-01' } },
      },
    ]);
    // Sent at once, through the subgraph's server in this process: they reach the pool before the
    // dropped connections' errors do (over HTTP the requests would wait for a listener first).
    const results = await Promise.all(requests.map(({ query, variables }) => fixture.run(cityAdmin, query, variables)));
    expect(results.flatMap(result => result.errors?.map(error => error.extensions?.code) ?? [])).toEqual([]);
    expect(await fixture.em().count(PartyMember, { residentId: { $in: residents } })).toBe(REQUESTS);
  });
});
