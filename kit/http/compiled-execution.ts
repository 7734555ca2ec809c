import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { BREAK, execute, GraphQLError, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Distinct operations kept compiled; a subgraph sees the few its gateway's plans send, a direct caller may send more. */
const MOST_COMPILED = 200;

/** What graphql-jit 0.8 marks a Date, NaN or ±Infinity with in the code it generates (`__MAGIC_DATE__…`). */
const GRAPHQL_JIT_MARKER = '__MAGIC_';

/**
 * Whether graphql-jit may compile `document`. It writes literal arguments into the code it
 * generates, and a string there that begins with its Date marker becomes `new Date(<the rest>)`:
 * the literal `"__MAGIC_DATE__<its id>process.exit()"` would run as code in the subgraph (checked
 * in compiled-execution.test.ts). A document with a string or enum literal holding the marker goes
 * to graphql-js, as does one with a variable named `__proto__` (graphql-jit drops its value).
 */
function compilesSafely(document: DocumentNode): boolean {
  let safe = true;
  const refuse = () => {
    safe = false;
    return BREAK;
  };
  visit(document, {
    StringValue: node => (node.value.includes(GRAPHQL_JIT_MARKER) ? refuse() : undefined),
    EnumValue: node => (node.value.includes(GRAPHQL_JIT_MARKER) ? refuse() : undefined),
    Variable: node => (node.name.value === '__proto__' ? refuse() : undefined),
  });
  return safe;
}

/**
 * graphql-jit's errors imitate graphql-js's but leave `extensions` undefined when there are none (a
 * null in a non-null field), where Apollo Server reads `extensions.code` of every error: each is
 * made a graphql-js error with the same message, locations, path, cause and extensions.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const { message, path, originalError, extensions, locations } = error;
  return Object.assign(new GraphQLError(message, { path, originalError, extensions }), { locations });
}

/** The path, as text, of the outermost null on `path` in `data`: where an error's null ended up. */
function nulledAt(data: unknown, path: readonly (string | number)[]): string {
  let value = data;
  for (let depth = 0; depth < path.length; depth += 1) {
    if (value === null || value === undefined) return path.slice(0, depth).join('.');
    value = (value as Record<string | number, unknown>)[path[depth]];
  }
  return path.join('.');
}

/**
 * graphql-js stops completing a list at the first item whose non-null field fails, and reports that
 * one error; graphql-jit completes every item and reports each. One refused argument on a household's
 * `residents` would come back once per household, thousands of times on a community. The same error
 * (message, place in the document, extensions) that ended in the same null is reported once, at its
 * first path, as graphql-js would.
 */
function withoutRepeats(data: unknown, errors: readonly GraphQLError[]): GraphQLError[] {
  const seen = new Set<string>();
  return errors.filter(({ message, locations, extensions, path }) => {
    const key = JSON.stringify([message, locations, extensions, path && nulledAt(data, path)]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Executes a subgraph's operations with graphql-jit instead of graphql-js. graphql-js builds, for
 * every field of every object, its argument values, `info` and path objects, and completes each
 * list item through generic code: on grids' community answer (5,945 residents) that was 45 % of the
 * ~64 MiB it allocated and most of its garbage collection (bench/RESULTS.md). graphql-jit compiles
 * each operation once into a function that reads the same resolvers and types, so the schema, its
 * resolvers and Apollo Server's pipeline (parsing, validation, limits, plugins, error masking) stay
 * as they are: Apollo Server takes an executor only from a gateway, so this is one that serves the
 * subgraph's own schema.
 *
 * Queries are compiled by document and operation name (Apollo's `queryHash` is the document's
 * SHA-256), at most `MOST_COMPILED`, the least recently used dropped first. A request whose
 * variables do not coerce is answered by graphql-js, which executes nothing then and words the error
 * as Apollo Server expects (HTTP 400, `BAD_USER_INPUT`).
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new Map<string, CompiledQuery | null>();
  const compiledFor = (key: string, compile: () => CompiledQuery | null): CompiledQuery | null => {
    let query = compiled.get(key);
    if (query !== undefined) {
      compiled.delete(key);
    } else {
      query = compile();
      if (compiled.size >= MOST_COMPILED) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(key, query);
    return query;
  };
  const executor: Executor = async ({ request, document, queryHash, context, operation }) => {
    const operationName = request.operationName ?? undefined;
    const byGraphqlJs = () =>
      execute({ schema, document, contextValue: context, variableValues: request.variables, operationName }) as Promise<ExecutionResult> | ExecutionResult;
    // graphql-jit runs a document's next command after one failed with a non-null result, an answer
    // of data: null for a write that happened; graphql-js stops there. Commands are few and small.
    if (operation.operation !== 'query') return byGraphqlJs();
    // A document graphql-jit cannot compile is executed by graphql-js, which gives the error its own words.
    const query = compiledFor(`${queryHash}\u0000${operationName ?? ''}`, () => {
      if (!compilesSafely(document)) return null;
      const result = compileQuery(schema, document, operationName);
      return isCompiledQuery(result) ? result : null;
    });
    if (!query) return byGraphqlJs();
    const result = await query.query(undefined, context, request.variables ?? {});
    if (!('data' in result)) return byGraphqlJs();
    return result.errors ? { data: result.data, errors: withoutRepeats(result.data, result.errors).map(asGraphQLError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
