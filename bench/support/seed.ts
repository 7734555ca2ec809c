import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Scale } from '../../kit/demo/types';
import { projectRoot } from '../../kit/project-root';

/**
 * Seeds subgraph `name` at `scale` from source in `env`'s data folder or database, unless it is
 * seeded already (`--if-empty`): the benches' data is made once and reused. The seed's progress line
 * and errors go to this process's stderr.
 */
export function seedIfEmpty(name: string, scale: Scale, env: NodeJS.ProcessEnv): Promise<void> {
  const args = ['-r', '@swc-node/register', join('subgraphs', name, 'seed.ts'), '--if-empty', '--scale', scale];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, cwd: projectRoot(), stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', code => (code === 0 ? resolve() : reject(new Error(`the ${name} seed (${scale}) exited with ${code}`))));
  });
}
