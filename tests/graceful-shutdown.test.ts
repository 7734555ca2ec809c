import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../kit/project-root';
import { subgraphs } from '../schema/subgraphs';

/**
 * Every service, run as its own process the way `npm start` and Docker run it, drains and exits 0
 * on SIGTERM. (Apollo Server installs its own SIGINT/SIGTERM handlers unless told not to
 * (`stopOnTerminationSignals: false`); after stopping it re-raises the signal, which kills the
 * process in the middle of kit's drain: exit 143, the database never closed.)
 */

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly lines: string[];
}

/** Starts `script` from source, waits until it is up, sends SIGTERM, collects its log. */
function runUntilReadyThenTerminate(script: string, env: NodeJS.ProcessEnv): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
      cwd: projectRoot(),
      env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'development', JEST_WORKER_ID: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        // Once /healthz answers, the process is past startup and its signal handlers are in place.
        const ready = /"url":"([^"]+)","msg":"\w+ ready"/.exec(line);
        if (ready) {
          fetch(new URL('/healthz', ready[1])).then(() => child.kill('SIGTERM'), reject);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    child.on('error', reject);
    // 'close', not 'exit': the output may still be arriving when the process has exited.
    child.on('close', (code, signal) => resolve({ code, signal, lines: buffered ? [...lines, buffered] : lines }));
  });
}

function outcome({ code, signal, lines }: Exit, service: string) {
  return { code, signal, stopped: lines.some((line) => line.includes(`"msg":"${service} stopped"`)) };
}

describe('graceful shutdown', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('the gateway drains and exits 0 on SIGTERM', async () => {
    const exit = await runUntilReadyThenTerminate('gateway/index.ts', { GATEWAY_PORT: '0' });
    expect(outcome(exit, 'gateway')).toEqual({ code: 0, signal: null, stopped: true });
  });

  it.each(subgraphs.map(({ name, definition }) => [name, !!(definition.producesEvents || definition.consumes?.length)] as const))(
    'the %s subgraph drains and exits 0 on SIGTERM (its domain events stopped too: %s)',
    async (name, hasEvents) => {
      const exit = await runUntilReadyThenTerminate(join('subgraphs', name, 'index.ts'), {
        [`${name.toUpperCase()}_PORT`]: '0',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        [`${name.toUpperCase()}_DATABASE_URL`]: '',
        // Embedded transport, reading from a gateway that is not there: stopping must not wait on it.
        NATS_URL: '',
        GATEWAY_URL: 'http://127.0.0.1:9/graphql',
      });
      expect(outcome(exit, name)).toEqual({ code: 0, signal: null, stopped: true });
      expect(exit.lines.some((line) => line.includes('"msg":"domain events stopped"'))).toBe(hasEvents);
    },
  );
});

describe('a request in flight when SIGTERM arrives', () => {
  it('completes with its answer, and the process then exits 0', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tests/support/slow-service.ts'], {
      cwd: projectRoot(),
      env: { ...process.env, LOG_LEVEL: 'info', JEST_WORKER_ID: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<{ code: number | null; lines: string[] }>((resolve) => {
      const lines: string[] = [];
      let answer: Promise<unknown> | undefined;
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const complete = buffered.split('\n');
        buffered = complete.pop() ?? '';
        for (const line of complete) {
          lines.push(line);
          const ready = /"url":"([^"]+)","msg":"slow ready"/.exec(line);
          if (ready) {
            answer = fetch(ready[1], { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }) })
              .then(async (response) => ({ status: response.status, body: await response.json() }), (error: Error) => ({ error: error.message }));
          }
          // The resolver has started: the request is in flight. Now the signal.
          if (line.includes('"msg":"slow request started"')) child.kill('SIGTERM');
        }
      });
      child.stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
      child.on('close', async (code) => {
        lines.push(JSON.stringify({ answer: await answer }));
        resolve({ code, lines });
      });
    });
    const { code, lines } = await exited;
    const answer = JSON.parse(lines.at(-1)!).answer;
    expect(answer).toEqual({ status: 200, body: { data: { slow: 'finished after SIGTERM' } } });
    expect(code).toBe(0);
    expect(lines.some((line) => line.includes('"msg":"slow stopped"'))).toBe(true);
  });
});
