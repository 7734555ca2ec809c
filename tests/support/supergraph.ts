import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { GATEWAY_PROOF_HEADER, gatewayProof } from '../../kit/auth/gateway-proof';
import type { Role } from '../../kit/auth/role';
import { signToken, type TokenSettings } from '../../kit/auth/token';
import { generateTerritory } from '../../kit/demo/territory';
import type { DemoTerritory } from '../../kit/demo/types';
import { createLogger } from '../../kit/http/logger';
import type { RunningService } from '../../kit/http/service';
import type { QueryLog } from '../../kit/orm/query-log';
import { projectRoot } from '../../kit/project-root';
import { createSubgraphServer } from '../../kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../kit/testing/test-database';
import { createGateway } from '../../gateway/server';
import { subgraphs as allSubgraphs, type SubgraphEntry } from '../../schema/subgraphs';

/** Signing settings of the test federation: a fresh secret per harness. */
export function testTokenSettings(): TokenSettings {
  return { secret: randomBytes(32), issuer: 'grassroots-test', audience: 'grassroots-test' };
}

export interface GraphQLResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON (`{ data, errors }`), or the raw text when the body is not JSON. */
  readonly body: any;
  /** The body as sent, to check what never appears in it (hosts, subgraph names). */
  readonly text: string;
}

export interface Supergraph {
  /** The gateway's GraphQL URL. */
  readonly url: string;
  /** The gateway's base URL (`/healthz`, `/readyz`). */
  readonly origin: string;
  /** Subgraph name → its URL (to check none leaks, or to call one directly). */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** The seeded territory (`tiny`), to pick ids from. */
  readonly territory: DemoTerritory;
  /** Every SQL statement each subgraph ran, for budgets across the federation. */
  readonly queryLogs: Readonly<Record<string, QueryLog>>;
  readonly tokenSettings: TokenSettings;
  /** Shared by the gateway and the subgraphs; a direct call to a subgraph needs its proof (`gatewayProof`). */
  readonly gatewaySecret: string;
  /** Headers the gateway adds to a subgraph request (request id and its proof), to call a subgraph as the gateway would. */
  gatewayHeaders(): Record<string, string>;
  /** POSTs a document to the gateway; `token` is sent as a bearer token when given. */
  query(document: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /** A token signed for this federation. */
  token(claims: { roles: readonly Role[]; scope?: readonly string[]; subject?: string; expiresIn?: string }): Promise<string>;
  /** A fresh entity manager on one subgraph's database (for commands that run beside the services, e.g. the territory sync). */
  em(name: string): EntityManager;
  /** Stops one subgraph (to see how the gateway copes). */
  stopSubgraph(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface SupergraphOptions {
  /** Defaults to every subgraph in `schema/subgraphs.ts`. */
  readonly subgraphs?: readonly SubgraphEntry[];
  readonly timeoutMs?: number;
}

/**
 * Starts every subgraph on its own test database seeded with the `tiny` territory, each on an
 * ephemeral port, and the real gateway in front of them on the committed supergraph (which the
 * drift test holds equal to a fresh composition) — the system as `npm start` runs it, in one process.
 */
export async function startSupergraph(options: SupergraphOptions = {}): Promise<Supergraph> {
  const tokenSettings = testTokenSettings();
  const gatewaySecret = randomBytes(32).toString('base64url');
  const territory = generateTerritory('tiny');
  const databases: TestDatabase[] = [];
  const services = new Map<string, RunningService>();
  const databaseOf = new Map<string, TestDatabase>();
  let gateway: RunningService | undefined;

  async function close(): Promise<void> {
    await gateway?.close();
    await Promise.all([...services.values()].map((service) => service.close()));
    await Promise.all(databases.map((database) => database.close()));
  }

  try {
    const queryLogs: Record<string, QueryLog> = {};
    const subgraphUrls: Record<string, string> = {};
    for (const { name, definition, seed } of options.subgraphs ?? allSubgraphs) {
      const database = await createTestDatabase(name, definition.entities);
      databases.push(database);
      databaseOf.set(name, database);
      const em = database.orm.em.fork() as EntityManager;
      await em.transactional((tx) => seed(tx, territory));
      const server = await createSubgraphServer(definition, database.orm);
      const service = await server.listen(0, tokenSettings, { gatewaySecret });
      services.set(name, service);
      subgraphUrls[name] = service.url;
      database.queryLog.reset();
      queryLogs[name] = database.queryLog;
    }

    const supergraphSdl = readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
    const server = createGateway({ supergraphSdl, subgraphUrls, tokenSettings, gatewaySecret, log: createLogger('gateway'), timeoutMs: options.timeoutMs });
    gateway = await server.listen(0);
    const url = gateway.url;
    const origin = new URL(url).origin;

    return {
      url,
      origin,
      subgraphUrls,
      territory,
      queryLogs,
      tokenSettings,
      gatewaySecret,
      gatewayHeaders() {
        const requestId = randomUUID();
        return { 'x-request-id': requestId, [GATEWAY_PROOF_HEADER]: gatewayProof(gatewaySecret, requestId) };
      },
      async query(document, variables, token, headers = {}) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
          body: JSON.stringify({ query: document, variables }),
        });
        const text = await response.text();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        return { status: response.status, headers: response.headers, body, text };
      },
      token: ({ roles, scope, subject, expiresIn }) => signToken({ subject: subject ?? 'test-user', roles, scope, expiresIn }, tokenSettings),
      em(name) {
        const database = databaseOf.get(name);
        if (!database) throw new Error(`No subgraph ${name} in this supergraph`);
        return database.orm.em.fork() as EntityManager;
      },
      async stopSubgraph(name) {
        await services.get(name)?.close();
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
