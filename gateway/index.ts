import 'reflect-metadata';
import cluster from 'node:cluster';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewaySecretFromEnv } from '../kit/auth/gateway-proof';
import { portFromEnv, tokenSettingsFromEnv } from '../kit/config';
import { admissionFromEnv } from '../kit/http/admission';
import { createLogger } from '../kit/http/logger';
import { closeOnSignals, type RunningService } from '../kit/http/service';
import { projectRoot } from '../kit/project-root';
import { runPrimary, workersFromEnv } from './cluster';
import { deduplicateFromEnv } from './in-flight-dedup';
import { batchFromEnv } from './plan-level-batch';
import { IDE_ASSETS_DIR } from './ide/ide-page';
import { queryPlanCacheMiBFromEnv } from './plan-warm-up';
import { ratePerMinuteFromEnv } from './rate-limit';
import { resilienceFromEnv } from './resilience';
import { createGateway, subgraphsOfSupergraph } from './server';
import { sharedRateLimiter } from './shared-rate-limit';

/**
 * The gateway process: config from the environment, the committed supergraph, listen, drain on
 * SIGTERM. With `GATEWAY_WORKERS` > 1 this is the primary of a cluster (`gateway/cluster.ts`), and
 * each worker runs `serve` on the same port.
 */
async function main(): Promise<void> {
  const workers = workersFromEnv();
  if (workers > 1 && cluster.isPrimary) runPrimary({ workers, ratePerMinute: ratePerMinuteFromEnv(), log: createLogger('gateway') });
  else await serve();
}

async function serve(): Promise<void> {
  // A worker's every log line names its process, so one can tell which worker answered.
  const log = cluster.isWorker ? createLogger('gateway').child({ pid: process.pid }) : createLogger('gateway');
  const supergraphSdl = readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
  const subgraphUrls = Object.fromEntries(
    Object.keys(subgraphsOfSupergraph(supergraphSdl)).map((name) => [name, process.env[`${name.toUpperCase()}_URL`]]),
  );
  const timeoutMs = Number(process.env.SUBGRAPH_TIMEOUT_MS || 10_000);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error('SUBGRAPH_TIMEOUT_MS must be a positive number of milliseconds');
  const port = portFromEnv('GATEWAY_PORT', 4000);
  const ideAssetsDir = join(projectRoot(), IDE_ASSETS_DIR);
  const ideBuilt = existsSync(join(ideAssetsDir, 'ide.js'));
  if (!ideBuilt) log.warn({ ideAssetsDir }, 'IDE bundle not built (npm run build): the root serves instructions instead');
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls,
    tokenSettings: tokenSettingsFromEnv(),
    log,
    timeoutMs,
    gatewaySecret: gatewaySecretFromEnv(),
    ratePerMinute: ratePerMinuteFromEnv(),
    rateLimiter: cluster.isWorker ? sharedRateLimiter(ratePerMinuteFromEnv()) : undefined,
    queryPlanCacheMiB: queryPlanCacheMiBFromEnv(),
    resilience: resilienceFromEnv(),
    admission: admissionFromEnv(),
    deduplication: deduplicateFromEnv(),
    batchPlanLevels: batchFromEnv(),
    publicUrl: `http://localhost:${port}/graphql`,
    ideAssetsDir: ideBuilt ? ideAssetsDir : undefined,
  });
  log.info({ subgraphs: gateway.subgraphUrls, timeoutMs }, 'subgraphs');
  let running: RunningService | undefined;
  closeOnSignals(async () => {
    await running?.close();
  }, log);
  running = await gateway.listen(port);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
