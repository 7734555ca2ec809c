import type { EntityManager } from '@mikro-orm/knex';
import type { GraphQLSchema } from 'graphql';
import { appendAuditEntries } from '../kit/audit/audit-chain';
import { AuditAction } from '../kit/audit/audit-entry.entity';
import { auditQueryNames } from '../kit/audit/audit-trail.resolver';
import { Reach, reachOf, type AccessRule } from '../kit/auth/policy';
import { operationsOf } from '../kit/auth/policy-table';
import { ALL_ROLES, CITY_WIDE_ROLES, Role } from '../kit/auth/role';
import type { Place } from '../kit/auth/viewer';
import { subgraphs } from '../schema/subgraphs';
import {
  batchedDocument,
  errorCodesOf,
  hasRows,
  idsIn,
  mutationField,
  NONEXISTENT_ID,
  observable,
  queryField,
  scopeAt,
  WHERE,
  type BatchedField,
  type GraphQLBody,
  type Where,
} from './support/authorisation-matrix';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * The authorisation matrix (#12): every role × every Query field, Mutation and owned entity type
 * of every subgraph × (own scope, other scope, nonexistent id), through the gateway and straight
 * to the subgraph signed as the gateway would. What each cell should answer is read from the
 * policy (each subgraph's policy.ts, docs/access-policy.md); what the code answers is asked over
 * HTTP. A field of a schema without a row here fails the completeness test.
 */

/** How one Query field is probed: which rows it answers, and how it is asked for them. */
type QueryProbe =
  /** `field(id: $id)`: one row of `type`. */
  | { readonly kind: 'byId'; readonly type: string }
  /** A list of rows of `type`, optionally under a place argument (`communityId`, `placeId` …). */
  | {
      readonly kind: 'list';
      readonly type: string;
      readonly placeArg?: { readonly name: string; readonly level: 'communityId' | 'subdistrictId' };
      /** Further arguments the field requires. */
      readonly extra?: Record<string, unknown>;
      /** A list of one subdistrict's rows, read by those whose token lists that subdistrict (the joint session's members). */
      readonly bySubdistrict?: true;
      /** Writes the row the list answers when the seed holds none (an audit trail starts empty). */
      readonly prime?: (em: EntityManager) => Promise<void>;
    }
  /** A list of the caller's own rows: `owner` is the token subject that owns the probed row. */
  | {
      readonly kind: 'ownRows';
      readonly type: string;
      readonly pick: Record<string, unknown>;
      readonly owner: (row: any, em: EntityManager) => Promise<string>;
    }
  /** Machine feeds and exports: any answer at all is data. */
  | { readonly kind: 'machine' }
  /** Arguments built by hand from a row of `type`. */
  | {
      readonly kind: 'custom';
      readonly type: string;
      readonly pick?: Record<string, unknown>;
      readonly args: (row: any, em: EntityManager) => Promise<Record<string, unknown>>;
    };

const byId = (type: string): QueryProbe => ({ kind: 'byId', type });
const list = (type: string, placeArg?: { name: string; level: 'communityId' | 'subdistrictId' }, extra?: Record<string, unknown>): QueryProbe => ({
  kind: 'list',
  type,
  placeArg,
  extra,
});

/**
 * A subgraph's two audit queries (kit/audit): the trail, a list of entries asked by no id, and the
 * walk of its chain, one answer with no id. The seed writes no entry, so the trail gets one first,
 * appended as the audit plugin would.
 */
function auditProbes(subgraph: string): Record<string, QueryProbe> {
  const { trail, chain } = auditQueryNames(subgraph);
  const prime = (em: EntityManager) =>
    em.transactional(tx =>
      appendAuditEntries(tx as EntityManager, [
        {
          at: new Date(),
          viewerId: 'matrix-audit',
          roles: [Role.CITY_ADMIN],
          action: AuditAction.MUTATION,
          subjectType: null,
          subjectId: null,
          field: 'matrixProbe',
          reason: null,
          outcome: 'OK',
          requestId: 'matrix-audit',
        },
      ]),
    );
  return { [trail]: { kind: 'list', type: 'AuditEntry', prime }, [chain]: list('AuditChainCheck') };
}

/** Every Query field of every subgraph, and how it is probed. */
const QUERY_PROBES: Record<string, Record<string, QueryProbe>> = {
  grids: {
    district: byId('District'),
    districts: list('District'),
    subdistrict: byId('Subdistrict'),
    subdistricts: list('Subdistrict'),
    community: byId('Community'),
    communities: list('Community'),
    compound: byId('Compound'),
    building: byId('Building'),
    household: byId('Household'),
    grid: byId('Grid'),
    gridWorker: byId('GridWorker'),
    department: byId('Department'),
    departments: list('Department'),
    eventCategories: list('EventCategory'),
    resident: byId('Resident'),
    gridEvent: byId('GridEvent'),
    gridEvents: list('GridEvent'),
    dispatchedGridEvents: {
      kind: 'ownRows',
      type: 'GridEvent',
      pick: {},
      // The tiny seed dispatches no event: dispatch the probed one to a department with a receiver, as dispatchGridEvent would.
      owner: async (event, em) => {
        const department = ((await em.find('Department', {}, { orderBy: { id: 'asc' } })) as any[]).find(candidate => candidate.receivers.length > 0);
        await em.nativeUpdate('GridEvent', { id: event.id }, { departmentId: department.id, state: 'DISPATCHED' });
        return department.receivers[0].subjectId;
      },
    },
    hotlineTickets: { kind: 'ownRows', type: 'GridEvent', pick: { source: 'HOTLINE_12345' }, owner: async event => event.reportedBy },
    territoryPlaces: { kind: 'machine' },
    gridsEvents: { kind: 'machine' },
    ...auditProbes('grids'),
  },
  party: {
    partyOrganization: byId('PartyOrganization'),
    partyOrganizations: list('PartyOrganization', { name: 'communityId', level: 'communityId' }),
    partyMember: byId('PartyMember'),
    inServiceCompliance: list('PartyMember', { name: 'communityId', level: 'communityId' }, { year: new Date().getUTCFullYear() }),
    ...auditProbes('party'),
  },
  property: {
    propertyCompany: byId('PropertyCompany'),
    propertyCompanies: list('PropertyCompany'),
    unmanagedCompounds: list('TerritoryPlace', { name: 'placeId', level: 'communityId' }),
    jointMeeting: byId('JointMeeting'),
    ...auditProbes('property'),
  },
  elderly: {
    servicePoint: byId('ServicePoint'),
    priceQuote: {
      kind: 'custom',
      type: 'MenuEntry',
      args: async (entry, em) => {
        const profile = (await em.find('ElderProfile', { communityId: entry.communityId }, { limit: 1 }))[0] as any;
        return { residentId: profile?.residentId ?? NONEXISTENT_ID, dishId: entry.dishId, on: entry.servedOn };
      },
    },
    ...auditProbes('elderly'),
  },
  mediation: {
    mediationCase: byId('MediationCase'),
    mediationCases: list('MediationCase'),
    mediationTeams: list('MediationTeam', { name: 'placeId', level: 'communityId' }),
    disputeLeads: { kind: 'list', type: 'DisputeLead', placeArg: { name: 'subdistrictId', level: 'subdistrictId' }, bySubdistrict: true },
    mediationEvents: { kind: 'machine' },
    ...auditProbes('mediation'),
  },
};

/** Input id fields whose name does not say their entity type. */
const ID_FIELD_TYPES: Record<string, string> = {
  eventId: 'GridEvent',
  originalEventId: 'GridEvent',
  caseId: 'MediationCase',
  leadId: 'DisputeLead',
  meetingId: 'JointMeeting',
  memberId: 'PartyMember',
  organizationId: 'PartyOrganization',
  pointId: 'ServicePoint',
  postId: 'ServicePost',
  itemId: 'AgendaItem',
  agendaItemId: 'AgendaItem',
  taskId: 'FollowUpTask',
  surveyId: 'SatisfactionSurvey',
  committeeId: 'OwnersCommittee',
  companyId: 'PropertyCompany',
  orderId: 'MealOrder',
  entryId: 'PointsEntry',
};

/**
 * Commands whose out-of-scope refusal may name the scope: the row they act on is public by the
 * policy (its entity rule reaches every role), so saying it lies elsewhere tells nothing.
 */
const PUBLIC_TARGETS: Record<string, string> = {
  renamePartyOrganization: 'PartyOrganization',
  appointPartySecretary: 'PartyOrganization',
  mergePartyOrganizations: 'PartyOrganization',
  dissolvePartyOrganization: 'PartyOrganization',
  registerCompanyStaffMember: 'PropertyCompany',
  openServicePoint: 'ServicePoint',
  appointBuildingSteward: 'Building',
};

let supergraph: Supergraph;
const schemas: Record<string, GraphQLSchema> = {};
const sdls: Record<string, string> = {};
/**
 * Each test asks a few hundred HTTP requests of one subgraph and the gateway; on a shared two-core
 * machine that took up to ~35 s a test (the whole file ~200 s at load 16), so the default minute is too tight.
 */
const MATRIX_TIMEOUT_MS = 300_000;

beforeAll(async () => {
  // One token per role sends hundreds of requests within the minute; the rate limit has tests of its own (tests/rate-limit.test.ts).
  supergraph = await startSupergraph({ ratePerMinute: 100_000 });
  for (const { name, definition } of subgraphs) {
    const built = await definition.buildSchema();
    schemas[name] = built.schema;
    sdls[name] = built.sdl;
  }
}, MATRIX_TIMEOUT_MS);
afterAll(() => supergraph?.close());

const tokens = new Map<string, Promise<string>>();
function tokenFor(claims: { roles: Role[]; scope: string[]; subject: string }): Promise<string> {
  const key = JSON.stringify(claims);
  if (!tokens.has(key)) tokens.set(key, supergraph.token(claims));
  return tokens.get(key)!;
}

/** Runs `tasks` a few at a time: the gateway and five subgraphs share two cores. */
async function inBatches(tasks: (() => Promise<void>)[], size: number): Promise<void> {
  for (let start = 0; start < tasks.length; start += size) await Promise.all(tasks.slice(start, start + size).map(task => task()));
}

type Path = 'gateway' | 'subgraph';
const PATHS: readonly Path[] = ['gateway', 'subgraph'];

/** Cells the gateway refuses whatever the policy says: a partner agency's document that is not registered. */
const refusedAtGateway = (path: Path, role: Role) => path === 'gateway' && role === Role.PARTNER_AGENCY;

async function post(
  path: Path,
  subgraph: string,
  claims: { roles: Role[]; scope: string[]; subject: string },
  document: string,
  variables: Record<string, unknown>,
): Promise<GraphQLBody> {
  const token = await tokenFor(claims);
  if (path === 'gateway') {
    const { body } = await supergraph.query(document, variables, token);
    // A partner agency runs its registered operations only (trusted documents, docs/partners.md): the
    // gateway refuses every ad-hoc document of the matrix; the subgraph path holds its cells to the policy.
    if (refusedAtGateway(path, claims.roles[0]) && JSON.stringify((body as GraphQLBody).errors?.map(error => error.extensions?.code)) !== '["OPERATION_NOT_TRUSTED"]') {
      throw new Error(`a partner agency's ad-hoc document reached past the gateway: ${JSON.stringify(body).slice(0, 300)}`);
    }
    return body;
  }
  const response = await fetch(supergraph.subgraphUrls[subgraph], {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...supergraph.gatewayHeaders() },
    body: JSON.stringify({ query: document, variables }),
  });
  return (await response.json()) as GraphQLBody;
}

/**
 * Asks every field of `fields` in one document. A non-null field that fails nulls the whole answer:
 * the fields that failed are then known, and the others are asked again without them.
 */
async function askAll(
  operation: 'query' | 'mutation',
  path: Path,
  subgraph: string,
  claims: { roles: Role[]; scope: string[]; subject: string },
  fields: readonly BatchedField[],
) {
  const answers = new Map<string, GraphQLBody>();
  let left = [...fields];
  while (left.length > 0) {
    const { document, variables } = batchedDocument(operation, left);
    const body = await post(path, subgraph, claims, document, variables);
    const failed = new Set((body.errors ?? []).map(error => error.path?.[0]).filter(alias => alias !== undefined));
    if (body.data || operation === 'mutation' || failed.size === 0) {
      for (const field of left) answers.set(field.alias, body);
      break;
    }
    for (const field of left) if (failed.has(field.alias)) answers.set(field.alias, body);
    left = left.filter(field => !failed.has(field.alias));
  }
  return answers;
}

/** The place ids of a row, whichever it carries; a territory row is its own place at its level. */
function placeOfRow(type: string, row: any): Place {
  const own: Record<string, string> = {
    Subdistrict: 'subdistrictId',
    Community: 'communityId',
    Compound: 'compoundId',
    Grid: 'gridId',
    Building: 'buildingId',
  };
  const place: Place = {
    subdistrictId: row.subdistrictId ?? null,
    communityId: row.communityId ?? null,
    compoundId: row.compoundId ?? null,
    buildingId: row.buildingId ?? null,
    gridId: row.gridId ?? null,
  };
  return own[type] ? { ...place, [own[type]]: row.id } : place;
}

/** The subdistrict every probed row is taken from where one is there, so that one place elsewhere is out of every role's scope. */
const home = () => supergraph.territory.subdistricts[0].id;

/** A row of `type`, in the home subdistrict when it has one there, placed at as many levels as can be (every role then has an own scope for it). */
async function rowOf(subgraph: string, type: string, where: Record<string, unknown> = {}): Promise<any> {
  const rows = (await supergraph.em(subgraph).find(type, where, { limit: 500, orderBy: { id: 'asc' } })) as any[];
  if (rows.length === 0) throw new Error(`No ${type} row in ${subgraph}'s seed to probe with`);
  const score = (row: any) =>
    (placeOfRow(type, row).subdistrictId === home() ? 10 : 0) + ['communityId', 'compoundId', 'gridId'].filter(key => row[key]).length;
  return rows.reduce((best, row) => (score(row) > score(best) ? row : best), rows[0]);
}

/** A place in another subdistrict than the home one, with an id at every level: the "other scope" of every role. */
function elsewhere(): Place {
  const grid = supergraph.territory.grids.find(candidate => candidate.subdistrictId !== home() && candidate.compoundIds.length > 0)!;
  return { subdistrictId: grid.subdistrictId, communityId: grid.communityId, gridId: grid.id, compoundId: grid.compoundIds[0] };
}

/** What a cell should answer, rows or none, from the policy alone. */
function expected(rule: AccessRule, role: Role, where: Where, place: Place | null, bySubdistrict = false): boolean {
  const reach = reachOf(rule, role);
  if (where === 'nonexistent' || reach === '—') return false;
  if (reach === 'all' || reach === 'city' || reach === 'machine') return true;
  if (reach === 'own rows') return where === 'own';
  return where === 'own' && (!place || bySubdistrict || scopeAt(role, place).length > 0);
}

/** One probed Query field: the arguments of each cell, whether an answer holds the probed row, where that row sits. */
interface QueryTarget {
  readonly field: string;
  readonly place: Place | null;
  /** The token subject of the own cell, for a list of the caller's own rows. */
  readonly owner: string | null;
  /** Arguments per cell; `null` where the cell has no meaning (a list asked by no id). */
  readonly args: (where: Where) => Record<string, unknown> | null;
  readonly answered: (value: unknown) => boolean;
  /** Whether refusing an out-of-scope argument may differ from refusing a nonexistent one: a place id is public (the territory tree). */
  readonly publicArgument: boolean;
  /** Asked apart, with the subdistrict in every scoped role's token (a list of one subdistrict's rows). */
  readonly bySubdistrict?: boolean;
}

async function queryTarget(subgraph: string, field: string, probe: QueryProbe): Promise<QueryTarget> {
  const em = supergraph.em(subgraph);
  const schema = schemas[subgraph];
  const { args } = schema.getQueryType()!.getFields()[field];
  const paged = args.some(arg => arg.name === 'first') ? { first: 100 } : {};
  // The row a list answers first to the home subdistrict's admin (or, when that role may not ask, the city's):
  // it lies in the home subdistrict when the list is scoped, and comes first in every narrower view too.
  const firstAsAdmin = async (args: Record<string, unknown>) => {
    for (const admin of [
      { roles: [Role.SUBDISTRICT_ADMIN], scope: [home()], subject: 'matrix-admin' },
      { roles: [Role.CITY_ADMIN], scope: [], subject: 'matrix-admin' },
    ]) {
      const answer = (await askAll('query', 'subgraph', subgraph, admin, [queryField(schema, 'q', field, args)])).get('q')!;
      const first = idsIn(answer.data?.q)[0];
      if (first) return first;
    }
    return null;
  };
  switch (probe.kind) {
    case 'byId': {
      const row = await rowOf(subgraph, probe.type);
      return {
        field,
        place: placeOfRow(probe.type, row),
        owner: null,
        args: where => ({ id: where === 'nonexistent' ? NONEXISTENT_ID : row.id }),
        answered: value => idsIn(value).includes(row.id),
        publicArgument: false,
      };
    }
    case 'list': {
      const arg = probe.placeArg;
      Object.assign(paged, probe.extra);
      if (probe.prime && (await em.count(probe.type, {})) === 0) await probe.prime(em);
      if (!arg) {
        // The row the list answers first to the city admin comes first in every narrower view too.
        const first = await firstAsAdmin(paged);
        const row = first && probe.type !== 'EventCategory' ? await em.findOne(probe.type, { id: first }) : null;
        return {
          field,
          place: row ? placeOfRow(probe.type, row) : null,
          owner: null,
          args: where => (where === 'nonexistent' ? null : paged),
          answered: value => (first ? idsIn(value).includes(first) : hasRows(value)),
          publicArgument: false,
        };
      }
      // A place of the home subdistrict under which the list has rows.
      const rows = (await em.find(probe.type, {}, { limit: 500, orderBy: { id: 'asc' } })) as any[];
      const candidates = [
        ...new Set(
          rows
            .map(row => placeOfRow(probe.type, row))
            .filter(place => place.subdistrictId === home())
            .map(place => place[arg.level]),
        ),
      ];
      for (const placeId of candidates) {
        const first = await firstAsAdmin({ ...paged, [arg.name]: placeId });
        if (!first) continue;
        const row = rows.find(candidate => candidate.id === first) ?? (await em.findOne(probe.type, { id: first }));
        return {
          field,
          place: row ? placeOfRow(probe.type, row) : { [arg.level]: placeId },
          owner: null,
          args: where => ({ ...paged, [arg.name]: where === 'nonexistent' ? NONEXISTENT_ID : placeId }),
          answered: value => idsIn(value).includes(first),
          publicArgument: true,
          bySubdistrict: probe.bySubdistrict,
        };
      }
      // No rows under any place (every compound managed, say): an answer at all, not a refusal, is what the cell shows.
      const placeId = candidates[0] ?? home();
      return {
        field,
        place: { [arg.level]: placeId, subdistrictId: home() },
        owner: null,
        args: where => ({ ...paged, [arg.name]: where === 'nonexistent' ? NONEXISTENT_ID : placeId }),
        answered: value => value != null,
        publicArgument: true,
      };
    }
    case 'ownRows': {
      const row = await rowOf(subgraph, probe.type, probe.pick);
      return {
        field,
        place: placeOfRow(probe.type, row),
        owner: await probe.owner(row, em),
        args: where => (where === 'nonexistent' ? null : paged),
        answered: value => idsIn(value).includes(row.id),
        publicArgument: false,
      };
    }
    case 'machine':
      return { field, place: null, owner: null, args: where => (where === 'nonexistent' ? null : paged), answered: hasRows, publicArgument: false };
    case 'custom': {
      const row = await rowOf(subgraph, probe.type, probe.pick);
      const values = await probe.args(row, em);
      return {
        field,
        place: placeOfRow(probe.type, row),
        owner: null,
        args: where => (where === 'nonexistent' ? { ...values, dishId: NONEXISTENT_ID } : values),
        answered: hasRows,
        publicArgument: true,
      };
    }
  }
}

interface Mismatch {
  readonly cell: string;
  readonly expected: string;
  readonly got: string;
}

/** The token of one cell: the role, scoped to the probed rows (own, nonexistent) or to a place elsewhere (other). */
function claimsFor(role: Role, where: Where, places: readonly (Place | null)[], subject: string) {
  const at = where === 'other' ? [elsewhere()] : places.filter((place): place is Place => !!place);
  return { roles: [role], scope: [...new Set(at.flatMap(place => scopeAt(role, place)))], subject };
}

describe.each(subgraphs.map(entry => [entry.name, entry] as const))('%s', (name, { policy }) => {
  test('every Query field, Mutation and entity type of the schema has a row in the matrix, and every row a field', () => {
    const served = operationsOf(sdls[name]);
    expect(Object.keys(QUERY_PROBES[name] ?? {}).sort()).toEqual([...served.query].sort());
    expect(Object.keys(policy.mutation).sort()).toEqual([...served.mutation].sort());
    expect(Object.keys(policy.entities).sort()).toEqual(served.entities.filter(type => policy.entities[type]).sort());
  });

  test(
    'Query fields: exactly the allowed cells answer rows; out of scope answers exactly like nonexistent',
    async () => {
      const targets = await Promise.all(Object.entries(QUERY_PROBES[name]).map(([field, probe]) => queryTarget(name, field, probe)));
      // Lists of the caller's own rows need their owner's token: each is asked apart.
      const apart = (target: QueryTarget) => !!target.owner || !!target.bySubdistrict;
      const groups = [targets.filter(target => !apart(target)), ...targets.filter(apart).map(target => [target])];
      const mismatches: Mismatch[] = [];
      for (const group of groups) {
        for (const role of ALL_ROLES) {
          const seen: Partial<Record<`${Path} ${Where}`, Map<string, GraphQLBody>>> = {};
          await Promise.all(
            WHERE.flatMap(where =>
              PATHS.map(async path => {
                const asked = group.flatMap((target, index) => {
                  const args = target.args(where);
                  return args ? [{ target, field: queryField(schemas[name], `f${index}`, target.field, args) }] : [];
                });
                const subject = where === 'own' && group[0].owner ? group[0].owner : `matrix-${where}`;
                const claims = claimsFor(
                  role,
                  where,
                  group.map(target => target.place),
                  subject,
                );
                if (group[0].bySubdistrict && claims.scope.length > 0) claims.scope = [where === 'other' ? elsewhere().subdistrictId! : home()];
                const answers = await askAll(
                  'query',
                  path,
                  name,
                  claims,
                  asked.map(({ field }) => field),
                );
                seen[`${path} ${where}`] = answers;
                for (const { target, field } of asked) {
                  const body = answers.get(field.alias)!;
                  const got = target.answered(body.data?.[field.alias]);
                  const want = !refusedAtGateway(path, role) && expected(policy.query[target.field], role, where, target.place, target.bySubdistrict);
                  if (got !== want)
                    mismatches.push({
                      cell: `${path} ${role} × Query.${target.field} × ${where}`,
                      expected: want ? 'rows' : 'none',
                      got: got ? 'rows' : observable(body, field.alias),
                    });
                }
              }),
            ),
          );
          for (const path of PATHS) {
            group.forEach((target, index) => {
              const other = seen[`${path} other`]?.get(`f${index}`);
              const none = seen[`${path} nonexistent`]?.get(`f${index}`);
              if (!other || !none || target.publicArgument || expected(policy.query[target.field], role, 'other', target.place)) return;
              const [a, b] = [observable(other, `f${index}`), observable(none, `f${index}`)];
              if (a !== b) mismatches.push({ cell: `${path} ${role} × Query.${target.field}: other scope vs nonexistent`, expected: b, got: a });
            });
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );

  test(
    '_entities (as the gateway calls the subgraph): exactly the allowed cells resolve; out of scope answers exactly like nonexistent',
    async () => {
      const types = Object.keys(policy.entities);
      const rows = await Promise.all(types.map(type => rowOf(name, type)));
      const places = types.map((type, index) => placeOfRow(type, rows[index]));
      const fragments = types.map(type => `... on ${type} { id }`).join(' ');
      const document = `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ${fragments} } }`;
      const mismatches: Mismatch[] = [];
      for (const role of ALL_ROLES) {
        const seen: Partial<Record<Where, GraphQLBody>> = {};
        await Promise.all(
          WHERE.map(async where => {
            const representations = types.map((type, index) => ({ __typename: type, id: where === 'nonexistent' ? NONEXISTENT_ID : rows[index].id }));
            const body = await post('subgraph', name, claimsFor(role, where, places, `matrix-${where}`), document, { r: representations });
            seen[where] = body;
            types.forEach((type, index) => {
              const got = (body.data?._entities as any[] | undefined)?.[index]?.id === rows[index].id;
              const want = expected(policy.entities[type], role, where, places[index]);
              if (got !== want)
                mismatches.push({
                  cell: `subgraph ${role} × _entities ${type} × ${where}`,
                  expected: want ? 'rows' : 'none',
                  got: got ? 'rows' : JSON.stringify(body).slice(0, 300),
                });
            });
          }),
        );
        types.forEach((type, index) => {
          if (expected(policy.entities[type], role, 'other', places[index])) return;
          const other = (seen.other!.data?._entities as unknown[] | undefined)?.[index];
          const none = (seen.nonexistent!.data?._entities as unknown[] | undefined)?.[index];
          if (JSON.stringify(other ?? null) !== JSON.stringify(none ?? null))
            mismatches.push({
              cell: `subgraph ${role} × _entities ${type}: other scope vs nonexistent`,
              expected: JSON.stringify(none),
              got: JSON.stringify(other),
            });
        });
        if ((seen.other?.errors ?? []).length !== (seen.nonexistent?.errors ?? []).length) {
          mismatches.push({
            cell: `subgraph ${role} × _entities: errors other vs nonexistent`,
            expected: JSON.stringify(seen.nonexistent?.errors),
            got: JSON.stringify(seen.other?.errors),
          });
        }
      }
      expect(mismatches).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );

  test(
    'Mutations: the roles outside a rule are refused; the others pass the role gate and find an out-of-scope id exactly as a nonexistent one',
    async () => {
      const names = Object.keys(policy.mutation);
      const rowsByType = new Map<string, any>();
      const entityNames = new Set(Object.values(supergraph.em(name).getMetadata().getAll()).map(meta => meta.className));
      const typeOf = (field: string) => ID_FIELD_TYPES[field] ?? `${field[0].toUpperCase()}${field.slice(1).replace(/Ids?$/, '')}`;
      const idFor = (where: Where) => (field: string) => {
        if (where === 'nonexistent') return NONEXISTENT_ID;
        const type = typeOf(field);
        return rowsByType.get(type)?.id ?? NONEXISTENT_ID;
      };
      for (const type of new Set(
        Object.values(ID_FIELD_TYPES).concat([
          'Resident',
          'Household',
          'Building',
          'Compound',
          'Community',
          'Grid',
          'Department',
          'Mediator',
          'MediationTeam',
          'Suggestion',
          'ElderProfile',
        ]),
      )) {
        if (entityNames.has(type)) rowsByType.set(type, await rowOf(name, type));
      }
      const places = [...rowsByType.entries()].map(([type, row]) => placeOfRow(type, row));
      const mismatches: Mismatch[] = [];
      // A failed command nulls the whole answer and stops the ones after it: each is asked alone. A role
      // outside the rule is refused before any id is looked at, so it is asked once per path.
      const cells = ALL_ROLES.flatMap(role =>
        names.flatMap((field, index) => {
          const allowed = reachOf(policy.mutation[field], role) !== '—';
          return (allowed ? WHERE : (['own'] as const)).flatMap(where => PATHS.map(path => ({ role, field, index, allowed, where, path })));
        }),
      );
      const answers = new Map<string, GraphQLBody>();
      await inBatches(
        cells.map(({ role, field, index, allowed, where, path }) => async () => {
          const alias = `m${index}`;
          const asked = mutationField(schemas[name], alias, field, idFor(where));
          const body = (await askAll('mutation', path, name, claimsFor(role, where, places, `matrix-${where}`), [asked])).get(alias)!;
          answers.set(`${path} ${role} ${field} ${where}`, body);
          const refused = errorCodesOf(body, alias).length > 0;
          const gated = (body.errors ?? []).some(error => error.message.startsWith('Requires one of the roles'));
          const cell = `${path} ${role} × Mutation.${field} × ${where}`;
          if (!refused && !expected(policy.mutation[field], role, where, null)) mismatches.push({ cell, expected: 'refused', got: observable(body, alias) });
          if (allowed && gated) mismatches.push({ cell, expected: 'past the role gate', got: observable(body, alias) });
          if (!allowed && !refused) mismatches.push({ cell, expected: 'FORBIDDEN', got: observable(body, alias) });
        }),
        8,
      );
      for (const { role, field, index, where, path } of cells) {
        if (where !== 'other' || expected(policy.mutation[field], role, 'other', null) || CITY_WIDE_ROLES.includes(role)) continue;
        if (PUBLIC_TARGETS[field] && subgraphs.some(entry => entry.policy.entities[PUBLIC_TARGETS[field]]?.reach === Reach.PUBLIC)) continue;
        const other = observable(answers.get(`${path} ${role} ${field} other`)!, `m${index}`);
        const none = observable(answers.get(`${path} ${role} ${field} nonexistent`)!, `m${index}`);
        if (other !== none) mismatches.push({ cell: `${path} ${role} × Mutation.${field}: other scope vs nonexistent`, expected: none, got: other });
      }
      expect(mismatches).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );
});
