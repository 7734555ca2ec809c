import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { TokenError, verifyBearer, type TokenSettings } from '../../kit/auth/token';
import type { HttpRoute } from '../../kit/http/service';
import type { GatewayContext } from '../data-source';
import { csvLine, UTF8_BOM } from './csv';
import { rowsOf, type ReportDefinition } from './report-definitions';
import { BI_ROLES } from './report-roles';

export const REPORTS_PREFIX = '/reports/';
export const REPORT_PAGE_SIZE = 100;
const YEAR_MS = 365 * 86_400_000;

function refuse(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * `GET /reports/<name>.csv|.json` for BI tools: the registered operation `schema/reports/<name>.graphql`
 * run through this gateway with the caller's token (so the subgraphs apply their own access rules
 * and small-group suppression), page after page, each page written as it arrives. CSV is UTF-8
 * with a BOM, one row per node (or per item of the one list it selects), the columns the document
 * selects; JSON is an array of the same rows.
 */
export function reportRoute(
  apollo: ApolloServer<GatewayContext>,
  reports: ReadonlyMap<string, ReportDefinition>,
  tokenSettings: TokenSettings,
  /** The gateway's rate limit: throws RATE_LIMITED when the caller is over it. */
  take: (caller: string) => void | Promise<void>,
  /** Rows asked for per page (the API's largest page by default). */
  pageSize: number = REPORT_PAGE_SIZE,
): HttpRoute {
  return {
    prefix: REPORTS_PREFIX,
    async handle(request: IncomingMessage, response: ServerResponse, { url, requestId, log }: { url: URL; requestId: string; log: Logger }) {
      if (request.method !== 'GET') return refuse(response, 405, 'BAD_USER_INPUT', 'Reports are read with GET');
      const match = /^\/reports\/([a-z0-9-]+)\.(csv|json)$/.exec(url.pathname);
      const report = match && reports.get(match[1]);
      if (!match || !report)
        return refuse(response, 404, 'BAD_USER_INPUT', `No such report; reports: ${[...reports.keys()].map(name => `${name}.csv`).join(', ')}`);
      const format = match[2];
      const authorization = request.headers.authorization;
      let viewer;
      try {
        viewer = await verifyBearer(authorization, tokenSettings);
      } catch (error) {
        if (error instanceof TokenError) return refuse(response, 401, 'UNAUTHENTICATED', error.message);
        throw error;
      }
      if (!viewer) return refuse(response, 401, 'UNAUTHENTICATED', 'A bearer token is required');
      if (!viewer.roles.some(role => BI_ROLES.includes(role))) return refuse(response, 403, 'FORBIDDEN', `Reports are for ${BI_ROLES.join(', ')} tokens`);
      try {
        await take(viewer.id);
      } catch (error) {
        // Only the limit's own refusal is a 429; anything else (the primary process gone) is a failure.
        if (!(error instanceof GraphQLError && error.extensions.code === 'RATE_LIMITED')) throw error;
        return refuse(response, 429, 'RATE_LIMITED', error.message);
      }

      // One period for every figure of the report: the twelve months up to the request.
      const to = new Date();
      const from = new Date(to.getTime() - YEAR_MS);
      const period = { from: from.toISOString(), to: to.toISOString() };
      const contextValue: GatewayContext = { viewer, authorization, requestId, log };
      let after: string | null = null;
      let rows = 0;
      do {
        const result = await apollo.executeOperation({ query: report.document, variables: { ...period, first: pageSize, after } }, { contextValue });
        const single = result.body.kind === 'single' ? result.body.singleResult : undefined;
        const connection = (single?.data?.[report.listField] ?? null) as {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: unknown }[];
        } | null;
        if (!single || single.errors?.length || !connection) {
          log.error({ report: report.name, errors: single?.errors }, 'report failed');
          // Once rows are out the status is sent: cut the stream so a client never takes half a report for all of it.
          if (response.headersSent) return void response.destroy();
          const code = single?.errors?.[0]?.extensions?.code;
          return code === 'FORBIDDEN' ? refuse(response, 403, 'FORBIDDEN', 'Not allowed') : refuse(response, 500, 'INTERNAL', 'Internal error');
        }
        if (!response.headersSent) {
          response.writeHead(200, {
            'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
            'content-disposition': `attachment; filename="${report.name}.${format}"`,
            // The period every figure covers, so a reader (and a test) can ask the API for the same.
            'x-report-from': period.from,
            'x-report-to': period.to,
          });
          response.write(format === 'csv' ? UTF8_BOM + csvLine(report.columns) : '[');
        }
        for (const cells of connection.edges.flatMap(({ node }) => rowsOf(node, report.columns))) {
          if (format === 'csv') response.write(csvLine(cells));
          else response.write(`${rows > 0 ? ',' : ''}\n${JSON.stringify(Object.fromEntries(report.columns.map((column, index) => [column, cells[index]])))}`);
          rows += 1;
        }
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      response.end(format === 'csv' ? '' : '\n]\n');
    },
  };
}
