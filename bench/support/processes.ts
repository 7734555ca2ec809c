import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kernel clock ticks per second (`getconf CLK_TCK`): 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100;

/** Runs a TypeScript file from source. */
export const SWC: readonly string[] = ['-r', '@swc-node/register'];

/**
 * `BENCH_FROM_DIST=1`: the services (subgraphs, our gateway) run from the compiled `dist/` (`npm run
 * build` first), as `npm start` and the image run them; their peak RSS is then the deployed one (the
 * swc loader adds 65–80 MB to a process run from source).
 */
const fromDist = process.env.BENCH_FROM_DIST === '1';

/** The arguments that run service `file` (a `.ts` path under `root`) from source or, with `BENCH_FROM_DIST=1`, from `dist/`. */
export function serviceScript(root: string, file: string): string[] {
  if (!fromDist) return [...SWC, file];
  const compiled = join('dist', file.replace(/\.ts$/, '.js'));
  if (!existsSync(join(root, compiled))) throw new Error(`BENCH_FROM_DIST=1 needs the compiled services (${compiled}): npm run build first`);
  return [compiled];
}

/** A service the bench started: its process and how to ask whether it is ready. */
export interface BenchProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Stops it (SIGTERM, then SIGKILL after 5 s) and waits until it exited. */
  stop(): Promise<void>;
}

/** Starts `node <args>` with its output discarded unless it fails: a bench measures, it does not log. */
export function startProcess(name: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): BenchProcess {
  const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    if (!stopping && code !== 0) console.error(`${name} exited (${signal ?? code}):\n${stderr}`);
  });
  let stopping = false;
  return {
    name,
    child,
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 2xx; fails after `timeoutMs`. */
export async function waitUntilReady(url: string, timeoutMs: number, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2_000) });
      await response.text();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs / 1000} s`);
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** `pid` and every process below it (a gateway that forks workers is measured whole). */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let index = 0; index < pids.length; index += 1) {
    try {
      for (const task of readdirSync(`/proc/${pids[index]}/task`)) {
        const children = readFileSync(`/proc/${pids[index]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/** CPU milliseconds (user + system) a process tree has used so far, from `/proc/<pid>/stat`. */
export function cpuMs(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    try {
      // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
      const stat = readFileSync(`/proc/${member}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident set size of a process tree now, in MiB (`VmRSS` in `/proc/<pid>/status`). */
export function rssMiB(pid: number): number {
  let kib = 0;
  for (const member of processTree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      kib += match ? Number(match[1]) : 0;
    } catch {
      // exited meanwhile
    }
  }
  return kib / 1024;
}

/** Peak resident set size of one process since it started, in MiB (`VmHWM` in `/proc/<pid>/status`). */
export function peakRssMiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
