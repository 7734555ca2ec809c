import type { ApolloServer } from '@apollo/server';
import { Kind, parse, type OperationDefinitionNode, type TypeNode } from 'graphql';
import pino, { type Logger } from 'pino';
import type { GatewayContext } from './data-source';
import { exampleOperations } from './ide/example-operations';
import { reportDefinitions } from './reports/report-definitions';

/**
 * Query plans of the operations clients are known to send, made at start instead of on each
 * one's first request. Apollo's gateway keys a plan by the exact query text (its sha256) and the
 * operation name when one is sent, so each document is planned twice: with its name (the IDE,
 * generated clients) and without (`/reports/`, curl).
 */

/** Apollo's own default: thousands of distinct operations (the example operations' plans are 1–3 KiB each). */
export const DEFAULT_QUERY_PLAN_CACHE_MIB = 30;

/** `GATEWAY_QUERY_PLAN_CACHE_MIB`: a positive whole number of MiB, or the default. */
export function queryPlanCacheMiBFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GATEWAY_QUERY_PLAN_CACHE_MIB;
  if (raw === undefined || raw === '') return DEFAULT_QUERY_PLAN_CACHE_MIB;
  const mib = Number(raw);
  if (!Number.isInteger(mib) || mib <= 0) throw new Error(`GATEWAY_QUERY_PLAN_CACHE_MIB must be a positive whole number, got "${raw}"`);
  return mib;
}

/** The example operations (`docs/operations/`) and the registered reports (`schema/reports/`). */
export function operationsToWarm(root?: string): string[] {
  return [...exampleOperations(root).map(operation => operation.document), ...[...reportDefinitions(root).values()].map(report => report.document)];
}

/**
 * Marks a warm-up request's context. A property, not the object's identity: Apollo Server hands the
 * gateway a shallow copy of the context, which keeps the property and so the shared record.
 */
const WARM_UP = Symbol('plan warm-up');

interface WarmUpRecord {
  planned: boolean;
}

/** Ends a warm-up request once it is planned: nothing is sent to a subgraph. */
class PlannedOnly extends Error {}

/** For ApolloGateway's `experimental_didResolveQueryPlan`: runs after the plan is cached, before any fetch. */
export function stopWarmUpAfterPlanning({ requestContext }: { requestContext: { context: object } }): void {
  const record = (requestContext.context as { [WARM_UP]?: WarmUpRecord })[WARM_UP];
  if (!record) return;
  record.planned = true;
  throw new PlannedOnly('planned only');
}

/** A value of a scalar type that passes variable validation; `undefined` for types it does not know. */
function placeholderOf(type: TypeNode): unknown {
  if (type.kind === Kind.NON_NULL_TYPE) return placeholderOf(type.type);
  if (type.kind === Kind.LIST_TYPE) return [];
  const name = type.name.value;
  if (name === 'Int' || name === 'Float') return 1;
  if (name === 'Boolean') return false;
  if (name === 'String' || name === 'ID') return 'warm-up';
  if (name.startsWith('DateTime')) return new Date().toISOString();
  return undefined;
}

/**
 * Plans each document's operation through the gateway's own request pipeline (parse, validate,
 * plan: the same cache keys as a client's request), with placeholders for its required variables.
 * Returns how many were planned; one that could not be is logged and left to plan on first use.
 */
export async function warmQueryPlans(apollo: ApolloServer<GatewayContext>, documents: readonly string[], log: Logger): Promise<number> {
  const silent = pino({ level: 'silent' });
  let count = 0;
  for (const query of documents) {
    const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const variables: Record<string, unknown> = {};
    for (const definition of operation?.variableDefinitions ?? []) {
      if (definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue) variables[definition.variable.name.value] = placeholderOf(definition.type);
    }
    for (const operationName of [operation?.name?.value, undefined]) {
      const record: WarmUpRecord = { planned: false };
      const contextValue: GatewayContext = Object.assign({ viewer: null, requestId: 'plan-warm-up', log: silent }, { [WARM_UP]: record });
      const result = await apollo.executeOperation({ query, operationName, variables }, { contextValue });
      if (record.planned) count += 1;
      else {
        const errors = result.body.kind === 'single' ? result.body.singleResult.errors : undefined;
        log.warn({ operation: operation?.name?.value, errors }, 'query plan not warmed: planned on its first request instead');
      }
    }
  }
  return count;
}
