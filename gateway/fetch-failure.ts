import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ErrorCode } from '../kit/errors';

/**
 * One field a failed subgraph request was to fill. The gateway reports a failure as one of these per
 * field — with its path — instead of one error for the whole request without any: the client learns
 * which fields are null because a part of the system failed (GraphQL's partial results), and the
 * cause is logged once (`cause`, shared by every field of one failure).
 */
export class SubgraphFailure extends GraphQLError {
  constructor(
    code: Extract<ErrorCode, 'UNAVAILABLE' | 'INTERNAL'>,
    path: readonly (string | number)[],
    readonly cause: unknown,
  ) {
    super(code === 'UNAVAILABLE' ? 'Temporarily unavailable' : 'Internal error', { path, extensions: { code } });
  }
}

function operationOf(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
}

/** Whether the subgraph request only reads (a query), and so may be sent again. */
export function isQuery(document: DocumentNode): boolean {
  return operationOf(document)?.operation === OperationTypeNode.QUERY;
}

/** Response names a selection set asks for on `typename` (every type when undefined), through fragments, without `__typename`. */
function responseNames(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, typename?: string): string[] {
  const names: string[] = [];
  const fits = (condition: string | undefined) => condition === undefined || typename === undefined || condition === typename;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      if (name !== '__typename') names.push(name);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (fits(selection.typeCondition?.name.value)) names.push(...responseNames(selection.selectionSet, fragments, typename));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && fits(fragment.typeCondition.name.value)) names.push(...responseNames(fragment.selectionSet, fragments, typename));
    }
  }
  return [...new Set(names)];
}

/**
 * Paths, as the subgraph would have answered them, of every field a request asked for: `[field]` for
 * a root field, `['_entities', i, field]` for each entity — which the gateway turns into the
 * entity's path in the client's answer, as it does for a subgraph's own errors.
 */
export function requestedPaths(document: DocumentNode, representations: unknown): (string | number)[][] {
  const operation = operationOf(document);
  if (!operation) return [];
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map(fragment => [fragment.name.value, fragment]),
  );
  const entities = operation.selectionSet.selections.find(selection => selection.kind === Kind.FIELD && selection.name.value === '_entities');
  if (entities?.kind === Kind.FIELD && entities.selectionSet && Array.isArray(representations)) {
    const entitiesName = entities.alias?.value ?? '_entities';
    return representations.flatMap((representation: unknown, index) => {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      return responseNames(entities.selectionSet!, fragments, typeof typename === 'string' ? typename : undefined).map(name => [entitiesName, index, name]);
    });
  }
  return responseNames(operation.selectionSet, fragments).map(name => [name]);
}
