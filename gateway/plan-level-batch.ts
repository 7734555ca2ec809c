import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './data-source';
import { mergeGroups, mergeVariables, splitResponse, type MergeGroup, type SubgraphResponse } from './merged-operation';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

interface Waiting {
  readonly options: ProcessOptions;
  resolve(result: SubgraphResponse): void;
  reject(error: unknown): void;
}

/**
 * Batches the fetches one client request makes to one subgraph at the same step of its query plan.
 *
 * Apollo's executor sends each fetch of a plan's `Parallel` node on its own: a building page asks
 * party three times at once (the building's party group, the compound's branch, the households'
 * members), and the subgraph pays its per-request set-up — the token check, a context with its
 * DataLoaders, an execution, a log line — three times. Here the fetches the executor starts
 * together are held until it has started them all (after the promise jobs it runs meanwhile, as
 * DataLoader waits) and sent as one merged query (`gateway/merged-operation.ts`); each gets its
 * own part of the answer and of the errors. Only fetches of the same client request are merged:
 * they carry the same token, so no caller ever shares another's request.
 */
export class PlanLevelBatch {
  private readonly waiting = new WeakMap<object, Waiting[]>();

  constructor(private readonly send: (options: ProcessOptions) => Promise<SubgraphResponse>) {}

  /** Sends the fetch, with those of the same client request started in the same step. */
  fetch(options: ProcessOptions): Promise<SubgraphResponse> {
    if (!('incomingRequestContext' in options)) return this.send(options);
    const request = options.incomingRequestContext;
    return new Promise<SubgraphResponse>((resolve, reject) => {
      const waiting = this.waiting.get(request);
      const entry = { options, resolve, reject };
      if (waiting) return void waiting.push(entry);
      this.waiting.set(request, [entry]);
      void Promise.resolve().then(() =>
        process.nextTick(() => {
          const started = this.waiting.get(request) ?? [];
          this.waiting.delete(request);
          this.sendAll(started);
        }),
      );
    });
  }

  private sendAll(started: readonly Waiting[]): void {
    if (started.length === 1) return this.sendAlone(started[0]);
    for (const group of mergeGroups(started.map(({ options }) => options.request.query ?? ''))) {
      if (group.merged) this.sendMerged(group, group.parts.map(part => started[part]));
      else this.sendAlone(started[group.parts[0]]);
    }
  }

  private sendAlone({ options, resolve, reject }: Waiting): void {
    this.send(options).then(resolve, reject);
  }

  private sendMerged({ merged }: MergeGroup, parts: readonly Waiting[]): void {
    const [first] = parts;
    const options = {
      ...first.options,
      request: {
        ...first.options.request,
        query: merged!.query,
        operationName: merged!.operationName,
        variables: mergeVariables(merged!, parts.map(({ options }) => options.request.variables)),
      },
      document: undefined,
    };
    this.send(options).then(
      response => {
        const answers = splitResponse(merged!, response);
        parts.forEach(({ resolve }, index) => resolve(answers[index]));
      },
      (error: unknown) => parts.forEach(({ reject }) => reject(error)),
    );
  }
}

/** `GATEWAY_BATCH`: `on` (the default) or `off` (each fetch of a plan goes out on its own, e.g. to measure the difference). */
export function batchFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env.GATEWAY_BATCH;
  if (raw === undefined || raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  throw new Error(`GATEWAY_BATCH must be "on" or "off", got "${raw}"`);
}
