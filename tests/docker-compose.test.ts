import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENVIRONMENT, environmentVariableNames } from '../kit/environment';
import { projectRoot } from '../kit/project-root';
import { GATEWAY_NODE_FLAGS, GATEWAY_PORT, subgraphNodeFlags, subgraphs } from '../schema/subgraphs';

/**
 * There is no Docker engine where the tests run: this holds docker-compose.yml, the Dockerfile and
 * the README to the code — every service present, ports as in `schema/subgraphs.ts`, and only
 * environment variables the code reads.
 */

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const root = projectRoot();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;
const names = subgraphs.map(({ name }) => name);
const knownVariables = new Set(environmentVariableNames(names));

describe('schema/subgraphs.ts', () => {
  it.each(subgraphs.map((entry) => [entry.name, entry] as const))('%s matches its definition', (name, entry) => {
    expect(entry.definition.name).toBe(name);
    expect(entry.definition.defaultPort).toBe(entry.port);
  });

  it('gives every service its own port', () => {
    const ports = [GATEWAY_PORT, ...subgraphs.map(({ port }) => port)];
    expect(new Set(ports).size).toBe(ports.length);
  });
});

/** Environment variables the sources read, by the patterns the code uses; `<SUBGRAPH>_X` for per-subgraph ones. */
function variablesReadBySources(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : [],
    );
  for (const file of ['kit', 'gateway', 'subgraphs', 'schema', 'scripts'].flatMap(walk)) {
    const source = read(file);
    for (const [, name] of source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) found.add(name);
    for (const [, name] of source.matchAll(/\benv\[\s*'([A-Z][A-Z0-9_]+)'\s*\]/g)) found.add(name);
    for (const [, name] of source.matchAll(/portFromEnv\(\s*'([A-Z][A-Z0-9_]+)'/g)) found.add(name);
    for (const [, suffix] of source.matchAll(/`\$\{[^}`]+\}_([A-Z][A-Z0-9_]+)`/g)) found.add(`<SUBGRAPH>_${suffix}`);
  }
  return found;
}

describe('kit/environment.ts', () => {
  const table = ENVIRONMENT.map(({ name }) => name);
  const read = variablesReadBySources();

  it('lists every variable the code reads', () => {
    // Set by jest itself, not configuration.
    const internal = ['JEST_WORKER_ID'];
    expect([...read].filter((name) => !table.includes(name) && !internal.includes(name))).toEqual([]);
  });

  it('lists nothing the code does not read', () => {
    expect(table.filter((name) => !read.has(name))).toEqual([]);
  });
});

describe('docker-compose.yml', () => {
  it('opens with a comment on what it runs', () => {
    expect(read('docker-compose.yml').startsWith('#')).toBe(true);
  });

  it('runs PostgreSQL, NATS, every subgraph and the gateway, and nothing else', () => {
    expect(Object.keys(services).sort()).toEqual(['gateway', 'nats', 'postgres', ...names].sort());
    expect(services.postgres.image).toMatch(/^postgres:15/);
    expect(services.postgres.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('runs NATS with JetStream on a volume, for the domain events', () => {
    expect(services.nats.image).toMatch(/^nats:2/);
    expect(services.nats.command).toContain('-js');
  });

  it('creates one database per subgraph', () => {
    const init = read('docker/postgres-init.sql');
    for (const name of names) expect(init).toContain(`CREATE DATABASE grassroots_${name};`);
  });

  it.each(subgraphs.map(({ name, port }) => [name, port] as const))('runs %s from the one image on port %i, seeded, after PostgreSQL is healthy', (name, port) => {
    const service = services[name];
    expect(service.build).toBe('.');
    expect(service.command?.join(' ')).toContain(`node dist/subgraphs/${name}/seed.js --if-empty`);
    expect(service.command?.join(' ')).toContain(`exec ${['node', ...subgraphNodeFlags(name), `dist/subgraphs/${name}/index.js`].join(' ')}`);
    // A published subgraph port is a side door around the gateway's limits and checks.
    expect(service.ports).toBeUndefined();
    expect(service.environment?.[`${name.toUpperCase()}_PORT`]).toBe(String(port));
    expect(service.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
    expect(service.environment?.NODE_ENV).toBe('production');
    expect(service.environment?.GATEWAY_SECRET).toBe(services.gateway.environment?.GATEWAY_SECRET);
    expect(service.environment?.GATEWAY_SECRET).toMatch(/^\$\{GATEWAY_SECRET:\?/);
    expect(service.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    expect(service.environment?.NATS_URL).toBe('nats://nats:4222');
    expect(service.depends_on?.nats).toBeDefined();
    expect(service.healthcheck?.test.join(' ')).toContain(`localhost:${port}/readyz`);
  });

  it('runs the gateway on its port, pointed at every subgraph, after they are healthy', () => {
    const gateway = services.gateway;
    expect(gateway.build).toBe('.');
    expect(gateway.command).toEqual(['node', ...GATEWAY_NODE_FLAGS, 'dist/gateway/index.js']);
    expect(gateway.ports).toEqual([`${GATEWAY_PORT}:${GATEWAY_PORT}`]);
    expect(gateway.environment?.GATEWAY_PORT).toBe(String(GATEWAY_PORT));
    for (const { name, port } of subgraphs) {
      expect(gateway.environment?.[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
      expect(gateway.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
    }
  });

  it('publishes only the gateway on the host', () => {
    const published = Object.entries(services).filter(([, service]) => (service.ports ?? []).length > 0).map(([name]) => name);
    expect(published).toEqual(['gateway']);
  });

  it('sets only environment variables the code reads', () => {
    for (const name of ['gateway', ...names]) {
      const unknown = Object.keys(services[name].environment ?? {}).filter((variable) => !knownVariables.has(variable));
      expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds in one stage and runs the build in another', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/RUN npm ci/);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist dist/);
    expect(dockerfile).toMatch(/schema\/supergraph\.graphql/);
    // The gateway's IDE opens the example operations as tabs.
    expect(dockerfile).toMatch(/COPY --from=build \/app\/docs\/operations docs\/operations/);
  });

  it('runs the gateway with its V8 flags', () => {
    expect(dockerfile).toContain(`CMD ${JSON.stringify(['node', ...GATEWAY_NODE_FLAGS, 'dist/gateway/index.js']).replaceAll(',', ', ')}`);
  });
});

describe('README', () => {
  const readme = read('README.md');

  it('documents every environment variable', () => {
    const missing = ENVIRONMENT.map(({ name }) => name).filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('lists every subgraph with its port', () => {
    for (const { name, port } of subgraphs) expect(readme).toMatch(new RegExp(`${name}.*${port}`));
  });
});
