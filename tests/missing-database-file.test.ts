import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { openDatabase } from '../kit/orm/orm-options';
import { projectRoot } from '../kit/project-root';
import { gridsEntities } from '../subgraphs/grids/entities';
import { Household } from '../subgraphs/grids/household/household.entity';
import { generateTerritory } from '../kit/demo/territory';

interface Run {
  readonly code: number | null;
  readonly output: string;
}

/**
 * Runs a script from source as `npm start` runs it, on embedded databases in `dataDir`. A service
 * is sent SIGTERM once it logs that it is ready; a refused start exits on its own.
 */
function run(script: string, args: string[], dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], {
      cwd: projectRoot(),
      env: {
        ...process.env,
        LOG_LEVEL: 'info',
        JEST_WORKER_ID: '',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        GRIDS_DATABASE_URL: '',
        GRIDS_PORT: '0',
        NATS_URL: '',
        GATEWAY_URL: 'http://127.0.0.1:9/graphql',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/"msg":"grids ready"/.test(output) && child.exitCode === null && !child.killed) child.kill('SIGTERM');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', code => resolve({ code, output }));
  });
}

// Four processes, each starting from source: minutes on a loaded machine.
describe('a seeded embedded database whose file went missing', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'missing-db-'));
  const file = join(dataDir, 'grids.db');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('makes its subgraph refuse to start (and the seed refuse to fill it) until it is reseeded on purpose', async () => {
    // First start, as `npm start` does it: seed, then serve.
    expect((await run('subgraphs/grids/seed.ts', ['--if-empty', '--scale', 'tiny'], dataDir)).code).toBe(0);
    const first = await run('subgraphs/grids/index.ts', [], dataDir);
    expect(first).toMatchObject({ code: 0 });
    expect(first.output).toContain('"msg":"grids ready"');

    rmSync(file);
    const restart = await run('subgraphs/grids/index.ts', [], dataDir);
    expect(restart.code).toBe(1);
    expect(restart.output).toContain(`grids: the database file ${file} is missing`);
    expect(restart.output).toContain('npm start -- --reseed grids');
    expect(restart.output).not.toContain('"msg":"grids ready"');
    // What `npm start` runs before the services: it must not quietly fill a new file either.
    const seedAgain = await run('subgraphs/grids/seed.ts', ['--if-empty', '--scale', 'tiny'], dataDir);
    expect(seedAgain.code).toBe(1);
    expect(seedAgain.output).toContain(`grids: the database file ${file} is missing`);
    expect(existsSync(file)).toBe(false);

    // The explicit choice: reseed, and the subgraph starts on the demo households again.
    expect((await run('subgraphs/grids/seed.ts', ['--reseed', '--scale', 'tiny'], dataDir)).code).toBe(0);
    const orm = await openDatabase({ entities: gridsEntities, location: { kind: 'embedded', file } });
    try {
      const territory = generateTerritory('tiny');
      const households = territory.buildings.reduce((sum, building) => sum + [...territory.households(building)].length, 0);
      expect(await (orm.em.fork() as EntityManager).count(Household)).toBe(households);
    } finally {
      await orm.close(true);
    }
  }, 240_000);
});
