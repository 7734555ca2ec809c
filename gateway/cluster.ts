import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import { createRateLimiter } from './rate-limit';
import { answerRateLimits } from './shared-rate-limit';

/**
 * One gateway process unless `GATEWAY_WORKERS` says otherwise. The embedded default runs the
 * five subgraphs on the same cores, and they, not the gateway, are the bottleneck there
 * (bench/RESULTS.md): a second gateway worker would take CPU from them. A gateway on cores of its
 * own (its own container or host) sets `GATEWAY_WORKERS=auto`.
 */
export const DEFAULT_GATEWAY_WORKERS = 1;

/** `GATEWAY_WORKERS`: a positive whole number, `auto` (one per core this process may use), or the default. */
export function workersFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GATEWAY_WORKERS;
  if (raw === undefined || raw === '') return DEFAULT_GATEWAY_WORKERS;
  if (raw === 'auto') return availableParallelism();
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers <= 0) throw new Error(`GATEWAY_WORKERS must be a positive whole number or auto, got "${raw}"`);
  return workers;
}

export interface PrimaryOptions {
  readonly workers: number;
  /** `RATE_LIMIT_PER_MINUTE`: the primary holds every caller's bucket (`gateway/shared-rate-limit.ts`). */
  readonly ratePerMinute: number;
  readonly log: Logger;
}

/**
 * The primary of a gateway cluster: forks `workers` copies of the gateway, which share its port
 * (the primary accepts connections and hands them out in turn), answers their rate-limit questions,
 * replaces a worker that dies after it started, and on SIGTERM/SIGINT has every worker drain, exiting
 * once the last one has. A worker that fails before it listens (bad configuration, port taken) stops
 * the whole gateway: its siblings would fail the same way.
 */
export function runPrimary({ workers, ratePerMinute, log }: PrimaryOptions): void {
  const limiter = createRateLimiter(ratePerMinute);
  const live = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;

  const stop = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    // Each worker drains what it accepted (kit/http/service.ts) and exits; SIGTERM reaches it once.
    for (const worker of live) worker.process.kill('SIGTERM');
    if (live.size === 0) finish();
  };
  const finish = () => {
    log.info('gateway stopped');
    process.exit(exitCode);
  };

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    let listening = false;
    worker.once('listening', () => (listening = true));
    answerRateLimits(worker, limiter);
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) {
        if (code !== 0) exitCode = 1;
        if (live.size === 0) finish();
        return;
      }
      if (!listening) {
        log.error({ worker: worker.process.pid, code, signal }, 'a gateway worker failed to start; stopping the gateway');
        return stop(1);
      }
      log.error({ worker: worker.process.pid, code, signal }, 'a gateway worker exited; starting another');
      fork();
    });
  };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (!stopping) log.info({ signal }, 'draining every worker');
      stop(0);
    });
  }
  log.info({ workers }, 'starting gateway workers');
  for (let index = 0; index < workers; index += 1) fork();
}
