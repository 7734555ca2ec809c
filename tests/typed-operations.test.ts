import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../kit/project-root';

/**
 * The typed documents front-end teams import (docs/operations/typed) are what GraphQL Code
 * Generator makes of docs/operations today. Run as its own process: codegen's CLI loads ESM.
 */
test('docs/operations/typed matches a fresh generation', async () => {
  const script = join(projectRoot(), 'scripts', 'generate-operations.ts');
  const check = promisify(execFile)(process.execPath, ['-r', '@swc-node/register', script, '--check'], { cwd: projectRoot() });
  await expect(check.catch((error: { stderr: string }) => Promise.reject(new Error(error.stderr)))).resolves.toBeDefined();
}, 120_000);
