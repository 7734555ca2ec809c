/**
 * The gateway's floor for the peers bench: the building and community queries answered by sending
 * grids and party the shares our gateway's plan sends them (bench/support/subgraph-shares.ts) over
 * keep-alive HTTP, and merging the two answers by hand — no planning, no GraphQL execution, no token
 * check of its own (the subgraphs check the token it passes on), no log. What any gateway pays at
 * the least on top of these subgraphs: this contender's req/s over a peer's bounds what a faster
 * gateway could reach against it. `GATEWAY_FLOOR_PORT`, `GRIDS_URL`, `PARTY_URL`.
 */
import { Agent } from 'node:http';
import { serveFloor } from './floor-answers';
import { post } from './load';
import { buildingEntities, communityEntities, gridsShares, PARTY, PARTY_COMMUNITY, type BuildingAnswer, type CommunityAnswer } from './subgraph-shares';

const gridsUrl = new URL(process.env.GRIDS_URL ?? 'http://127.0.0.1:4001/graphql');
const partyUrl = new URL(process.env.PARTY_URL ?? 'http://127.0.0.1:4002/graphql');
const agent = new Agent({ keepAlive: true });
const { GRIDS, GRIDS_COMMUNITY } = gridsShares(false);

type Json = Record<string, unknown>;
type Nodes = { edges: { node: Json }[] };

async function share(url: URL, query: string, variables: Json, authorization: string): Promise<Json> {
  const { text } = await post(agent, url, JSON.stringify({ query, variables }), authorization);
  const answer = JSON.parse(text) as { data?: Json; errors?: unknown };
  if (answer.errors || !answer.data) throw new Error(text.slice(0, 300));
  return answer.data;
}

async function building(id: string, authorization: string): Promise<Json> {
  const grids = (await share(gridsUrl, GRIDS, { id }, authorization)) as BuildingAnswer['data'] & Json;
  if (!grids.building) return { building: null };
  const { _entities: entities } = (await share(partyUrl, PARTY, { representations: buildingEntities(id, { data: grids }) }, authorization)) as { _entities: Json[] };
  const answer = grids.building as unknown as Json & { compound: Json; households: Nodes };
  answer.partyGroup = entities[0].partyGroup;
  answer.compound.partyBranch = entities[1].partyBranch;
  answer.households.edges.forEach(({ node }, index) => Object.assign(node, entities[2 + index]));
  return { building: answer };
}

async function community(code: string, authorization: string): Promise<Json> {
  const grids = (await share(gridsUrl, GRIDS_COMMUNITY, { code }, authorization)) as CommunityAnswer['data'] & Json;
  if (!grids.community) return { community: null };
  const representations = communityEntities({ data: grids });
  const { _entities: entities } = (await share(partyUrl, PARTY_COMMUNITY, { representations }, authorization)) as { _entities: Json[] };
  // The entities come back in the order communityEntities listed them: community, compounds, buildings, households.
  let next = 0;
  const merge = (node: Json) => {
    Object.assign(node, entities[next++]);
    delete node.id;
  };
  const answer = grids.community as unknown as Json & { compounds: Nodes };
  merge(answer);
  const compounds = answer.compounds.edges.map(({ node }) => node as Json & { buildings: Nodes });
  compounds.forEach(merge);
  const buildings = compounds.flatMap(compound => compound.buildings.edges.map(({ node }) => node as Json & { households: Nodes }));
  buildings.forEach(merge);
  buildings.forEach(each => each.households.edges.forEach(({ node }) => merge(node)));
  return { community: answer };
}

// A readiness probe ({ __typename }) names neither a building nor a community.
serveFloor(Number(process.env.GATEWAY_FLOOR_PORT ?? 14060), ({ variables: { id, code }, authorization }) =>
  id ? building(id, authorization) : code ? community(code, authorization) : { __typename: 'Query' },
);
