import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { Role } from '../kit/auth/role';
import { projectRoot } from '../kit/project-root';
import { exampleOperations } from '../gateway/ide/example-operations';
import { startSupergraph, type Supergraph } from './support/supergraph';

/** docs/operations/*.graphql: valid against the client schema, and each runs through the real gateway with no error. */

const operations = exampleOperations();
const apiSchema = buildSchema(readFileSync(join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));

describe('the example operations', () => {
  it('cover the headline, a grid worker, party stats, property, elderly services and mediation', () => {
    expect(operations.map(operation => operation.name)).toEqual([
      'Headline',
      'ElderlyServiceCircle',
      'GridWorkerEvents',
      'MediationCases',
      'PartyStats',
      'PropertyManagement',
    ]);
  });

  it.each(operations.map(operation => [operation.name, operation] as const))('%s is valid against schema/api.graphql', (_name, operation) => {
    expect(validate(apiSchema, parse(operation.document)).map(error => error.message)).toEqual([]);
  });
});

describe('the example operations through the gateway, on the tiny demo data', () => {
  let supergraph: Supergraph;
  let results: Map<string, any>;

  beforeAll(async () => {
    supergraph = await startSupergraph();
    const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
    results = new Map();
    // As a client sends them: the document alone, its variables' defaults pointing at 文兴社区.
    for (const operation of operations) results.set(operation.name, (await supergraph.query(operation.document, {}, admin)).body);
  }, 180_000);
  afterAll(() => supergraph.close());

  it.each(operations.map(operation => [operation.name]))('%s answers with data and no error', name => {
    const body = results.get(name);
    expect(body.errors).toBeUndefined();
    for (const value of Object.values(body.data)) expect(value).not.toBeNull();
  });

  it('read the place the defaults name, as the generator made it', () => {
    const community = supergraph.territory.communities.find(candidate => candidate.name === '文兴社区')!;
    const compounds = supergraph.territory.compounds.filter(compound => compound.communityId === community.id);
    const headline = results.get('Headline').data.community;
    expect(headline.name).toBe('文兴社区');
    expect(headline.compounds.totalCount).toBe(compounds.length);
    expect(headline.compounds.edges.map((edge: any) => edge.node.id).sort()).toEqual(compounds.map(compound => compound.id).sort());
    const households = headline.compounds.edges.flatMap((compound: any) =>
      compound.node.buildings.edges.flatMap((building: any) => building.node.households.edges),
    );
    const expectedHouseholds = supergraph.territory.buildings
      .filter(building => building.communityId === community.id)
      .reduce((sum, building) => sum + [...supergraph.territory.households(building)].length, 0);
    expect(households).toHaveLength(expectedHouseholds);
    const grid = supergraph.territory.grids.find(candidate => candidate.code === 'G-140213-001-001-01')!;
    expect(results.get('GridWorkerEvents').data.grid.id).toBe(grid.id);
    for (const name of ['PartyStats', 'PropertyManagement', 'ElderlyServiceCircle', 'MediationCases']) {
      expect(results.get(name).data.community.id).toBe(community.id);
    }
  });
});
