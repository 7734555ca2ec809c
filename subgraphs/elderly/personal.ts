import { revealPersonal } from '../../kit/auth/personal-data';
import type { Place } from '../../kit/auth/viewer';
import type { ElderlyContext } from './context';
import { ELDER_CARERS } from './roles';

const SHOWN = 'shown';
const HIDDEN = 'hidden';

/**
 * A personal value of an elder (health, care needs, living situation, visits) as this viewer may
 * see it: kit's `revealPersonal` shows it to the roles that serve the elder, in scope, and audits
 * the read; everyone else gets `null`.
 */
export function revealOrNull<T>(subject: { id: string } & Place, type: string, context: ElderlyContext, field: string, value: T): T | null {
  const shown = revealPersonal(
    { viewer: context.viewer, log: context.log, field, roles: ELDER_CARERS, subject: { type, ...subject } },
    SHOWN,
    () => HIDDEN,
  );
  return shown === SHOWN ? value : null;
}
