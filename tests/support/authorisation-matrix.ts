import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { CITY_WIDE_ROLES, Role } from '../../kit/auth/role';
import type { Place } from '../../kit/auth/viewer';
import type { DemoTerritory } from '../../kit/demo/types';

/** An id no row has: asked for in the "nonexistent" cells. */
export const NONEXISTENT_ID = '00000000-0000-4000-8000-00000000dead';

/** The three columns of the matrix for each role and operation. */
export type Where = 'own' | 'other' | 'nonexistent';
export const WHERE: readonly Where[] = ['own', 'other', 'nonexistent'];

/**
 * The scope a role's token carries to reach `place`, at the level the role works at (DOMAIN: a grid
 * worker their grids, a property manager their compounds …); empty when the place has no id at
 * that level. City-wide roles carry none.
 */
export function scopeAt(role: Role, place: Place): string[] {
  if (CITY_WIDE_ROLES.includes(role)) return [];
  const id =
    role === Role.SUBDISTRICT_ADMIN
      ? place.subdistrictId
      : role === Role.GRID_WORKER
        ? place.gridId
        : role === Role.PROPERTY_MANAGER
          ? place.compoundId
          : place.communityId;
  return id ? [id] : [];
}

/** A place in another subdistrict than `place`, with an id at every level: the "other scope" of every role. */
export function placeElsewhere(territory: DemoTerritory, place: Place): Place {
  const grid = territory.grids.find(candidate => candidate.subdistrictId !== place.subdistrictId && candidate.compoundIds.length > 0)!;
  return { subdistrictId: grid.subdistrictId, communityId: grid.communityId, gridId: grid.id, compoundId: grid.compoundIds[0] };
}

/** The selection that shows whether a field answered rows: type names and ids, through connections. */
export function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  const parts = ['__typename'];
  if (fields.id) parts.push('id');
  if (fields.edges) parts.push(`edges { ${selectionFor(fields.edges.type)} }`);
  if (fields.node) parts.push(`node { ${selectionFor(fields.node.type)} }`);
  return parts.join(' ');
}

/** True when an answer carries rows: a non-null object, a non-empty list or connection. */
export function hasRows(value: unknown): boolean {
  if (value == null) return false;
  if (Array.isArray(value)) return value.some(hasRows);
  if (typeof value === 'object' && 'edges' in value) return ((value as { edges: unknown[] }).edges ?? []).length > 0;
  return true;
}

/** The ids an answer lists (a connection's nodes, a list's items, an object's own id). */
export function idsIn(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap(idsIn);
  const object = value as { id?: string; edges?: { node: unknown }[] };
  if (object.edges) return object.edges.flatMap(edge => idsIn(edge.node));
  return object.id ? [object.id] : [];
}

/**
 * A type-valid value for an input type, each `ID` field given `idFor(its name)`: enough for a
 * command to pass GraphQL validation and meet the authorisation and scope checks.
 */
export function sampleInput(type: GraphQLInputType, idFor: (field: string) => string, field = ''): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sampleInput(inner.ofType, idFor, field)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const child of Object.values(inner.getFields())) {
      // A fresh idempotency key on every command: partner agencies must send one, and no cell replays another's answer.
      if (child.name === 'idempotencyKey') value[child.name] = `matrix-${randomUUID()}`;
      else if (isNonNullType(child.type) && child.defaultValue === undefined) value[child.name] = sampleInput(child.type, idFor, child.name);
    }
    return value;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return idFor(field);
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return '2026-01-01T00:00:00.000Z';
      default:
        return 'matrix-0001';
    }
  }
  throw new Error(`No sample for ${String(type)}`);
}

/** One field of a batched document: its alias, its text with `$<alias>_<arg>` variables, their declarations and values. */
export interface BatchedField {
  readonly alias: string;
  readonly field: string;
  readonly text: string;
  readonly declarations: string[];
  readonly variables: Record<string, unknown>;
}

function batchedField(alias: string, field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): BatchedField {
  const args = field.args.filter(arg => arg.name in values);
  const missing = field.args.filter(arg => isNonNullType(arg.type) && arg.defaultValue === undefined && !(arg.name in values));
  if (missing.length > 0) throw new Error(`${field.name} needs ${missing.map(arg => arg.name).join(', ')}`);
  const passed = args.map(arg => `${arg.name}: $${alias}_${arg.name}`).join(', ');
  const selection = selectionFor(field.type);
  return {
    alias,
    field: field.name,
    text: `${alias}: ${field.name}${passed ? `(${passed})` : ''}${selection ? ` { ${selection} }` : ''}`,
    declarations: args.map(arg => `$${alias}_${arg.name}: ${String(arg.type)}`),
    variables: Object.fromEntries(args.map(arg => [`${alias}_${arg.name}`, values[arg.name]])),
  };
}

/** A Query field with the arguments `values` names (others left out), selecting what shows rows. */
export function queryField(schema: GraphQLSchema, alias: string, name: string, values: Record<string, unknown>): BatchedField {
  return batchedField(alias, (schema.getQueryType() as GraphQLObjectType).getFields()[name], values);
}

/** A Mutation with a sample input (`sampleInput`), asking only the payload's type name. */
export function mutationField(schema: GraphQLSchema, alias: string, name: string, idFor: (field: string) => string): BatchedField {
  const field = schema.getMutationType()!.getFields()[name];
  const values = Object.fromEntries(field.args.filter(arg => isNonNullType(arg.type)).map(arg => [arg.name, sampleInput(arg.type, idFor, arg.name)]));
  return batchedField(alias, field, values);
}

/** One document asking every field of `fields` under its alias. */
export function batchedDocument(operation: 'query' | 'mutation', fields: readonly BatchedField[]): { document: string; variables: Record<string, unknown> } {
  const declarations = fields.flatMap(field => field.declarations);
  return {
    document: `${operation}${declarations.length > 0 ? `(${declarations.join(', ')})` : ''} { ${fields.map(field => field.text).join(' ')} }`,
    variables: Object.assign({}, ...fields.map(field => field.variables)),
  };
}

export interface GraphQLBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: { code?: unknown } }[];
}

/** What a client can tell of one aliased field of an answer: its value and its errors' codes and messages. */
export function observable(body: GraphQLBody, alias: string): string {
  const errors = (body.errors ?? [])
    .filter(error => !error.path || error.path[0] === alias)
    .map(error => ({ code: error.extensions?.code, message: error.message }));
  return JSON.stringify({ value: body.data?.[alias] ?? null, errors });
}

/** The error codes of one aliased field of an answer. */
export function errorCodesOf(body: GraphQLBody, alias: string): unknown[] {
  return (body.errors ?? []).filter(error => !error.path || error.path[0] === alias).map(error => error.extensions?.code);
}
