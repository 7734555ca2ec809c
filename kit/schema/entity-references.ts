import type DataLoader from 'dataloader';
import { readable, type EntityAccess } from '../auth/entity-access';
import type { BaseContext } from '../context';

const GUARDED: unique symbol = Symbol('guarded reference');

/**
 * A `__resolveReference` made by kit, with its access rule built in. Only this module can make one
 * (the brand is a private symbol), and `buildFederatedSchema` accepts nothing else: a subgraph
 * cannot hand the gateway an entity without saying who may read it.
 */
export interface GuardedReference {
  readonly __resolveReference: (reference: { id: string }, context: BaseContext) => unknown;
  /** The rule an owned entity is resolved under (for the access policy's table); none for a contributed one. */
  readonly access?: EntityAccess<never>;
  readonly [GUARDED]: true;
}

/** `__resolveReference` per entity type name. */
export type ReferenceResolvers = Readonly<Record<string, GuardedReference>>;

export function isGuardedReference(value: unknown): value is GuardedReference {
  return typeof value === 'object' && value !== null && (value as Partial<GuardedReference>)[GUARDED] === true;
}

/**
 * An entity this subgraph owns: loaded through the request's by-id loader (N references, one
 * statement) and answered only when `access` lets the viewer read it — the same rule as the type's
 * single-item query. Unknown, malformed and out-of-scope ids all resolve to `null`.
 */
export function ownedReference<TContext extends BaseContext, T>(
  load: (context: TContext) => DataLoader<string, T | null>,
  access: EntityAccess<T>,
): GuardedReference {
  return {
    [GUARDED]: true,
    access: access as EntityAccess<never>,
    __resolveReference: async (reference, context) => readable(context.viewer, access, await load(context as TContext).load(reference.id)),
  };
}

/**
 * Another subgraph's entity this one only contributes fields to: the representation is all it
 * needs, so resolving costs no statement. Each contributed field checks access itself.
 */
export function contributedReference(): GuardedReference {
  return { [GUARDED]: true, __resolveReference: (reference) => ({ id: reference.id }) };
}
