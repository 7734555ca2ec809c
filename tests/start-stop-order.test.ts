import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../kit/project-root';
import { subgraphs } from '../schema/subgraphs';

/**
 * `npm start` stops the gateway first, then the subgraphs: a request the gateway accepted still finds
 * every subgraph it needs while it drains. The real script runs on tiny data in a temporary folder
 * on free ports; every service writes its JSON lines to the script's one stdout, in the order they
 * happen, so the order of "draining" and "stopped" lines is the order of the stops.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'start-stop-order-'));
let start: ChildProcess | undefined;

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

afterAll(async () => {
  if (start && start.exitCode === null && start.signalCode === null) {
    const exited = new Promise(resolve => start!.once('exit', resolve));
    start.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test('SIGTERM to npm start: the gateway drains and stops before any subgraph starts draining; every service stops and the script exits 0', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NATS_URL: '', LOG_LEVEL: 'info', NODE_ENV: 'development', JEST_WORKER_ID: '' };
  env.GATEWAY_PORT = String(await freePort());
  delete env.GATEWAY_URL;
  for (const { name } of subgraphs) {
    env[`${name.toUpperCase()}_PORT`] = String(await freePort());
    env[`${name.toUpperCase()}_DATABASE_URL`] = '';
    delete env[`${name.toUpperCase()}_URL`];
  }
  start = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts', '--scale', 'tiny'], { cwd: projectRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  start.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  start.stderr!.resume();
  const exited = new Promise<number | null>(resolve => start!.once('exit', code => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const check = () => (/^Ready in /m.test(output) ? resolve() : undefined);
    start!.stdout!.on('data', check);
    void exited.then(code => reject(new Error(`npm start exited (${code}) before it was ready:\n${output.slice(-2_000)}`)));
  });
  start.kill('SIGTERM');
  expect(await exited).toBe(0);

  // Each service's drain and stop, in the order they were written.
  const stops = output
    .split('\n')
    .filter(line => line.startsWith('{'))
    .map(line => JSON.parse(line) as { service?: string; msg?: string })
    .filter(({ service, msg }) => service && (msg === 'draining' || msg === `${service} stopped`))
    .map(({ service, msg }) => `${service} ${msg === 'draining' ? 'draining' : 'stopped'}`);
  expect(stops.slice(0, 2)).toEqual(['gateway draining', 'gateway stopped']);
  expect(stops.slice(2).sort()).toEqual(subgraphs.flatMap(({ name }) => [`${name} draining`, `${name} stopped`]).sort());
}, 300_000);
