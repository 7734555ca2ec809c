import { revealPersonal } from '../../kit/auth/personal-data';
import type { PartyContext } from './context';
import type { PartyMember } from './member/member.entity';
import { PARTY_PERSONAL_ROLES } from './roles';

const HIDDEN = '\u0000hidden';

/**
 * A personal value of a party member as this viewer may see it (kit's `revealPersonal`: allowed
 * roles in scope see it and the read is audited; everyone else gets `mask(value)`).
 */
export function revealMemberField<T extends string>(member: PartyMember, context: PartyContext, field: string, value: T, mask: (value: string) => string): string {
  return revealPersonal(
    { viewer: context.viewer, log: context.log, field, roles: PARTY_PERSONAL_ROLES, subject: { type: 'PartyMember', ...member } },
    value,
    mask,
  );
}

/** A value that is hidden entirely (an id, a tag list) unless the viewer may see it: `null` when masked. */
export function revealOrNull(member: PartyMember, context: PartyContext, field: string, value: string): string | null {
  const shown = revealMemberField(member, context, field, value, () => HIDDEN);
  return shown === HIDDEN ? null : shown;
}
