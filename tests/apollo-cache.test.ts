import { ApolloClient, HttpLink, InMemoryCache, type ApolloQueryResult, type ObservableSubscription } from '@apollo/client/core';
import { relayStylePagination } from '@apollo/client/utilities';
import { Role } from '../kit/auth/role';
import { HeadlineDocument, type HeadlineQuery } from '../docs/operations/typed/graphql';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * A front-end team's normalised cache against the real gateway: the typed headline document through
 * @apollo/client's InMemoryCache, the community's compounds paged relay-style (`fetchMore` with
 * `after`), every object stored once under `Typename:id` whichever subgraph sent its fields.
 */

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph();
}, 180_000);
afterAll(() => supergraph.close());

test('the headline query pages compounds with fetchMore and merges them in one normalised cache', async () => {
  const community = supergraph.territory.communities.find(candidate => candidate.name === '文兴社区')!;
  const compounds = supergraph.territory.compounds.filter(compound => compound.communityId === community.id);
  expect(compounds.length).toBeGreaterThan(1);
  const token = await supergraph.token({ roles: [Role.PARTY_ORGANIZER], scope: [community.id] });
  const cache = new InMemoryCache({ typePolicies: { Community: { fields: { compounds: relayStylePagination() } } } });
  let subscription!: ObservableSubscription;
  const client = new ApolloClient({ link: new HttpLink({ uri: supergraph.url, fetch, headers: { authorization: `Bearer ${token}` } }), cache });

  const query = client.watchQuery({ query: HeadlineDocument, variables: { communityCode: community.code, first: 1 } });
  // Watched as a component would be, for as long as the pages come in.
  const first = await new Promise<ApolloQueryResult<HeadlineQuery>>((resolve, reject) => {
    subscription = query.subscribe({ next: result => !result.loading && resolve(result), error: reject });
  });
  expect(first.errors).toBeUndefined();
  expect(first.data.community!.compounds.edges).toHaveLength(1);
  let pageInfo = first.data.community!.compounds.pageInfo;
  let pages = 1;
  while (pageInfo.hasNextPage) {
    const next = await query.fetchMore({ variables: { after: pageInfo.endCursor } });
    expect(next.data.community!.compounds.edges).toHaveLength(1);
    pageInfo = next.data.community!.compounds.pageInfo;
    pages += 1;
  }
  const merged = query.getCurrentResult().data.community!;
  // One compound a page, all of the community's compounds, each once, in the list's order (by code).
  expect(pages).toBe(compounds.length);
  expect(merged.compounds.edges.map(edge => edge.node.id)).toEqual([...compounds].sort((a, b) => a.code.localeCompare(b.code)).map(compound => compound.id));
  expect(merged.compounds.pageInfo.hasNextPage).toBe(false);

  // Normalised: one entry per object, keyed by type and id; a household's address (grids) and
  // party members (party) in the same entry.
  const entries = cache.extract() as Record<string, any>;
  const households = [
    ...new Set(compounds.flatMap(compound => supergraph.territory.buildings.filter(building => building.compoundId === compound.id))),
  ].flatMap(building => [...supergraph.territory.households(building)]);
  const householdKeys = Object.keys(entries).filter(key => key.startsWith('Household:'));
  expect(householdKeys.sort()).toEqual(households.map(household => `Household:${household.id}`).sort());
  // The cache keys a field by its arguments: the members asked for with a reason.
  const MEMBERS = 'partyMembers({"reveal":"PARTY_AFFAIRS"})';
  const withMembers = householdKeys.map(key => entries[key]).filter(entry => entry[MEMBERS].length > 0);
  expect(withMembers.length).toBeGreaterThan(0);
  for (const entry of withMembers) {
    expect(typeof entry.address).toBe('string');
    for (const member of entry[MEMBERS]) expect(entries[member.__ref]).toMatchObject({ __typename: 'PartyMember' });
  }
  expect(Object.keys(entries).filter(key => key.startsWith('Compound:'))).toHaveLength(compounds.length);
  subscription.unsubscribe();
  client.stop();
});
