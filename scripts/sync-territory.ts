import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createLogger } from '../kit/http/logger';
import { createOrmOptions, databaseLocationFromEnv } from '../kit/orm/orm-options';
import type { BaseContext } from '../kit/context';
import type { SubgraphDefinition } from '../kit/subgraph';
import { mediationSubgraph } from '../subgraphs/mediation/server';
import { partySubgraph } from '../subgraphs/party/server';
import { propertySubgraph } from '../subgraphs/property/server';
import { elderlySubgraph } from '../subgraphs/elderly/server';
import { syncTerritory, type TerritorySyncOptions, type TerritorySyncReport } from '../kit/territory/territory-sync';

/** The service subgraphs that keep a territory copy, and their sync. Adding one is one line here. */
const SYNCS: Readonly<Record<string, { definition: SubgraphDefinition<BaseContext>; sync: (em: EntityManager, options: TerritorySyncOptions) => Promise<TerritorySyncReport> }>> = {
  party: { definition: partySubgraph, sync: syncTerritory },
  property: { definition: propertySubgraph, sync: syncTerritory },
  elderly: { definition: elderlySubgraph, sync: syncTerritory },
  mediation: { definition: mediationSubgraph, sync: syncTerritory },
};

const USAGE = `Refreshes a service subgraph's territory table from grids, read through the gateway.

usage: npm run sync-territory -- <subgraph>      (one of: ${Object.keys(SYNCS).join(', ')})

Reads GATEWAY_URL (default http://localhost:4000/graphql); signs a SERVICE token with JWT_SECRET /
JWT_ISSUER / JWT_AUDIENCE (or JWT_SIGNING_KEY_FILE beside public keys); writes the database <SUBGRAPH>_DATABASE_URL, DATABASE_URL or DATA_DIR selects.`;

async function main(): Promise<void> {
  const name = process.argv[2];
  if (name === '--help' || name === '-h') {
    console.log(USAGE);
    return;
  }
  const entry = name ? SYNCS[name] : undefined;
  if (!entry) {
    console.error(`${name ? `No territory sync for "${name}".` : 'Name the subgraph to sync.'}\n\n${USAGE}`);
    process.exit(2);
  }
  const log = createLogger(`${name}-territory-sync`);
  const { definition, sync } = entry;
  // Connects without touching the schema: the service owns its tables (and their migrations); the
  // sync only writes rows of one of them.
  const orm = await MikroORM.init(createOrmOptions({ entities: definition.entities, location: databaseLocationFromEnv(definition.name) }));
  try {
    const report = await sync(orm.em.fork() as EntityManager, {
      onPage: (progress) => {
        if (progress.pages % 100 === 0) log.info(progress, 'progress');
      },
    });
    log.info({ ...report, rowsPerSecond: Math.round(report.read / Math.max(report.ms / 1000, 0.001)) }, 'synced');
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
