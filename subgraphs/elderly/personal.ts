import type { RevealReason } from '../../kit/audit/reveal-reason';
import { mayRead } from '../../kit/auth/personal-data';
import type { Place } from '../../kit/auth/viewer';
import type { ElderlyContext } from './context';
import { ELDER_CARERS } from './roles';

/**
 * A personal value of an elder (health, care needs, living situation, visits) as this viewer may
 * see it: kit's `mayRead` grants it to the roles that serve the elder, in scope, when they give a
 * reason (the field's `reveal` argument), and audits the read; everyone else gets `null`.
 */
export function revealOrNull<T>(subject: { id: string } & Place, type: string, context: ElderlyContext, field: string, reason: RevealReason | undefined, value: T): T | null {
  return mayRead({ viewer: context.viewer, audit: context.audit, reason: reason ?? null, field, roles: ELDER_CARERS, subject: { type, ...subject } }) ? value : null;
}
