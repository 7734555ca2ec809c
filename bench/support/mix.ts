import { Role } from '../../kit/auth/role';
import type { TokenRequest } from '../../kit/auth/token';
import type { DemoTerritory } from '../../kit/demo/types';

/** One request of the realistic mix, with the token of the person who sends it. */
export interface MixRequest {
  readonly kind: string;
  /** The `Authorization` header: `Bearer <token>`. */
  readonly authorization: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** The kinds of the mix that only read, whose answers two gateways must give alike. */
export const READING_KINDS = ['worker list', 'resident detail', 'community stats'] as const;

/**
 * What a working day sends, one of each in turn, on ids of the seeded territory: a grid worker's
 * list of linked households, five residents' details across every subgraph (community staff), a
 * community's figures from every subgraph for the year so far (a BI analyst's dashboard, as the city
 * admin), and a grid event reported by the grid worker (a mutation). The figures end at `until`,
 * so the events the mix itself reports never change them. `person` names the three callers' tokens
 * (`<person>-worker` …): give each client of a load its own, and no gateway may share their requests.
 */
export async function realisticMix(territory: DemoTerritory, sign: (request: TokenRequest) => Promise<string>, until: Date, person = 'mix'): Promise<MixRequest[]> {
  const community = territory.communities.find(candidate => territory.grids.some(grid => grid.communityId === candidate.id && grid.buildingIds.length > 0))!;
  const grid = territory.grids.find(candidate => candidate.communityId === community.id && candidate.buildingIds.length > 0)!;
  const worker = territory.gridWorkers(grid).find(candidate => candidate.linkedHouseholdIds.length > 0)!;
  const building = territory.buildings.find(candidate => candidate.id === grid.buildingIds[0])!;
  const residents = [...territory.households(building)].slice(0, 20).flatMap(household => [...territory.residents(household)]);
  const bearer = async (request: TokenRequest) => `Bearer ${await sign(request)}`;
  const workerToken = await bearer({ subject: `${person}-worker`, roles: [Role.GRID_WORKER], scope: [grid.id] });
  const staffToken = await bearer({ subject: `${person}-staff`, roles: [Role.COMMUNITY_STAFF], scope: [community.id] });
  const adminToken = await bearer({ subject: `${person}-admin`, roles: [Role.CITY_ADMIN] });
  return [
    {
      kind: 'worker list',
      authorization: workerToken,
      query: `query WorkerList($id: ID!) { gridWorker(id: $id) { name grid { code } linkedHouseholds(first: 20) { totalCount edges { node { id code unit } } } } }`,
      variables: { id: worker.id },
    },
    ...residents.slice(0, 5).map(resident => ({
      kind: 'resident detail',
      authorization: staffToken,
      query: `query ResidentDetail($id: ID!) { resident(id: $id) { name age phone household { code } elderProfile { id } partyMember { id } mediationCases { id } committeeSeats { id } } }`,
      variables: { id: resident.id },
    })),
    {
      kind: 'community stats',
      authorization: adminToken,
      query: `query CommunityStats($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { community(id: $id) {
        population { households residents elderly } gridEventStats(period: { from: $from, to: $to }) { accepted disposed overdue }
        partyStats { members compounds } propertyStats { meetingsHeld problemsRaised } elderlyStats(period: { from: $from, to: $to }) { elders }
        mediationStats { cases } } }`,
      variables: { id: community.id, from: `${until.getUTCFullYear()}-01-01T00:00:00.000Z`, to: until.toISOString() },
    },
    {
      kind: 'report event',
      authorization: workerToken,
      query: `mutation Report($input: ReportGridEventInput!) { reportGridEvent(input: $input) { gridEvent { id state } } }`,
      variables: { input: { categoryCode: 'SANITATION', description: '楼下垃圾堆放无人清运', gridId: grid.id, buildingId: building.id, source: 'PATROL' } },
    },
  ];
}
