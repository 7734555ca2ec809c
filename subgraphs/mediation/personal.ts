import type { RevealReason } from '../../kit/audit/reveal-reason';
import { reveal } from '../../kit/auth/personal-data';
import { Role } from '../../kit/auth/role';
import { canActAt } from '../../kit/auth/viewer';
import type { MediationContext } from './context';
import type { MediationCase } from './mediation-case/mediation-case.entity';
import { CASE_READERS, MEDIATION_SUPERVISORS } from './roles';

/** True when the viewer is a mediator assigned to the case (by the account on their mediator record). */
export async function isCaseMediator({ viewer, loaders }: MediationContext, kase: MediationCase): Promise<boolean> {
  if (!viewer?.roles.includes(Role.MEDIATOR)) return false;
  return (await loaders.mediatorAccountsByCaseId.load(kase.id)).includes(viewer.id);
}

/** Everyone who may see a case row at all: readers in scope and its own mediators. */
export async function maySeeCase(context: MediationContext, kase: MediationCase): Promise<boolean> {
  return canActAt(context.viewer, CASE_READERS, kase) || (await isCaseMediator(context, kase));
}

/**
 * A dispute detail (description, parties, what was discussed, terms) as this viewer may see it:
 * unmasked only for the case's own mediators and the supervisors above them in scope, when they give
 * a reason (the field's `reveal` argument), and then audited through kit's `reveal`; everyone else
 * gets `mask(value)`.
 */
export async function revealCaseDetail(
  context: MediationContext, kase: MediationCase, field: string, reason: RevealReason | undefined, value: string, mask: (value: string) => string,
): Promise<string> {
  const granted = await isCaseMediator(context, kase);
  return reveal({ viewer: context.viewer, audit: context.audit, reason: reason ?? null, field, roles: MEDIATION_SUPERVISORS, granted, subject: { type: 'MediationCase', ...kase } }, value, mask);
}

const HIDDEN = '\u0000hidden';

/** A detail hidden entirely (a resident id, a party's affiliation) unless the viewer may see it: `null` when masked. */
export async function revealCaseDetailOrNull(context: MediationContext, kase: MediationCase, field: string, reason: RevealReason | undefined, value: string | null): Promise<string | null> {
  if (value === null) return null;
  const shown = await revealCaseDetail(context, kase, field, reason, value, () => HIDDEN);
  return shown === HIDDEN ? null : shown;
}

/** What a masked free text reads as: its length is no one's business either. */
export const maskText = (): string => '***';
