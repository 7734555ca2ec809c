import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, visit, type OperationDefinitionNode } from 'graphql';
import { agencyManifests, sha256Hex, type PersistedOperation } from '../gateway/partners/operation-manifest';
import { rolesOf } from '../kit/auth/policy';
import { Role } from '../kit/auth/role';
import { projectRoot } from '../kit/project-root';
import { subgraphs } from '../schema/subgraphs';
import { startSupergraph, type GraphQLResponse, type Supergraph } from './support/supergraph';

/**
 * Trusted documents (#15, docs/partners.md): a partner agency's token runs only the operations in
 * schema/operations/<its agency>/, sent by hash; anything else is refused at the gateway before any
 * subgraph is asked.
 */
const manifests = agencyManifests();
const operation = (agency: string, name: string): PersistedOperation => manifests.get(agency)!.operations.find(candidate => candidate.name === name)!;
const byHash = (op: PersistedOperation, variables?: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: op.id } },
});

describe('the registered operations', () => {
  const api = buildSchema(readFileSync(join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));

  test('are registered for the 12345 hotline and the departments, each its own', () => {
    expect([...manifests.keys()].sort()).toEqual(['department', 'hotline-12345']);
    expect(manifests.get('hotline-12345')!.operations.map(op => op.name)).toEqual(['GiveHotlineTicketFeedback', 'HotlineTickets', 'SubmitHotlineTicket']);
  });

  test.each([...manifests].flatMap(([agency, manifest]) => manifest.operations.map(op => [agency, op.name, op] as const)))(
    '%s/%s validates against the client schema',
    (_agency, _name, op) => {
      expect(validate(api, parse(op.body))).toEqual([]);
      expect(op.id).toBe(sha256Hex(op.body));
    },
  );

  test('ask only fields the policy opens to partner agencies', () => {
    const open = new Set(
      subgraphs.flatMap(({ policy }) =>
        Object.entries({ ...policy.query, ...policy.mutation })
          .filter(([, rule]) => rolesOf(rule).includes(Role.PARTNER_AGENCY))
          .map(([field]) => field),
      ),
    );
    const roots = [...manifests.values()].flatMap(manifest =>
      manifest.operations.flatMap(op => {
        const fields: string[] = [];
        visit(parse(op.body), {
          OperationDefinition: (node: OperationDefinitionNode) =>
            void fields.push(...node.selectionSet.selections.map(s => (s.kind === 'Field' ? s.name.value : '?'))),
        });
        return fields;
      }),
    );
    expect(roots.filter(field => !open.has(field))).toEqual([]);
  });
});

describe('through the gateway', () => {
  let supergraph: Supergraph;
  let hotline: string;
  let grid: Supergraph['territory']['grids'][number];

  beforeAll(async () => {
    supergraph = await startSupergraph();
    grid = supergraph.territory.grids.find(candidate => candidate.kind !== 'DEDICATED' && candidate.buildingIds.length > 0)!;
    hotline = await supergraph.token({ roles: [Role.PARTNER_AGENCY], scope: [grid.subdistrictId], subject: 'hotline-12345', agency: 'hotline-12345' });
  });
  afterAll(() => supergraph?.close());

  const statements = () => Object.values(supergraph.queryLogs).reduce((total, log) => total + log.statements.length, 0);

  /** Refused with OPERATION_NOT_TRUSTED (HTTP 403), and no subgraph ran a single statement for it. */
  async function expectRefused(send: () => Promise<GraphQLResponse>): Promise<string> {
    for (const log of Object.values(supergraph.queryLogs)) log.reset();
    const response = await send();
    expect(response.status).toBe(403);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors.map((error: any) => error.extensions.code)).toEqual(['OPERATION_NOT_TRUSTED']);
    expect(statements()).toBe(0);
    return response.body.errors[0].message;
  }

  const ticket = (key: string, ticketNumber: string) => ({
    input: { idempotencyKey: key, ticketNumber, categoryCode: 'SANITATION', description: '楼道堆放杂物堵塞消防通道', gridId: grid.id },
  });

  test('a registered operation sent by its hash runs; a retry with the same key answers the same event', async () => {
    const submit = operation('hotline-12345', 'SubmitHotlineTicket');
    const first = await supergraph.post(byHash(submit, ticket('trusted-key-0001', 'TD-0001')), hotline);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.submitHotlineTicket.gridEvent).toMatchObject({ externalTicket: 'TD-0001', state: 'REPORTED', level: 'GRID' });
    const again = await supergraph.post(byHash(submit, ticket('trusted-key-0001', 'TD-0001')), hotline);
    expect(again.body).toEqual(first.body);

    const status = await supergraph.post(byHash(operation('hotline-12345', 'HotlineTickets'), { ticketNumbers: ['TD-0001'] }), hotline);
    expect(status.body.errors).toBeUndefined();
    expect(status.body.data.hotlineTickets.edges.map((edge: any) => edge.node.externalTicket)).toEqual(['TD-0001']);
  });

  test('a registered query also runs by GET with its hash', async () => {
    const tickets = operation('hotline-12345', 'HotlineTickets');
    const search = new URLSearchParams({ extensions: JSON.stringify(byHash(tickets).extensions), variables: JSON.stringify({ ticketNumbers: ['none'] }) });
    const response = await fetch(`${supergraph.url}?${search}`, { headers: { authorization: `Bearer ${hotline}`, 'apollo-require-preflight': 'true' } });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.hotlineTickets.totalCount).toBe(0);
  });

  test('the registered text runs, whatever text comes with the hash', async () => {
    const tickets = operation('hotline-12345', 'HotlineTickets');
    const response = await supergraph.post({ ...byHash(tickets, { ticketNumbers: ['none'] }), query: '{ gridEvents(first: 50) { totalCount } }' }, hotline);
    expect(response.body.errors).toBeUndefined();
    expect(Object.keys(response.body.data)).toEqual(['hotlineTickets']);
  });

  test('the text of a registered operation, sent as text, is refused', async () => {
    const submit = operation('hotline-12345', 'SubmitHotlineTicket');
    const message = await expectRefused(() => supergraph.query(submit.body, ticket('trusted-key-0002', 'TD-0002'), hotline));
    expect(message).toMatch(/by hash/);
  });

  test('an unknown hash is refused, not answered PERSISTED_QUERY_NOT_FOUND', async () => {
    await expectRefused(() =>
      supergraph.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('{ gridEvents { totalCount } }') } } }, hotline),
    );
  });

  test("another agency's hash is refused", async () => {
    await expectRefused(() => supergraph.post(byHash(operation('department', 'DispatchedGridEvents')), hotline));
  });

  test('a partner token naming no agency, or an agency with nothing registered, is refused', async () => {
    const tickets = operation('hotline-12345', 'HotlineTickets');
    const noAgency = await supergraph.token({ roles: [Role.PARTNER_AGENCY], scope: [grid.subdistrictId], subject: 'hotline-12345' });
    expect(await expectRefused(() => supergraph.post(byHash(tickets), noAgency))).toMatch(/names no agency/);
    const unknown = await supergraph.token({ roles: [Role.PARTNER_AGENCY], scope: [grid.subdistrictId], subject: 'hotline-12345', agency: 'nobody' });
    expect(await expectRefused(() => supergraph.post(byHash(tickets), unknown))).toMatch(/No operations are registered for agency nobody/);
  });

  test("a department's receiver runs its own registered operations", async () => {
    const departments = (await supergraph.em('grids').find('Department', {}, { orderBy: { id: 'asc' } })) as any[];
    const receiver = departments.find(department => department.receivers.length > 0).receivers[0].subjectId;
    const token = await supergraph.token({ roles: [Role.PARTNER_AGENCY], subject: receiver, agency: 'department' });
    const response = await supergraph.post(byHash(operation('department', 'DispatchedGridEvents')), token);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.dispatchedGridEvents.totalCount).toBe(0);
    await expectRefused(() => supergraph.post(byHash(operation('hotline-12345', 'SubmitHotlineTicket'), ticket('dept-key-0001', 'TD-D1')), token));
  });

  test('other callers are not restricted: the same text from a grid worker runs', async () => {
    const worker = await supergraph.token({ roles: [Role.GRID_WORKER], scope: [grid.id], subject: 'worker-td-1' });
    const response = await supergraph.query('{ gridEvents(first: 1) { totalCount } }', undefined, worker);
    expect(response.body.errors).toBeUndefined();
  });
});
