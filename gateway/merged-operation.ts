import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { MAX_ALIASES } from '../kit/limits/query-limits';

/**
 * Longest merged document, in characters. A token is at least one character, so a document this long
 * stays within the subgraphs' parser limit (5,000 tokens, kit/http/apollo.ts) whatever it holds.
 */
export const MAX_MERGED_LENGTH = 5_000;

/** Several subgraph queries as one: what to send, and how to give each part its own answer back. */
export interface MergedOperation {
  readonly query: string;
  readonly operationName: string | undefined;
  /** Per part: its variable names, renamed as the merged document spells them. */
  readonly variableNames: readonly (readonly (readonly [original: string, merged: string])[])[];
  /** Per part: its root response names, and their names in the merged answer. */
  readonly rootNames: readonly (readonly (readonly [original: string, merged: string])[])[];
}

/** The part a merged response name or variable belongs to: `_3_x` → 3. */
const PART_PREFIX = /^_(\d+)_/;

const prefixed = (part: number, name: string) => `_${part}_${name}`;

/** The one query a part holds, when it can be merged: no operation directives and only fields at its root. */
function mergeableOperation(document: DocumentNode): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return undefined;
  const [operation] = operations;
  if (operation.operation !== OperationTypeNode.QUERY || (operation.directives?.length ?? 0) > 0) return undefined;
  return operation.selectionSet.selections.every(selection => selection.kind === Kind.FIELD) ? operation : undefined;
}

interface Part {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  /** Aliases it holds, plus one per root field (each gains one when merged). */
  readonly aliases: number;
}

/** Plans are cached, so the same few hundred fetch texts recur: each is parsed and merged once (bounded). */
const MAX_CACHED = 1_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

const parts = new Map<string, Part | null>();

function partOf(query: string): Part | null {
  const cached = parts.get(query);
  if (cached !== undefined) return cached;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return remember(parts, query, null);
  }
  const operation = mergeableOperation(document);
  let aliases = operation?.selectionSet.selections.length ?? 0;
  visit(document, { Field: field => void (field.alias ? (aliases += 1) : undefined) });
  return remember(parts, query, operation ? { document, operation, aliases } : null);
}

/** A run of parts (by index) sent as one request: merged when it holds more than one. */
export interface MergeGroup {
  readonly parts: readonly number[];
  readonly merged?: MergedOperation;
}

const groupings = new Map<string, readonly MergeGroup[]>();
const mergedOperations = new Map<string, MergedOperation>();

/**
 * Groups queries, in order, into runs that can each be sent as one merged document within the
 * subgraphs' length and alias limits. A query that cannot be merged, or is too large to share, is a
 * group of its own. Decided once per combination of texts.
 */
export function mergeGroups(queries: readonly string[]): readonly MergeGroup[] {
  const key = queries.join('\u0000');
  const cached = groupings.get(key);
  if (cached) return cached;
  const groups: MergeGroup[] = [];
  let current: number[] = [];
  let currentMerged: MergedOperation | undefined;
  let aliases = 0;
  const close = () => {
    if (current.length > 0) groups.push(current.length > 1 ? { parts: current, merged: currentMerged } : { parts: current });
    current = [];
    currentMerged = undefined;
    aliases = 0;
  };
  for (const [index, query] of queries.entries()) {
    const part = partOf(query);
    if (!part) {
      close();
      groups.push({ parts: [index] });
      continue;
    }
    const candidate = current.length > 0 ? mergeOperations([...current, index].map(each => queries[each])) : undefined;
    if (candidate && (candidate.query.length > MAX_MERGED_LENGTH || aliases + part.aliases > MAX_ALIASES)) close();
    else currentMerged = candidate;
    current.push(index);
    aliases += part.aliases;
  }
  close();
  return remember(groupings, key, groups);
}

/**
 * One query doing the work of several, as `@graphql-tools/batch-execute` does: each part's variables,
 * fragments and root fields are prefixed with `_<part>_`, so nothing of one part can meet another's.
 * The subgraph then runs one execution, with one context and one set of DataLoaders, instead of
 * one per part. Built once per combination of texts (the plans are cached, so the same ones recur).
 */
export function mergeOperations(queries: readonly string[]): MergedOperation {
  const key = queries.join('\u0000');
  const cached = mergedOperations.get(key);
  if (cached) return cached;
  const variableDefinitions: VariableDefinitionNode[] = [];
  const selections: FieldNode[] = [];
  const fragments: FragmentDefinitionNode[] = [];
  const variableNames: (readonly [string, string])[][] = [];
  const rootNames: (readonly [string, string])[][] = [];
  const names: string[] = [];
  for (const [part, query] of queries.entries()) {
    const parsed = partOf(query);
    if (!parsed) throw new Error(`Part ${part} cannot be merged`);
    const renamed = visit(parsed.document, {
      Variable: node => ({ ...node, name: { ...node.name, value: prefixed(part, node.name.value) } }),
      FragmentSpread: node => ({ ...node, name: { ...node.name, value: prefixed(part, node.name.value) } }),
      FragmentDefinition: node => ({ ...node, name: { ...node.name, value: prefixed(part, node.name.value) } }),
    });
    const operation = mergeableOperation(renamed)!;
    const original = parsed.operation;
    if (original.name) names.push(original.name.value);
    variableNames.push((original.variableDefinitions ?? []).map(definition => [definition.variable.name.value, prefixed(part, definition.variable.name.value)] as const));
    variableDefinitions.push(...(operation.variableDefinitions ?? []));
    const roots: (readonly [string, string])[] = [];
    for (const selection of operation.selectionSet.selections as FieldNode[]) {
      const responseName = selection.alias?.value ?? selection.name.value;
      roots.push([responseName, prefixed(part, responseName)]);
      selections.push({ ...selection, alias: { kind: Kind.NAME, value: prefixed(part, responseName) } });
    }
    rootNames.push(roots);
    fragments.push(...renamed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION));
  }
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        // The first part's name with the count: the subgraph's log still tells which client operation it served.
        name: names.length > 0 ? { kind: Kind.NAME, value: `${names[0]}__merged_${queries.length}` } : undefined,
        variableDefinitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections },
      },
      ...fragments,
    ],
  };
  const merged: MergedOperation = {
    query: print(document),
    operationName: names.length > 0 ? `${names[0]}__merged_${queries.length}` : undefined,
    variableNames,
    rootNames,
  };
  return remember(mergedOperations, key, merged);
}

/** The merged request's variables: each part's, under the merged document's names. */
export function mergeVariables(merged: MergedOperation, variables: readonly (Record<string, unknown> | undefined)[]): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const [part, names] of merged.variableNames.entries()) {
    const own = variables[part];
    if (!own) continue;
    for (const [original, renamed] of names) if (original in own) all[renamed] = own[original];
  }
  return all;
}

/** A subgraph's answer as Apollo's data source hands it over (`GatewayGraphQLResponse`). */
export interface SubgraphResponse {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly GraphQLFormattedError[];
  readonly extensions?: Record<string, unknown>;
}

/**
 * Each part's answer out of the merged one: its root fields under their own names, and the errors
 * whose path starts in it with that path's first name restored. An error without a path (the whole
 * request failed) belongs to every part, as does `data: null`.
 */
export function splitResponse(merged: MergedOperation, response: SubgraphResponse): SubgraphResponse[] {
  const { data, errors, extensions } = response;
  const errorsOf: GraphQLFormattedError[][] = merged.rootNames.map(() => []);
  for (const error of errors ?? []) {
    const head = error.path?.[0];
    const part = typeof head === 'string' ? PART_PREFIX.exec(head) : null;
    const index = part ? Number(part[1]) : -1;
    if (typeof head === 'string' && part && index < errorsOf.length) {
      errorsOf[index].push({ ...error, path: [head.slice(part[0].length), ...error.path!.slice(1)] });
    } else for (const own of errorsOf) own.push(error);
  }
  return merged.rootNames.map((roots, part) => ({
    data: data ? Object.fromEntries(roots.map(([original, renamed]) => [original, data[renamed]])) : data,
    ...(errorsOf[part].length > 0 ? { errors: errorsOf[part] } : {}),
    ...(extensions ? { extensions } : {}),
  }));
}
