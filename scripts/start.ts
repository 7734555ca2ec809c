import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { portFromEnv } from '../kit/config';
import { projectRoot } from '../kit/project-root';
import { curlExample } from '../gateway/landing-page';
import { GATEWAY_NODE_FLAGS, GATEWAY_PORT, subgraphs } from '../schema/subgraphs';

/**
 * `npm start`: seeds every empty embedded database (`--reseed <subgraph>|all` deletes and seeds anew), starts each subgraph and the gateway as its
 * own process (JSON logs on this terminal), waits until all are ready and prints how to begin.
 * Ctrl-C or SIGTERM drains and stops them all.
 */

const SCALES = ['tiny', 'demo', 'city'] as const;
/** How long the services may take to answer /readyz after they were spawned. */
const READY_TIMEOUT_MS = 120_000;

/** Run from `dist/` as JavaScript, or from the sources through swc (`node -r @swc-node/register`). */
const ext = extname(__filename);
const nodeArgs = ext === '.ts' ? ['-r', '@swc-node/register'] : [];
const codeRoot = join(__dirname, '..');

interface StartOptions {
  readonly scale: string;
  /** Subgraphs whose embedded database is deleted and seeded anew (`--reseed grids`, `--reseed all`). */
  readonly reseed: ReadonlySet<string>;
}

function parseOptions(): StartOptions {
  const { values } = parseArgs({ options: { scale: { type: 'string' }, reseed: { type: 'string', multiple: true } }, strict: true });
  const scale = values.scale ?? process.env.SCALE ?? 'demo';
  if (!SCALES.includes(scale as (typeof SCALES)[number])) {
    console.error(`--scale must be one of ${SCALES.join(', ')}, got "${scale}"`);
    process.exit(2);
  }
  const names = subgraphs.map(({ name }) => name);
  const reseed = (values.reseed ?? []).flatMap((name) => (name === 'all' ? names : [name]));
  const unknown = reseed.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    console.error(`--reseed takes a subgraph (${names.join(', ')}) or all, got "${unknown.join(', ')}"`);
    process.exit(2);
  }
  return { scale, reseed: new Set(reseed) };
}

/** Runs a script to completion; rejects on a non-zero exit. */
function run(script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], { stdio: 'inherit', cwd: projectRoot() });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${signal ?? code}`))));
  });
}

/** Runs `tasks` with at most `limit` at a time. */
async function inParallel(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  const queue = [...tasks];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  }));
}

async function waitUntilReady(url: string, deadline: number, stopped: () => boolean): Promise<void> {
  while (!stopped()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} was not ready after ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const { scale, reseed } = parseOptions();

  // 1. Seed: each seed script does nothing when its database already holds data (--if-empty), and
  // refuses a seeded database whose file is missing; --reseed deletes one and seeds it anew.
  await inParallel(
    subgraphs.map(({ name }) => () => run(join(codeRoot, 'subgraphs', name, `seed${ext}`), [reseed.has(name) ? '--reseed' : '--if-empty', '--scale', scale])),
    Math.max(1, availableParallelism()),
  );

  // 2. Start every service as its own process.
  const services = [
    ...subgraphs.map(({ name, port, nodeFlags = [] }) => ({ name, script: join(codeRoot, 'subgraphs', name, `index${ext}`), port: portFromEnv(`${name.toUpperCase()}_PORT`, port), flags: nodeFlags })),
    { name: 'gateway', script: join(codeRoot, 'gateway', `index${ext}`), port: portFromEnv('GATEWAY_PORT', GATEWAY_PORT), flags: GATEWAY_NODE_FLAGS },
  ];
  const children = new Map<string, ChildProcess>();
  let stopping = false;
  let exitCode = 0;
  const exited = (child: ChildProcess) =>
    new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  // The gateway first, and the subgraphs once it has drained: a request it accepted still finds
  // every subgraph it needs. SIGTERM, not SIGINT: the children run in their own process groups, so a
  // terminal's Ctrl-C reaches only this process, which stops them in order.
  const stopAll = async (code: number) => {
    if (stopping) return;
    exitCode = code;
    stopping = true;
    const gateway = children.get('gateway');
    if (gateway) {
      gateway.kill('SIGTERM');
      await exited(gateway);
    }
    for (const child of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  // The gateway reaches each subgraph on the port it was given here, and without NATS_URL the
  // subgraphs read each other's event feeds through the gateway.
  const env = { ...process.env };
  // One secret per run, shared by the gateway and the subgraphs: they then answer the gateway only.
  env.GATEWAY_SECRET ||= randomBytes(32).toString('base64url');
  for (const { name, port } of services) {
    if (name === 'gateway') env.GATEWAY_URL ??= `http://localhost:${port}/graphql`;
    else env[`${name.toUpperCase()}_URL`] ??= `http://localhost:${port}/graphql`;
  }

  const allExited = new Promise<void>((resolve) => {
    for (const service of services) {
      const child = spawn(process.execPath, [...service.flags, ...nodeArgs, service.script], { stdio: 'inherit', cwd: projectRoot(), env, detached: true });
      children.set(service.name, child);
      child.on('exit', (code, signal) => {
        children.delete(service.name);
        if (!stopping) {
          console.error(`${service.name} exited (${signal ?? code}); stopping the others`);
          void stopAll(1);
        }
        if (children.size === 0) resolve();
      });
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll(0));

  // 3. Wait for readiness, then say how to begin.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    await Promise.all(services.map(({ port }) => waitUntilReady(`http://localhost:${port}/readyz`, deadline, () => stopping)));
  } catch (error) {
    console.error((error as Error).message);
    void stopAll(1);
  }
  if (!stopping) {
    const gateway = services.find((service) => service.name === 'gateway')!;
    const url = `http://localhost:${gateway.port}/graphql`;
    console.log([
      '',
      `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${scale} data). Gateway: ${url}`,
      '',
      'Get a token (CITY_ADMIN sees the whole city):',
      '  export TOKEN=$(npm run --silent token -- --role CITY_ADMIN)',
      '',
      'Send a first query:',
      curlExample(url).replace(/^/gm, '  '),
      '',
      'Ctrl-C stops every service.',
      '',
    ].join('\n'));
  }
  await allExited;
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
