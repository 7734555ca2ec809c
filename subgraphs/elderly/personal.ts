import { mayRead } from '../../kit/auth/personal-data';
import type { Place } from '../../kit/auth/viewer';
import type { ElderlyContext } from './context';
import { ELDER_CARERS } from './roles';

/**
 * A personal value of an elder (health, care needs, living situation, visits) as this viewer may
 * see it: kit's `mayRead` grants it to the roles that serve the elder, in scope, and audits the
 * read; everyone else gets `null`.
 */
export function revealOrNull<T>(subject: { id: string } & Place, type: string, context: ElderlyContext, field: string, value: T): T | null {
  return mayRead({ viewer: context.viewer, log: context.log, field, roles: ELDER_CARERS, subject: { type, ...subject } }) ? value : null;
}
