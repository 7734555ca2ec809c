import type { PartyContext } from '../context';
import { PartyOrganizationStatus, type PartyOrganization, type PartyOrganizationLevel } from './organization.entity';

/**
 * The organisation covering a place at one of these levels: the one attached to it, or, when that
 * one was merged (联建), the organisation it merged into. Dissolved ones let go of their place.
 */
export async function organizationAt(
  loaders: PartyContext['loaders'],
  placeId: string,
  levels: readonly PartyOrganizationLevel[],
): Promise<PartyOrganization | null> {
  const attached = (await loaders.organizationsByAttachedId.load(placeId)).find(organization => levels.includes(organization.level));
  if (!attached) return null;
  return attached.status === PartyOrganizationStatus.MERGED ? loaders.organizationById.load(attached.mergedIntoId!) : attached;
}
