import { ConflictError } from '../../../kit/errors';
import { PartyOrganizationStatus, type PartyOrganization } from './organization.entity';

/** Commands act on standing organisations only: a merged or dissolved one is kept for its history, not changed. */
export function requireStanding(organization: PartyOrganization, field: string): void {
  if (organization.status === PartyOrganizationStatus.ACTIVE) return;
  const what = organization.status === PartyOrganizationStatus.MERGED ? 'was merged into another organisation' : 'was dissolved';
  throw new ConflictError(`${field} ${what}; it no longer stands`, field);
}
