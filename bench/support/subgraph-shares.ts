/**
 * What the gateway's plan sends grids and party for the building query and the headline community
 * query (bench/support/operations.ts): each subgraph's share, for the benches that time the
 * subgraphs alone (`subgraph-cpu.bench.ts`, `subgraph-ab.bench.ts`).
 */

/**
 * grids' shares of the building and community queries; with `reveal`, residents' names are asked
 * with a reveal reason, so each answer also writes its audit entries.
 */
export function gridsShares(reveal: boolean): { GRIDS: string; GRIDS_COMMUNITY: string } {
  const name = reveal ? 'name(reveal: REGISTRATION_CHECK)' : 'name';
  return {
    GRIDS: `query ($id: ID!) { building(id: $id) { id code number units floors compound { id name }
  households(first: 100) { totalCount edges { node { id code unit floor room residents(first: 10) { totalCount edges { node { id ${name} gender age isHead } } } } } } } }`,
    GRIDS_COMMUNITY: `query ($code: String!) { community(code: $code) { id name compounds(first: 20) { edges { node { id name
  buildings(first: 50) { edges { node { id number households(first: 100) { edges { node { id address residents(first: 10) { edges { node { ${name} age } } } } } } } } } } } } } }`,
  };
}

/** party's share of the community query, for the entities of grids' answer. */
export const PARTY_COMMUNITY = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Community { partyCommittee { name level } } ... on Compound { partyBranch { name level secretary { id } } }
  ... on Building { partyGroup { name level } }
  ... on Household { partyMembers { category colour organization { level } } centralHousehold { linkedHouseholds { id } } } } }`;

/** party's share of the building query: the building's group, its compound's branch, and each household's members and central household. */
export const PARTY = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Building { partyGroup { id name level } } ... on Compound { partyBranch { id name level } }
  ... on Household { partyMembers { id category colour } centralHousehold { id designatedAt } } } }`;

export type Representation = { __typename: string; id: string };

export interface BuildingAnswer {
  data: { building: { compound: { id: string }; households: { edges: { node: { id: string } }[] } } };
  errors?: unknown;
}

/** The building, its compound and its households of grids' answer, as `_entities` representations. */
export function buildingEntities(buildingId: string, { data: { building } }: BuildingAnswer): Representation[] {
  return [
    { __typename: 'Building', id: buildingId },
    { __typename: 'Compound', id: building.compound.id },
    ...building.households.edges.map(({ node }) => ({ __typename: 'Household', id: node.id })),
  ];
}

export interface CommunityAnswer {
  data: { community: { id: string; compounds: { edges: { node: { id: string; buildings: { edges: { node: { id: string; households: { edges: { node: { id: string } }[] } } }[] } } }[] } } };
}

/** The community, compounds, buildings and households of grids' answer, as `_entities` representations. */
export function communityEntities({ data: { community } }: CommunityAnswer): Representation[] {
  const compounds = community.compounds.edges.map(({ node }) => node);
  const buildings = compounds.flatMap(compound => compound.buildings.edges.map(({ node }) => node));
  const households = buildings.flatMap(building => building.households.edges.map(({ node }) => node));
  return [
    { __typename: 'Community', id: community.id },
    ...compounds.map(({ id }) => ({ __typename: 'Compound', id })),
    ...buildings.map(({ id }) => ({ __typename: 'Building', id })),
    ...households.map(({ id }) => ({ __typename: 'Household', id })),
  ];
}
