import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { length, matches } from 'class-validator';
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { Role } from '../auth/role';
import { hasAnyRole } from '../auth/viewer';
import type { BaseContext } from '../context';
import { BadUserInputError } from '../errors';
import { IdempotencyRecord } from './idempotency-record.entity';
import { KEY_LENGTH, KEY_PATTERN } from './idempotency-key';
import { recordPayload, replayPayload, type RecordedPayload } from './recorded-payload';

const KEY_FIELD = 'input.idempotencyKey';

/** The key was used before for another command or another input: nothing was done (CONFLICT). */
export class IdempotencyKeyReusedError extends GraphQLError {
  constructor(operation: string) {
    super(`This idempotency key was already used by you for ${operation} with another input; use a new key for a new command`, {
      extensions: { code: 'CONFLICT', field: KEY_FIELD, rule: 'idempotencyKeyReused' },
    });
  }
}

/** JSON with keys sorted and nulls left out at every level: the same input, however it was written. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== null && item !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

/** SHA-256 of a command's input without its key: what "the same request" means for a key. */
export function inputHash(input: Record<string, unknown>): string {
  const { idempotencyKey: _key, ...content } = input;
  return createHash('sha256')
    .update(JSON.stringify(canonical(content)))
    .digest('hex');
}

/**
 * The answer of an earlier call with this key, or the refusal when it was for something else. Its
 * rows are read in a fork the mutation's commit does not flush: a replay writes nothing at all.
 */
async function replay(em: EntityManager, record: IdempotencyRecord, operation: string, contentHash: string): Promise<unknown> {
  if (record.operation !== operation || record.contentHash !== contentHash) throw new IdempotencyKeyReusedError(record.operation);
  return replayPayload(em.fork({ clear: true, keepTransactionContext: true }) as EntityManager, JSON.parse(record.result!) as RecordedPayload);
}

/**
 * The kit's idempotency (幂等): a command's `input.idempotencyKey`, per caller, answers a retry as
 * the first call was answered, and acts once. The key is claimed first, in the mutation's own
 * transaction (kit/audit runs every mutation in one): a concurrent retry's claim waits on the unique
 * key until the first commits, then replays its answer (PostgreSQL); embedded libSQL runs one
 * mutation at a time, so a retry there finds the record at once. A command that fails rolls its claim
 * back with everything else: the key is free again, and a retry runs the command anew.
 */
export const idempotencyMiddleware: MiddlewareFn<BaseContext> = async ({ args, context, info }, next) => {
  const input = args.input as Record<string, unknown> | undefined;
  const key = input?.idempotencyKey;
  if (key === undefined || key === null) {
    if (hasAnyRole(context.viewer, [Role.PARTNER_AGENCY])) {
      throw new BadUserInputError(
        KEY_FIELD,
        'requiredForPartnerAgencies',
        `${KEY_FIELD} is required: partner agencies send an idempotency key with every command`,
      );
    }
    return next();
  }
  if (typeof key !== 'string' || !length(key, KEY_LENGTH.min, KEY_LENGTH.max)) throw new BadUserInputError(KEY_FIELD, 'isLength');
  if (!matches(key, KEY_PATTERN)) throw new BadUserInputError(KEY_FIELD, 'matches');

  const { em, viewer } = context;
  const operation = info.fieldName;
  const callerId = viewer!.id;
  const contentHash = inputHash(input!);
  const earlier = await em.findOne(IdempotencyRecord, { callerId, idempotencyKey: key });
  if (earlier) return replay(em, earlier, operation, contentHash);

  const record = Object.assign(new IdempotencyRecord(), { id: uuidv4(), callerId, idempotencyKey: key, operation, contentHash, receivedAt: new Date() });
  try {
    await em.transactional(async tx => {
      tx.persist(record);
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    // A concurrent retry claimed the key and committed. Read it through the mutation's own
    // transaction: the savepoint rolled back, and a new statement sees the winner's committed row.
    const fresh = em.fork({ clear: true, keepTransactionContext: true }) as EntityManager;
    return replay(em, await fresh.findOneOrFail(IdempotencyRecord, { callerId, idempotencyKey: key }), operation, contentHash);
  }
  const payload: unknown = await next();
  await em.nativeUpdate(IdempotencyRecord, { id: record.id }, { result: JSON.stringify(recordPayload(em, payload)) });
  return payload;
};

/**
 * Marks a command idempotent: its input has an `@IdempotencyKeyField()`, and a retry with the same
 * key answers as the first call (docs/partners.md). Every mutation a partner agency may call has it.
 */
export function Idempotent(): MethodDecorator & PropertyDecorator {
  return UseMiddleware(idempotencyMiddleware);
}
