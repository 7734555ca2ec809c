import type { FieldNode, GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { AuthorizationError, getMetadataStorage } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { argumentViolation } from '../validation/validate-input';
import { lineage } from './resolver-fields';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type ArgParam = Extract<ParamMetadata, { kind: 'arg' | 'args' }>;
type Constructor = new () => object;
type Resolver = GraphQLFieldResolver<unknown, object, Record<string, unknown>>;

/**
 * Field resolvers of `@Resolver` classes called directly instead of through type-graphql's
 * resolver, which makes every field with an argument or a role async (its middleware chain and
 * `validateArg` are async functions): each household and each resident then completed through a
 * promise in graphql-js, and `residents(first: 10)` was converted and validated once per household.
 * Here the role check and the method run synchronously, and an argument is converted and validated
 * once per execution and field node (a field node's arguments depend only on the execution's
 * variables), then shared by every parent. The role check, the validation and their errors are
 * type-graphql's, in its order: roles, then arguments, then the method.
 *
 * Only fields whose parameters are root, context, info, `@Arg` and `@Args`, with no middleware,
 * are taken over (buildSchema has no global middleware); any other keeps type-graphql's resolver.
 */
export function directFieldResolvers(): Map<string, Resolver> {
  const storage = getMetadataStorage();
  const interfaces = new Set<unknown>(storage.interfaceTypes.map(({ target }) => target));
  const resolvers = new Map<string, Resolver>();
  const instances = new Map<object, object>();
  for (const metadata of storage.fieldResolvers) {
    const objectType = metadata.getObjectType?.();
    if (metadata.kind !== 'external' || !objectType || interfaces.has(objectType) || metadata.middlewares?.length) continue;
    const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
    if (!params.every(({ kind }) => ['root', 'context', 'info', 'arg', 'args'].includes(kind))) continue;
    const target = metadata.target as Constructor;
    const instance = instances.get(target) ?? new target();
    instances.set(target, instance);
    const resolver = directResolver(instance, metadata, params, storage);
    for (const { name, target: typeTarget } of storage.objectTypes) {
      if (lineage(typeTarget).includes(objectType as object)) resolvers.set(`${name}.${metadata.schemaName}`, resolver);
    }
  }
  return resolvers;
}

function directResolver(instance: object, metadata: FieldResolverMetadata, params: ParamMetadata[], storage: Storage): Resolver {
  const method = (instance as Record<string, (...values: unknown[]) => unknown>)[metadata.methodName];
  const roles = metadata.roles;
  return (root, args, context, info) => {
    if (roles && !authChecker({ root, args, context: context as never, info }, roles)) throw new AuthorizationError();
    const values = params.map((param) => {
      switch (param.kind) {
        case 'root': {
          const value = param.propertyName ? (root as Record<string, unknown>)[param.propertyName] : root;
          // As type-graphql does: a plain parent (an entity reference's `{ id }`) becomes an instance of the parameter's class.
          return param.getType ? instanceOf(param.getType(), value) : value;
        }
        case 'context':
          return param.propertyName ? (context as Record<string, unknown>)[param.propertyName] : context;
        case 'info':
          return info;
        default:
          return validatedArgument(param as ArgParam, args, info, storage);
      }
    });
    return method.apply(instance, values);
  };
}

/**
 * Per execution and field node: each argument parameter's validated value. The executor (graphql-jit,
 * kit/http/compiled-execution.ts, as graphql-js) coerces an execution's variables into a new object,
 * so `info.variableValues` stands for the execution, though a compiled operation keeps its field nodes.
 */
const validatedByExecution = new WeakMap<object, WeakMap<FieldNode, Map<number, unknown>>>();

function validatedArgument(param: ArgParam, args: Record<string, unknown>, info: GraphQLResolveInfo, storage: Storage): unknown {
  let byNode = validatedByExecution.get(info.variableValues);
  if (!byNode) validatedByExecution.set(info.variableValues, (byNode = new WeakMap()));
  let byParam = byNode.get(info.fieldNodes[0]);
  if (!byParam) byNode.set(info.fieldNodes[0], (byParam = new Map()));
  if (byParam.has(param.index)) return byParam.get(param.index);
  const argType = param.getType();
  const value = param.kind === 'args' ? argsInstance(argType as Constructor, args, storage) : valueOf(argType, args[param.name], storage);
  // A failure is not kept: each parent throws its own error, located at its own path.
  const violation = argumentViolation(value, argType, info);
  if (violation) throw violation;
  byParam.set(param.index, value);
  return value;
}

/** An `@ArgsType` instance of the arguments graphql-js coerced, as type-graphql builds it (`convertArgsToInstance`). */
function argsInstance(argsType: Constructor, args: Record<string, unknown>, storage: Storage): object {
  const fields = lineage(argsType).flatMap((target) => storage.argumentTypes.find((type) => type.target === target)?.fields ?? []);
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (args[field.name] !== undefined && !(field.name in values)) values[field.name] = valueOf(field.getType(), args[field.name], storage);
  }
  return instanceOf(argsType, values) as object;
}

/** An input value as type-graphql converts it: input types (and lists of them) become instances of their class, field by field. */
function valueOf(type: unknown, value: unknown, storage: Storage): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => valueOf(type, item, storage));
  const inputType = typeof type === 'function' ? storage.inputTypes.find((candidate) => candidate.target === type) : undefined;
  if (!inputType) return instanceOf(type, value);
  const fields = lineage(inputType.target).flatMap((target) => storage.inputTypes.find((candidate) => candidate.target === target)?.fields ?? []);
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const fieldValue = (value as Record<string, unknown>)[field.name];
    if (fieldValue !== undefined && !(field.name in values)) values[field.name] = valueOf(field.getType(), fieldValue, storage);
  }
  return instanceOf(inputType.target, values);
}

const SIMPLE_TYPES: unknown[] = [String, Boolean, Number, Date, Array, Promise];

/** type-graphql's `convertToType`: scalars and enum values as they are, an object into an instance of its class. */
function instanceOf(type: unknown, value: unknown): unknown {
  if (value === null || value === undefined || typeof type !== 'function' || SIMPLE_TYPES.includes((value as object).constructor)) return value;
  if (value instanceof type) return value;
  const instance = new (type as Constructor)() as Record<string, unknown>;
  for (const key of Object.keys(instance)) {
    if (instance[key] === undefined && !(key in (value as object))) delete instance[key];
  }
  return Object.assign(instance, value);
}
