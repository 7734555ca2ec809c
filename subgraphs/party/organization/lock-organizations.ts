import type { EntityManager } from '@mikro-orm/knex';
import { ConflictError } from '../../../kit/errors';
import { findLocked } from '../../../kit/orm/row-lock';
import { PartyOrganization, PartyOrganizationStatus } from './organization.entity';

/**
 * Inside a command's transaction: locks the organisations it writes under or into (`findLocked`,
 * in primary-key order, so two commands over the same pair queue rather than deadlock) and reads them
 * again. The command checked them before its transaction; one merged or dissolved meanwhile is
 * CONFLICT naming its field, so nothing lands in an organisation that no longer stands.
 * `ids` maps each input field to the organisation it names; the rows come back in that order.
 * `alsoLocked` are locked in the same statement but need not stand (the organisation a member is
 * leaving: the command checks the member is still there instead).
 */
export async function lockOrganizations(
  tx: EntityManager,
  ids: Readonly<Record<string, string>>,
  alsoLocked: readonly string[] = [],
): Promise<PartyOrganization[]> {
  const named = Object.entries(ids);
  const locked = await findLocked(tx, PartyOrganization, { id: { $in: [...new Set([...named.map(([, id]) => id), ...alsoLocked])] } });
  return named.map(([field, id]) => {
    const now = locked.find(row => row.id === id);
    if (now?.status !== PartyOrganizationStatus.ACTIVE) throw new ConflictError(`${field} was merged or dissolved meanwhile; reload and try again`, field);
    return now;
  });
}
