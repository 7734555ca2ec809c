/**
 * A dead subgraph: what it costs the clients of the gateway. The gateway (its own process, from
 * source) has every subgraph at a port nothing listens on, and is sent a query at a steady rate; the latency of the
 * answers (each `UNAVAILABLE` at its field) second by second shows how long requests wait on the
 * reconnect window (`SUBGRAPH_RECONNECT_MS`) before the breaker fails them at once.
 * Run: node -r @swc-node/register bench/dead-subgraph.bench.ts [--rate 20] [--duration 15] [--port 14090]
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { Role } from '../kit/auth/role';
import { signToken, type SharedSecretSettings } from '../kit/auth/token';
import { projectRoot } from '../kit/project-root';
import { GATEWAY_NODE_FLAGS, subgraphs } from '../schema/subgraphs';

const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '20' },
    duration: { type: 'string', default: '15' },
    port: { type: 'string', default: '14090' },
  },
});
const rate = Number(args.rate);
const durationMs = Number(args.duration) * 1000;

/** A port that was free a moment ago and that nothing listens on now. */
async function closedPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise(resolve => probe.once('listening', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise(resolve => probe.close(resolve));
  return port;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const dead = await closedPort();
  const port = Number(args.port);
  const tokenSettings: SharedSecretSettings = {
    secret: Buffer.from(randomBytes(32).toString('base64url')),
    issuer: 'grassroots-demo',
    audience: 'grassroots-api',
  };
  const env: NodeJS.ProcessEnv = { ...process.env, GATEWAY_PORT: String(port), JWT_SECRET: tokenSettings.secret.toString(), LOG_LEVEL: 'silent' };
  for (const { name } of subgraphs) env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${dead}/graphql`;
  const gateway = spawn(process.execPath, [...GATEWAY_NODE_FLAGS, '-r', '@swc-node/register', 'gateway/index.ts'], {
    cwd: projectRoot(),
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      response => response.ok,
      () => false,
    );
    if (up) break;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  // Its query plans are warmed at start: let that finish before timing.
  await new Promise(resolve => setTimeout(resolve, 5_000));
  // One caller per request, so the gateway's in-flight deduplication shares nothing.
  const tokens = await Promise.all(
    Array.from({ length: Math.ceil((rate * durationMs) / 1000) }, (_, index) =>
      signToken({ subject: `dead-${index}`, roles: [Role.CITY_ADMIN] }, tokenSettings),
    ),
  );
  const started = performance.now();
  const samples: { sentAt: number; ms: number; code: string }[] = [];
  await Promise.all(
    tokens.map(async (token, index) => {
      const due = started + (index * 1000) / rate;
      await new Promise(resolve => setTimeout(resolve, Math.max(0, due - performance.now())));
      const sentAt = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ districts { code } }' }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      samples.push({ sentAt: sentAt - started, ms: performance.now() - sentAt, code: body.errors?.[0]?.extensions?.code ?? 'OK' });
    }),
  );
  gateway.kill('SIGTERM');
  console.log(`dead subgraph, ${rate} req/s for ${durationMs / 1000} s, SUBGRAPH_RECONNECT_MS ${process.env.SUBGRAPH_RECONNECT_MS || 'default'}:`);
  const codes = samples.reduce<Record<string, number>>((tally, { code }) => ({ ...tally, [code]: (tally[code] ?? 0) + 1 }), {});
  console.log(`  answers: ${JSON.stringify(codes)}`);
  for (let second = 0; second < durationMs / 1000; second += 1) {
    const sorted = samples
      .filter(({ sentAt }) => sentAt >= second * 1000 && sentAt < (second + 1) * 1000)
      .map(({ ms }) => ms)
      .sort((a, b) => a - b);
    if (sorted.length === 0) continue;
    console.log(
      `  sent in s ${String(second).padStart(2)}: ${sorted.length} answers, p50 ${percentile(sorted, 50).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
    );
  }
  const all = samples.map(({ ms }) => ms).sort((a, b) => a - b);
  console.log(`  all: p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, max ${all.at(-1)!.toFixed(0)} ms`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
