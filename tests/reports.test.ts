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

/**
 * The reports over time and by breakdown, each row checked against figures asked of the API another
 * way, with the same token: a month's row against the stats of that month asked as a period of its
 * own, a category's row against the category in the period's breakdown, the party row against partyStats.
 */
describe('the reports over time and by breakdown', () => {
  const bi = () => supergraph.token({ roles: [Role.BI_ANALYST], subject: 'bi-reports' });

  async function download(name: string, token: string) {
    const response = await get(`/reports/${name}.csv`, token);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual(reportDefinitions().get(name)!.columns);
    const records = rows.map(row => Object.fromEntries(header.map((column, index) => [column, row[index]])));
    return { records, from: response.headers.get('x-report-from')!, to: response.headers.get('x-report-to')! };
  }

  const csvCell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const codes = () => supergraph.territory.communities.map(community => community.code).sort();

  /** Each community's figures for each month of a report, asked of the API as periods of their own (one query per community). */
  async function perMonth(records: Record<string, string>[], prefix: string, field: string, figures: string[], token: string) {
    for (const code of codes()) {
      const months = records.filter(record => record.code === code);
      expect(months.length).toBeGreaterThanOrEqual(12);
      const aliases = months.map((month, index) => `m${index}: ${field}(period: { from: "${month[`${prefix}.start`]}", to: "${month[`${prefix}.end`]}" }) { ${figures.join(' ')} }`);
      const id = supergraph.territory.communities.find(community => community.code === code)!.id;
      const { body } = await supergraph.query(`query ($id: ID!) { community(id: $id) { ${aliases.join('\n')} } }`, { id }, token);
      expect(body.errors).toBeUndefined();
      const node = body.data.community;
      months.forEach((month, index) => {
        for (const figure of figures) expect({ code, month: month[`${prefix}.start`], figure, value: month[`${prefix}.${figure}`] }).toEqual({ code, month: month[`${prefix}.start`], figure, value: csvCell(node[`m${index}`][figure]) });
      });
    }
  }

  it('grid events: one row per community per month, each the month’s gridEventStats', async () => {
    const token = await bi();
    const { records } = await download('grid-events-monthly', token);
    expect([...new Set(records.map(record => record.code))]).toEqual(codes());
    expect(records.some(record => Number(record['gridEventStats.series.accepted']) > 0)).toBe(true);
    await perMonth(records, 'gridEventStats.series', 'gridEventStats', ['accepted', 'disposed', 'disposalRate', 'overdue', 'satisfactionRate', 'inspectionFindings', 'rectified'], token);
  });

  it('property and elderly: one row per community per month, each the month’s stats', async () => {
    const token = await bi();
    const property = await download('property-monthly', token);
    await perMonth(property.records, 'propertyStats.series', 'propertyStats', ['meetingsHeld', 'problemsRaised', 'problemsSolved', 'suggestionsRaised', 'suggestionsSolved'], token);
    expect(property.records.some(record => Number(record['propertyStats.series.meetingsHeld']) > 0)).toBe(true);
    const elderly = await download('elderly-monthly', token);
    await perMonth(elderly.records, 'elderlyStats.series', 'elderlyStats', ['mealsServed', 'subsidiesFen', 'visitsMade'], token);
    expect(elderly.records.some(record => Number(record['elderlyStats.series.mealsServed']) > 0)).toBe(true);
  });

  it('mediation: one row per community and category with cases, as mediationStats.byCategory gives them, adding up to the cases', async () => {
    const token = await bi();
    const { records, from, to } = await download('mediation-cases', token);
    expect(records.length).toBeGreaterThan(0);
    const { body } = await supergraph.query(
      `query ($from: DateTimeISO!, $to: DateTimeISO!) { communities(first: 100) { edges { node { code mediationStats(period: { from: $from, to: $to }) { cases byCategory { category cases agreed withdrawn } } } } } }`,
      { from, to },
      token,
    );
    expect(body.errors).toBeUndefined();
    for (const { node } of body.data.communities.edges) {
      const rows = records.filter(record => record.code === node.code);
      expect(rows.map(row => [row['mediationStats.byCategory.category'], row['mediationStats.byCategory.cases'], row['mediationStats.byCategory.agreed'], row['mediationStats.byCategory.withdrawn']]))
        .toEqual(node.mediationStats.byCategory.map((entry: any) => [entry.category, String(entry.cases), String(entry.agreed), String(entry.withdrawn)]));
      expect(rows.reduce((sum, row) => sum + Number(row['mediationStats.byCategory.cases']), 0)).toBe(node.mediationStats.cases);
    }
  });

  it('party compliance: one row per community party organisation; BI sees every member count of 1–4 the city admin sees as an empty cell', async () => {
    const token = await bi();
    const { records, from, to } = await download('party-compliance', token);
    expect(records.map(record => record.code)).toEqual(codes());
    const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
    const figures = ['members', 'inServiceMembers', 'inServiceRegistered', 'inServiceCompliant', 'complianceRate'];
    const query = `query ($from: DateTimeISO!, $to: DateTimeISO!) { communities(first: 100, orderBy: { field: CODE, direction: ASC }) { edges { node { code partyCommittee { name } partyStats(period: { from: $from, to: $to }) { ${figures.join(' ')} } } } } }`;
    const asBi = (await supergraph.query(query, { from, to }, token)).body.data.communities.edges.map(({ node }: any) => node);
    const asAdmin = (await supergraph.query(query, { from, to }, admin)).body.data.communities.edges.map(({ node }: any) => node);
    let small = 0;
    records.forEach((record, index) => {
      expect(record['partyCommittee.name']).toBe(csvCell(asBi[index].partyCommittee?.name));
      for (const figure of figures) expect(record[`partyStats.${figure}`]).toBe(csvCell(asBi[index].partyStats[figure]));
      for (const figure of figures.slice(0, 4)) {
        const count = asAdmin[index].partyStats[figure];
        if (count > 0 && count < 5) {
          small += 1;
          expect({ code: record.code, figure, cell: record[`partyStats.${figure}`] }).toEqual({ code: record.code, figure, cell: '' });
        }
      }
    });
    // The tiny district has small groups: the check above ran.
    expect(small).toBeGreaterThan(0);
  });

  it('every report needs a BI token', async () => {
    const worker = await supergraph.token({ roles: [Role.GRID_WORKER], scope: [supergraph.territory.grids[0].id] });
    for (const name of ['grid-events-monthly', 'party-compliance', 'property-monthly', 'elderly-monthly', 'mediation-cases']) {
      expect({ name, status: (await get(`/reports/${name}.csv`)).status }).toEqual({ name, status: 401 });
      expect({ name, status: (await get(`/reports/${name}.json`, worker)).status }).toEqual({ name, status: 403 });
    }
  });
});
