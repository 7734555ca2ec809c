import type { EntityManager } from '@mikro-orm/knex';

/** A command's answer as row references: what an idempotency record keeps to answer a retry. */
export type RecordedPayload =
  | { readonly kind: 'entity'; readonly type: string; readonly id: string }
  | { readonly kind: 'list'; readonly items: readonly RecordedPayload[] }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, RecordedPayload>> }
  | { readonly kind: 'value'; readonly value: string | number | boolean | null };

/** The entity class `value` is an instance of, when it is a managed entity with an id. */
function entityType(em: EntityManager, value: object): string | undefined {
  const type = value.constructor?.name;
  return type && typeof (value as { id?: unknown }).id === 'string' && em.getMetadata().find(type) ? type : undefined;
}

/**
 * A payload (`{ gridEvent, transition }`, an entity, a list of them) as references to its rows and
 * its plain values. A date or a function cannot be replayed faithfully and is refused: an idempotent
 * command answers with rows.
 */
export function recordPayload(em: EntityManager, value: unknown): RecordedPayload {
  if (value === null || value === undefined) return { kind: 'value', value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { kind: 'value', value };
  if (Array.isArray(value)) return { kind: 'list', items: value.map(item => recordPayload(em, item)) };
  if (typeof value === 'object' && !(value instanceof Date)) {
    const type = entityType(em, value);
    if (type) return { kind: 'entity', type, id: (value as { id: string }).id };
    // A payload object (`{ gridEvent, transition }`): its own fields, each recorded.
    return { kind: 'object', fields: Object.fromEntries(Object.entries(value).map(([field, item]) => [field, recordPayload(em, item)])) };
  }
  throw new Error(`An idempotent command's payload holds rows and plain values only, not ${String(value)}`);
}

/** The payload again, its rows read as they are now. */
export async function replayPayload(em: EntityManager, recorded: RecordedPayload): Promise<unknown> {
  switch (recorded.kind) {
    case 'value':
      return recorded.value;
    case 'entity':
      return em.findOneOrFail(recorded.type, { id: recorded.id });
    case 'list':
      return Promise.all(recorded.items.map(item => replayPayload(em, item)));
    case 'object': {
      const entries = await Promise.all(Object.entries(recorded.fields).map(async ([field, item]) => [field, await replayPayload(em, item)] as const));
      return Object.fromEntries(entries);
    }
  }
}
