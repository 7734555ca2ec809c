import { ConflictError } from '../../../kit/errors';
import type { Agreement } from '../agreement/agreement.entity';
import type { MediationContext } from '../context';
import type { MediationCase } from './mediation-case.entity';

/** The case's agreement, or CONFLICT: a case closed without agreement has nothing to fulfil or follow up. */
export async function requireAgreement(context: MediationContext, kase: MediationCase): Promise<Agreement> {
  const agreement = await context.loaders.agreementByCaseId.load(kase.id);
  if (!agreement) throw new ConflictError('This mediation case has no agreement');
  return agreement;
}
