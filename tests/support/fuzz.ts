import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ALL_ROLES, type Role } from '../../kit/auth/role';
import type { DemoTerritory } from '../../kit/demo/types';

/**
 * Random requests for fuzzing a GraphQL service: schema-aware operations (random selections,
 * arguments of the right and the wrong types, random variables) and garbage bodies (bad JSON, huge
 * strings, wrong content types, weird operation names), plus the check every answer must pass.
 * Shared by tests/fuzz.test.ts (a bounded count) and bench/fuzz.bench.ts (a long run).
 */

/** Longest any answer may take: past every time limit a request has (10 s budget, 10 s subgraph timeout). */
export const RESPONSE_BOUND_MS = 25_000;

/** An enum value: printed bare in a document, as its name in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

/** A value as a GraphQL literal. */
function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, field]) => `${key}: ${literal(field)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value) ?? 'null';
}

/** A value as JSON for the variables. */
function json(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(json);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, json(field)]));
  return value;
}

/** Ids worth guessing: real ones from the seeded territory hit data, random ones miss it. */
export function knownIds(territory: DemoTerritory): string[] {
  const households = territory.buildings.slice(0, 3).flatMap(building => [...territory.households(building)]);
  return [
    territory.district.id,
    ...territory.subdistricts.map(place => place.id),
    ...territory.communities.map(place => place.id),
    ...territory.compounds.slice(0, 10).map(place => place.id),
    ...territory.buildings.slice(0, 10).map(place => place.id),
    ...territory.grids.map(place => place.id),
    ...households.map(household => household.id),
    ...households.flatMap(household => [...territory.residents(household)].map(resident => resident.id)),
  ];
}

/** Strings that have broken parsers and validators elsewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  "' or 1=1 --",
  '"; drop table resident; --',
  '%',
  '_',
  '\\',
  '\u0000',
  '\u202e\u202d',
  '张\u0007明',
  '😀'.repeat(40),
  '2026-02-30',
  '2026-13-01',
  '0000-00-00T00:00:00Z',
  '-1',
  '1e309',
  'NaN',
  '__proto__',
  '{"__typename":"Household"}',
  '11010519491231002X',
  '13800138000',
];

function stringValue(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: fc.constant(randomUUID()) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map(length => 'x'.repeat(length)) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map(date => date.toISOString()) },
  );
}

const intValue = fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, Number.MAX_SAFE_INTEGER));

/** Any value at all, whatever the type asks for. */
function wrongValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    stringValue(ids),
    intValue,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
    fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
    fc.constant(new EnumValue('NOT_A_VALUE')),
  );
}

interface Fuzzing {
  readonly schema: GraphQLSchema;
  readonly ids: readonly string[];
  /** Type names of the federation's entities, for `_entities` representations. */
  readonly entityTypes: readonly string[];
  /**
   * Hostile operations pass wrong types, leave out required arguments and add unknown ones, so most
   * stop at validation; the others are well-typed and reach the resolvers (with random values).
   */
  readonly hostile: boolean;
}

/** A value of the right type (mostly), down to `depth` levels of input objects. */
function valueOf(type: GraphQLInputType, fuzzing: Fuzzing, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, fuzzing, depth);
  if (isListType(type)) return fc.array(valueOf(type.ofType, fuzzing, depth), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map(value => new EnumValue(value.name)));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth <= 0) return fc.constant({});
    return fc
      .tuple(...fields.map(field => argumentValue(field, fuzzing, depth - 1)))
      .map(values => Object.fromEntries(fields.flatMap((field, index) => (values[index] === undefined ? [] : [[field.name, values[index]]]))));
  }
  switch (type.name) {
    case 'Int':
      return intValue;
    case 'Float':
      return fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 100 }));
    case 'Boolean':
      return fc.boolean();
    case '_Any':
      return fc.record({ __typename: fc.constantFrom(...fuzzing.entityTypes), id: fc.constantFrom(...fuzzing.ids) });
    default:
      return stringValue(fuzzing.ids);
  }
}

/** An argument or input field: the right type mostly, sometimes left out, sometimes any value. */
function argumentValue(argument: { type: GraphQLInputType }, fuzzing: Fuzzing, depth: number): fc.Arbitrary<unknown> {
  if (!fuzzing.hostile)
    return isNonNullType(argument.type) ? valueOf(argument.type, fuzzing, depth) : fc.option(valueOf(argument.type, fuzzing, depth), { nil: undefined });
  return fc.oneof(
    { weight: 8, arbitrary: valueOf(argument.type, fuzzing, depth) },
    { weight: isNonNullType(argument.type) ? 1 : 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: wrongValue(fuzzing.ids) },
  );
}

interface Arguments {
  readonly text: string;
  readonly variables: Record<string, unknown>;
  readonly declarations: string[];
}

let variableCount = 0;

/** A field's arguments, each inline or (at the root) through a variable of its declared type. */
function argumentsOf(args: readonly GraphQLArgument[], fuzzing: Fuzzing, asVariables: boolean): fc.Arbitrary<Arguments> {
  if (args.length === 0) return fc.constant({ text: '', variables: {}, declarations: [] });
  return fc
    .tuple(
      fc.tuple(...args.map(argument => fc.tuple(argumentValue(argument, fuzzing, 2), fc.boolean()))),
      fuzzing.hostile ? fc.option(fc.tuple(fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/), wrongValue(fuzzing.ids)), { freq: 12 }) : fc.constant(null),
    )
    .map(([values, unknown]) => {
      const parts: string[] = [];
      const variables: Record<string, unknown> = {};
      const declarations: string[] = [];
      args.forEach((argument, index) => {
        const [value, viaVariable] = values[index];
        if (value === undefined) return;
        if (asVariables && viaVariable) {
          const name = `v${(variableCount += 1)}`;
          declarations.push(`$${name}: ${String(argument.type)}`);
          variables[name] = json(value);
          parts.push(`${argument.name}: $${name}`);
        } else parts.push(`${argument.name}: ${literal(value)}`);
      });
      if (unknown) parts.push(`${unknown[0]}: ${literal(unknown[1])}`);
      return { text: parts.length > 0 ? `(${parts.join(', ')})` : '', variables, declarations };
    });
}

/** A selection set on `type`: one to four fields, nested down to `depth`. */
function selectionOf(type: GraphQLNamedType, fuzzing: Fuzzing, depth: number): fc.Arbitrary<string> {
  if (isLeafType(type)) return fc.constant('');
  if (isUnionType(type)) {
    return fc
      .constantFrom(...type.getTypes())
      .chain(member => selectionOf(member, fuzzing, depth).map(selection => ` { __typename ... on ${member.name}${selection} }`));
  }
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields()).filter(field => depth > 0 || isLeafType(getNamedType(field.type)));
  if (fields.length === 0) return fc.constant(' { __typename }');
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) })
    .chain(chosen => fc.tuple(...chosen.map(field => fieldOf(field, fuzzing, depth - 1, false))))
    .map(parts => ` { ${parts.map(part => part.text).join(' ')} }`);
}

interface FieldText {
  readonly text: string;
  readonly variables: Record<string, unknown>;
  readonly declarations: string[];
}

function fieldOf(field: GraphQLField<unknown, unknown>, fuzzing: Fuzzing, depth: number, root: boolean): fc.Arbitrary<FieldText> {
  return fc
    .tuple(argumentsOf(field.args, fuzzing, root), selectionOf(getNamedType(field.type), fuzzing, depth))
    .map(([args, selection]) => ({ text: `${field.name}${args.text}${selection}`, variables: args.variables, declarations: args.declarations }));
}

export interface FuzzOperation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly operationName?: unknown;
}

/** Operation names: the operation's own, none, or one that is not in the document. */
const operationNames = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant('Fuzz') },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null), fc.constant({ name: 'Fuzz' })) },
);

/** Random operations on `schema`: one root field (query or mutation), nested selections, variables; half well-typed, half hostile. */
export function operations(schema: GraphQLSchema, ids: readonly string[], depth = 3): fc.Arbitrary<FuzzOperation> {
  const entityTypes = Object.values(schema.getTypeMap())
    .filter(type => isObjectType(type) && !type.name.startsWith('__') && 'id' in type.getFields())
    .map(type => type.name);
  return fc.oneof(operationsOf({ schema, ids, entityTypes, hostile: false }, depth), operationsOf({ schema, ids, entityTypes, hostile: true }, depth));
}

function operationsOf(fuzzing: Fuzzing, depth: number): fc.Arbitrary<FuzzOperation> {
  const { schema, ids } = fuzzing;
  const roots = [
    ...Object.values(schema.getQueryType()!.getFields()).map(field => ({ keyword: 'query', field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map(field => ({ keyword: 'mutation', field })),
  ];
  return fc.constantFrom(...roots).chain(({ keyword, field }) =>
    fc.tuple(fieldOf(field, fuzzing, depth, true), operationNames, fc.option(wrongValue(ids), { freq: 10 })).map(([root, operationName, extraVariable]) => {
      const declarations = root.declarations.length > 0 ? `(${root.declarations.join(', ')})` : '';
      // A variable nobody declared, now and then: it must be ignored or refused, not crash anything.
      const variables = extraVariable === null ? root.variables : { ...root.variables, undeclared: json(extraVariable) };
      return { query: `${keyword} Fuzz${declarations} { ${root.text} }`, variables, operationName };
    }),
  );
}

/** Token claims for a fuzzed request: any role, a real or made-up scope, or no token at all. */
export interface FuzzCaller {
  readonly roles: Role[];
  readonly scope: string[];
  readonly subject: string;
}

export function callers(ids: readonly string[]): fc.Arbitrary<FuzzCaller | 'none' | 'garbage'> {
  return fc.oneof(
    {
      weight: 10,
      arbitrary: fc.record({
        roles: fc.subarray([...ALL_ROLES], { minLength: 1, maxLength: 2 }),
        scope: fc.array(fc.oneof(fc.constantFrom(...ids), fc.uuid()), { maxLength: 3 }),
        subject: fc.uuid(),
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('none' as const, 'garbage' as const) },
  );
}

/** A raw HTTP request: whatever a broken or hostile client might send. */
export interface GarbageRequest {
  readonly method: string;
  readonly contentType?: string;
  readonly body?: string;
  readonly search?: string;
}

const validQuery = '{ communities(first: 1) { totalCount } }';

const garbageBodies: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc
    .record({
      query: fc.oneof(fc.string({ maxLength: 200 }), fc.json(), fc.constant(validQuery)),
      variables: fc.oneof(fc.json(), fc.string()),
      operationName: fc.json(),
    })
    .map(body => JSON.stringify(body)),
  fc
    .oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant(null), fc.array(fc.string()))
    .map(operationName => JSON.stringify({ query: `query A ${validQuery} query B { __typename }`, operationName })),
  fc.array(fc.constant({ query: validQuery }), { minLength: 1, maxLength: 3 }).map(batch => JSON.stringify(batch)),
  fc.integer({ min: 10, max: 5_000 }).map(depth => `{"query":"${'{ a '.repeat(depth)}"}`),
  fc.integer({ min: 10, max: 50_000 }).map(depth => '['.repeat(depth)),
  // Around the 1 MB body limit: just under, and over it.
  fc.constantFrom(900_000, 1_100_000, 3_000_000).map(length => JSON.stringify({ query: `{ __typename } #${'x'.repeat(length)}` })),
  fc.string({ maxLength: 100 }).map(text => `${JSON.stringify({ query: validQuery }).slice(0, -1)}${text}`),
);

export const garbageRequests: fc.Arbitrary<GarbageRequest> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      method: fc.constant('POST'),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-16',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/graphql',
        '',
      ),
      body: garbageBodies,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      method: fc.constantFrom('GET', 'DELETE', 'PUT', 'OPTIONS', 'HEAD'),
      search: fc.oneof(
        fc.constant(`?query=${encodeURIComponent(validQuery)}`),
        fc.string({ maxLength: 60 }).map(text => `?query=${encodeURIComponent(text)}&variables=${encodeURIComponent(text)}`),
      ),
    }),
  },
);

/** What a client must never see: stack frames, SQL, database names, file paths, host names. */
const INTERNAL_DETAIL: readonly RegExp[] = [
  /\bat [\w$.<>]+ \(/,
  /\.(?:ts|js):\d+:\d+/,
  /node_modules|\/work\/|\/tmp\/|dist\//,
  /\bselect\b[^"]{0,200}\bfrom\s+[`"]/i,
  /\binsert into\s+[`"]/i,
  /\bupdate\s+[`"]\w+[`"]\s+set\b/i,
  /sqlite|libsql|postgres|knex|mikro-?orm/i,
  // Case-sensitive: `…eConnection` types are not connection errors.
  /\b(?:ECONN[A-Z]+|ETIMEDOUT|EPIPE)\b/,
  /localhost|127\.0\.0\.1|::1/,
];

export interface SentResponse {
  readonly status: number;
  readonly text: string;
}

/**
 * Why an answer is wrong, or null: a 5xx, internal detail in it (`hosts` are the services' own
 * `host:port`s), or no answer within `RESPONSE_BOUND_MS` (the caller's fetch aborts: status 0).
 */
export function answerProblem(response: SentResponse, hosts: readonly string[]): string | null {
  if (response.status === 0) return `no answer within ${RESPONSE_BOUND_MS} ms`;
  if (response.status >= 500) return `HTTP ${response.status}: ${response.text.slice(0, 300)}`;
  const leak = INTERNAL_DETAIL.find(pattern => pattern.test(response.text)) ?? hosts.find(host => response.text.includes(host));
  return leak ? `internal detail (${String(leak)}) in: ${response.text.slice(0, 300)}` : null;
}

/** Sends one raw request; status 0 when it took longer than the bound or the connection broke. */
export async function send(url: string, request: GarbageRequest, headers: Record<string, string>): Promise<SentResponse> {
  try {
    const response = await fetch(`${url}${request.search ?? ''}`, {
      method: request.method,
      headers: { ...headers, ...(request.contentType === undefined ? {} : { 'content-type': request.contentType }) },
      body: request.method === 'POST' ? request.body : undefined,
      signal: AbortSignal.timeout(RESPONSE_BOUND_MS),
    });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    return { status: 0, text: String(error) };
  }
}
