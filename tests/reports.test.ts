import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../kit/auth/role';
import { projectRoot } from '../kit/project-root';
import { cellOf, reportDefinitions } from '../gateway/reports/report-definitions';
import { startSupergraph, type Supergraph } from './support/supergraph';

/** GET /reports/<name>.csv|.json at the gateway: each row checked against the GraphQL figures it comes from. */

let supergraph: Supergraph;
beforeAll(async () => {
  // Two rows a page, so the tiny district's three communities take two pages.
  supergraph = await startSupergraph({ reportPageSize: 2 });
}, 180_000);
afterAll(() => supergraph.close());

const get = (path: string, token?: string) => fetch(new URL(path, supergraph.origin), { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** RFC 4180 lines into cells (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  return text
    .split('\r\n')
    .filter(line => line !== '')
    .map(line =>
      [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map(([, quoted, plain]) => (quoted !== undefined ? quoted.replace(/""/g, '"') : plain)),
    );
}

describe('the community scorecard', () => {
  const report = reportDefinitions().get('community-scorecard')!;
  const document = readFileSync(join(projectRoot(), 'schema', 'reports', 'community-scorecard.graphql'), 'utf8');

  /** What the API says for the period the report covered, with the same token. */
  async function graphqlRows(response: Response, token: string): Promise<unknown[][]> {
    const from = response.headers.get('x-report-from')!;
    const to = response.headers.get('x-report-to')!;
    const variables = { from, to, first: 100, after: null };
    const { body } = await supergraph.query(document, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data.communities.edges.map(({ node }: any) => report.columns.map(column => cellOf(node, column)));
  }

  it('is a UTF-8 CSV with a BOM, one row per community, each figure as the API gives it', async () => {
    const bi = await supergraph.token({ roles: [Role.BI_ANALYST], subject: 'bi-tool' });
    const response = await get('/reports/community-scorecard.csv', bi);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual(report.columns);
    expect(header).toEqual(
      expect.arrayContaining([
        'code',
        'name',
        'gridEventStats.disposalRate',
        'partyStats.members',
        'propertyStats.meetingsHeld',
        'elderlyStats.elders',
        'mediationStats.cases',
      ]),
    );
    // Every community of the tiny district, by code.
    expect(rows.map(row => row[0])).toEqual(supergraph.territory.communities.map(community => community.code).sort());
    const expected = await graphqlRows(response, bi);
    expect(rows).toEqual(expected.map(cells => cells.map(cell => (cell === null ? '' : String(cell)))));
    // Figures from every subgraph are there, not only empty cells.
    for (const column of [
      'population.households',
      'gridEventStats.accepted',
      'partyStats.branchCoverage',
      'propertyStats.meetingsHeld',
      'elderlyStats.elders',
      'mediationStats.cases',
    ]) {
      expect(rows.some(row => row[header.indexOf(column)] !== '')).toBe(true);
    }
  });

  it('is the same rows as JSON', async () => {
    const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
    const response = await get('/reports/community-scorecard.json', admin);
    expect(response.status).toBe(200);
    const rows = await response.json();
    const expected = await graphqlRows(response, admin);
    expect(rows).toEqual(expected.map(cells => Object.fromEntries(report.columns.map((column, index) => [column, cells[index]]))));
  });

  it('refuses a missing or bad token, a role that is not BI, and an unknown report', async () => {
    const worker = await supergraph.token({ roles: [Role.GRID_WORKER], scope: [supergraph.territory.grids[0].id] });
    const bi = await supergraph.token({ roles: [Role.BI_ANALYST] });
    const cases = [
      { path: '/reports/community-scorecard.csv', token: undefined, status: 401, code: 'UNAUTHENTICATED' },
      { path: '/reports/community-scorecard.csv', token: 'not.a.token', status: 401, code: 'UNAUTHENTICATED' },
      { path: '/reports/community-scorecard.csv', token: worker, status: 403, code: 'FORBIDDEN' },
      { path: '/reports/no-such-report.csv', token: bi, status: 404, code: 'BAD_USER_INPUT' },
      { path: '/reports/community-scorecard.xlsx', token: bi, status: 404, code: 'BAD_USER_INPUT' },
    ];
    for (const { path, token, status, code } of cases) {
      const response = await get(path, token);
      expect({ path, status: response.status, code: ((await response.json()) as any).errors[0].extensions.code }).toEqual({ path, status, code });
    }
  });
});
