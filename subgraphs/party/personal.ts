import type { RevealReason } from '../../kit/audit/reveal-reason';
import { mayRead, reveal } from '../../kit/auth/personal-data';
import type { PartyContext } from './context';
import type { PartyMember } from './member/member.entity';
import { PARTY_PERSONAL_ROLES } from './roles';

function memberRead(member: PartyMember, context: PartyContext, field: string, reason: RevealReason | undefined) {
  return { viewer: context.viewer, audit: context.audit, reason: reason ?? null, field, roles: PARTY_PERSONAL_ROLES, subject: { type: 'PartyMember', ...member } };
}

/**
 * Whether this viewer may see `field` of a party member (party membership is personal data):
 * a reason given (the field's `reveal` argument), allowed roles in scope, and the read is audited.
 * For what is shown or withheld whole.
 */
export function mayReadMember(member: PartyMember, context: PartyContext, field: string, reason: RevealReason | undefined): boolean {
  return mayRead(memberRead(member, context, field, reason));
}

/** A personal value of a party member as this viewer may see it: the value (audited) or `mask(value)`. */
export function revealMemberField(member: PartyMember, context: PartyContext, field: string, reason: RevealReason | undefined, value: string, mask: (value: string) => string): string {
  return reveal(memberRead(member, context, field, reason), value, mask);
}
