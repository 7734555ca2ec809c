import type { EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import { getMetadataStorage, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { BaseContext } from '../context';
import { callerFaultCode } from '../errors';
import { appendAuditEntries } from './audit-chain';
import type { AuditSubject } from './request-audit';

/**
 * The row a mutation's payload carries (`{ resident }`, `{ gridEvent }`, or the entity itself): the
 * first managed entity with an id, named by its class. Null when the payload holds none.
 */
function subjectOf(em: EntityManager, payload: unknown): AuditSubject | null {
  if (!payload || typeof payload !== 'object') return null;
  const values = [payload, ...Object.values(payload)].flatMap(value => (Array.isArray(value) ? value : [value]));
  for (const value of values) {
    if (!value || typeof value !== 'object') continue;
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string' && em.getMetadata().find(value.constructor.name)) return { type: value.constructor.name, id };
  }
  return null;
}

/** The code a failed mutation ended with, as its caller sees it. */
function outcomeOf(error: unknown): string {
  return (error instanceof GraphQLError && callerFaultCode(error.extensions.code)) || 'INTERNAL';
}

/**
 * Runs every mutation field in one transaction of the request's entity manager with its audit entry
 * (a type-graphql middleware on every mutation, `auditEveryMutation`): the command's own
 * `em.transactional` becomes a savepoint inside it, and the entry is appended last, so the change
 * and its entry commit together, and a failed append rolls the change back (fail closed).
 * A mutation that failed leaves no change but still leaves its entry, with its error code, written
 * on its own after the rollback.
 */
export const auditMutations: MiddlewareFn<BaseContext> = async ({ context, info }, next) => {
  const { em, audit } = context;
  await em.begin();
  try {
    const result: unknown = await next();
    await appendAuditEntries(em, [audit.mutation(info.fieldName, subjectOf(em, result), 'OK')]);
    await em.commit();
    return result;
  } catch (error) {
    if (em.isInTransaction()) await em.rollback();
    // What the failed command changed in memory must not reach a later flush of this request.
    em.clear();
    await recordFailure(context, info.fieldName, error);
    throw error;
  }
};

/** The entry of a mutation that failed; when even that cannot be written, the log says so and the caller still gets the command's error. */
async function recordFailure({ em, audit, log }: BaseContext, name: string, error: unknown): Promise<void> {
  try {
    await em.fork({ clear: true }).transactional(tx => appendAuditEntries(tx as EntityManager, [audit.mutation(name, null, outcomeOf(error))]));
  } catch (auditError) {
    log.error({ err: auditError, mutation: name }, 'audit entry of a failed mutation could not be written');
  }
}

/** Mutations already given `auditMutations`: schemas are built more than once in a process (tests), the middleware goes on once. */
const audited = new WeakMap<object, Set<string>>();

/**
 * Puts `auditMutations` on every mutation type-graphql knows, after its `@Authorized` check as a
 * global middleware would be. Only there: a global middleware would make every field of every
 * query async (type-graphql runs its middleware chain for each field, scalars too), which cost more
 * than any resolver in a list of households and residents.
 */
export function auditEveryMutation(): void {
  for (const { target, methodName } of getMetadataStorage().mutations) {
    const methods = audited.get(target) ?? new Set<string>();
    audited.set(target, methods);
    if (methods.has(methodName)) continue;
    methods.add(methodName);
    UseMiddleware(auditMutations)(target.prototype as object, methodName);
  }
}
