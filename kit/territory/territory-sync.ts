import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '../auth/role';
import { signToken, type TokenSettings } from '../auth/token';
import { tokenSettingsFromEnv } from '../config';
import { storePlaces, type PlaceData } from './territory-copy';

/** Where the gateway is when `GATEWAY_URL` is not set (`npm start`'s default port). */
export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';
/** The token's subject: who the grids subgraph's logs see reading the tree. */
export const SYNC_SUBJECT = 'territory-sync';
/** Rows per request: grids' maximum for this machine query. */
export const SYNC_PAGE_SIZE = 1000;

const PAGE = /* GraphQL */ `
  query TerritorySync($first: Int!, $after: String) {
    territoryPlaces(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id level subdistrictId communityId compoundId buildingId householdId gridId latitude longitude } }
    }
  }
`;

export interface TerritorySyncOptions {
  /** The gateway's GraphQL URL; default `GATEWAY_URL`, else http://localhost:4000/graphql. */
  readonly gatewayUrl?: string;
  /** Signs the SERVICE token; default `tokenSettingsFromEnv()` (JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE). */
  readonly tokenSettings?: TokenSettings;
  /** Rows per request, 1–1000. */
  readonly pageSize?: number;
  /** HTTP client (tests count requests through it). */
  readonly fetch?: typeof fetch;
  /** Called after each page is stored. */
  readonly onPage?: (progress: TerritorySyncReport) => void;
}

export interface TerritorySyncReport {
  /** Gateway requests made (one per page). */
  readonly pages: number;
  /** Places read from grids. */
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly ms: number;
}

interface SyncPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: PlaceData }[];
}

interface PageResponse {
  data?: { territoryPlaces: SyncPage } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Refreshes a service subgraph's territory table from the grids subgraph's own data (DESIGN: territory
 * ancestry): reads every page of `territoryPlaces` through the gateway with a SERVICE token and
 * stores each page (only new or changed rows are written). Always the whole tree: grids keeps no
 * change times on buildings and compounds yet, so there is no `changedSince`. Places that vanish
 * from grids are left in place (grids deletes none today). Writes nothing but the territory table.
 */
export async function syncTerritory(em: EntityManager, options: TerritorySyncOptions = {}): Promise<TerritorySyncReport> {
  const started = Date.now();
  const url = options.gatewayUrl ?? process.env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL;
  const fetchPage = options.fetch ?? fetch;
  const first = options.pageSize ?? SYNC_PAGE_SIZE;
  const token = await signToken({ subject: SYNC_SUBJECT, roles: [Role.SERVICE], expiresIn: '2h' }, options.tokenSettings ?? tokenSettingsFromEnv());
  const fetchAfter = async (after: string | null, page: number): Promise<SyncPage> => {
    const response = await fetchPage(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PAGE, variables: { first, after } }),
    });
    const text = await response.text();
    let body: PageResponse;
    try {
      body = JSON.parse(text) as PageResponse;
    } catch {
      throw new Error(`territory sync: the gateway at ${url} answered ${response.status} with no GraphQL response`);
    }
    if (body.errors?.length || !body.data) {
      const reasons = (body.errors ?? []).map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ');
      throw new Error(`territory sync: page ${page} failed (${response.status}) ${reasons}`);
    }
    return body.data.territoryPlaces;
  };
  let report = { pages: 0, read: 0, inserted: 0, updated: 0, unchanged: 0, ms: 0 };
  let next: Promise<SyncPage> | null = fetchAfter(null, 1);
  while (next) {
    const { edges, pageInfo }: SyncPage = await next;
    // The next page is on its way while this one is stored: reading and writing overlap.
    next = pageInfo.hasNextPage && pageInfo.endCursor ? fetchAfter(pageInfo.endCursor, report.pages + 2) : null;
    // A failed fetch of the next page is reported where it is awaited, not as an unhandled rejection meanwhile.
    next?.catch(() => undefined);
    const counts = await storePlaces(em, edges.map((edge) => edge.node));
    report = {
      pages: report.pages + 1,
      read: report.read + edges.length,
      inserted: report.inserted + counts.inserted,
      updated: report.updated + counts.updated,
      unchanged: report.unchanged + counts.unchanged,
      ms: Date.now() - started,
    };
    options.onPage?.(report);
  }
  return report;
}
