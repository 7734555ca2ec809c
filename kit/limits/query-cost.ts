import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Largest cost an operation may have: the number of objects it could produce, counting each list
 * at its full requested size. Walking one community down to its residents
 * (`compounds(first: 100) → buildings(first: 100) → households(first: 100) → residents(first: 10)`)
 * costs about 3.3·10⁷; six nested lists of 100 cost 10¹²; both are refused or allowed before any
 * resolver runs.
 */
export const MAX_COST = 50_000_000;
/** Representations one `_entities` call may carry: a whole community's households with room to spare. */
export const MAX_REPRESENTATIONS = 10_000;
/** Size assumed for a connection asked without `first` (the API's default page). */
const DEFAULT_PAGE = 20;
/** Size assumed for a plain list (`districts`, `Compound.grids`, `Household.partyMembers`): these are short. */
const DEFAULT_LIST = 10;

export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly operation: OperationDefinitionNode;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
}

function argumentValue(node: ValueNode | undefined, variables: Readonly<Record<string, unknown>>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.LIST) return node.values;
  return undefined;
}

/** How many objects one occurrence of the field can yield. */
function listSize(field: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType, args: Map<string, unknown>): number {
  if (field.name === '_entities') {
    const representations = args.get('representations');
    return Array.isArray(representations) ? representations.length : 1;
  }
  const first = args.get('first') ?? args.get('last');
  if (typeof first === 'number' && first >= 0) return first;
  const named = getNamedType(field.type);
  if (named.name.endsWith('Connection')) return DEFAULT_PAGE;
  if (!isListType(getNullableType(field.type))) return 1;
  // `edges` / `nodes` of a connection are as long as the connection itself, counted there.
  return parent.name.endsWith('Connection') ? 1 : DEFAULT_LIST;
}

function selectionCost(input: CostInput, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, multiplier: number, visiting: Set<string>): number {
  let common = 0;
  // Fragments on other types are alternatives (one object is one type): the dearest counts.
  let dearestBranch = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.selectionSet || selection.name.value.startsWith('__')) continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      const args = new Map((selection.arguments ?? []).map((arg) => [arg.name.value, argumentValue(arg.value, input.variables)]));
      const produced = multiplier * listSize(field, parent, args);
      const child = getNamedType(field.type) as GraphQLCompositeType;
      common += produced + selectionCost(input, child, selection.selectionSet, produced, visiting);
      continue;
    }
    let typeName: string | undefined;
    let inner: SelectionSetNode;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      typeName = selection.typeCondition?.name.value;
      inner = selection.selectionSet;
    } else {
      const fragment = input.fragments.get(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue;
      typeName = fragment.typeCondition.name.value;
      inner = fragment.selectionSet;
      visiting.add(fragment.name.value);
    }
    const type = typeName ? (input.schema.getType(typeName) as GraphQLCompositeType | undefined) ?? parent : parent;
    const cost = selectionCost(input, type, inner, multiplier, visiting);
    if (selection.kind === Kind.FRAGMENT_SPREAD) visiting.delete(selection.name.value);
    if (type === parent) common += cost;
    else dearestBranch = Math.max(dearestBranch, cost);
  }
  return common + dearestBranch;
}

/** The static cost of an operation with its variables: objects it could produce at most. */
export function operationCost(input: CostInput): number {
  const root = input.schema.getRootType(input.operation.operation);
  return root ? selectionCost(input, root, input.operation.selectionSet, 1, new Set()) : 0;
}

function refuse(rule: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', rule, http: { status: 400 } } });
}

/**
 * Refuses, before any resolver runs, an operation whose static cost exceeds `maxCost` (answer 400
 * with the computed cost) and an `_entities` call with more than `maxRepresentations`.
 */
export function queryCostPlugin<TContext extends BaseContext>(maxCost: number = MAX_COST, maxRepresentations: number = MAX_REPRESENTATIONS): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
            const representations = argumentValue(selection.arguments?.find((arg) => arg.name.value === 'representations')?.value, variables);
            const count = Array.isArray(representations) ? representations.length : 0;
            if (count > maxRepresentations) {
              throw refuse('maxRepresentations', `_entities was asked for ${count} representations; at most ${maxRepresentations} are allowed`);
            }
          }
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const cost = operationCost({ schema, operation, fragments, variables });
          if (cost > maxCost) {
            throw refuse('maxCost', `Query could produce ${cost.toExponential(2)} objects (lists counted at their requested size); at most ${maxCost.toExponential(2)} are allowed`);
          }
        },
      };
    },
  };
}
