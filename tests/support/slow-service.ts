import { buildSchema } from 'graphql';
import { createSubgraphApollo } from '../../kit/http/apollo';
import { createLogger } from '../../kit/http/logger';
import { closeOnSignals, startService, type RunningService } from '../../kit/http/service';

/**
 * A service process with one slow field, for the graceful-shutdown test: `slow` answers only after
 * the process has received SIGTERM, so the request is certainly in flight when the drain begins and
 * completes only if the drain waits for it. Run with `node -r @swc-node/register`.
 */
async function main(): Promise<void> {
  const log = createLogger('slow');
  const schema = buildSchema('type Query { slow: String }');
  schema.getQueryType()!.getFields().slow.resolve = () =>
    new Promise((resolve) => {
      log.info('slow request started');
      process.once('SIGTERM', () => setImmediate(() => resolve('finished after SIGTERM')));
    });
  let service: RunningService | undefined;
  closeOnSignals(async () => {
    await service?.close();
  }, log);
  service = await startService({ name: 'slow', apollo: createSubgraphApollo(schema, log), log, port: 0, context: async () => ({}), ready: async () => true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
