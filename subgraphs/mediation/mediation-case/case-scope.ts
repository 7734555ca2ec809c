import type { FilterQuery } from '@mikro-orm/core';
import { CITY_WIDE_ROLES } from '../../../kit/auth/role';
import type { Viewer } from '../../../kit/auth/viewer';
import type { MediationCase } from './mediation-case.entity';
import type { MediationCaseWhere } from './mediation-case.input';

/** Only the cases in the viewer's territory: every row carries its grid, community and subdistrict. */
export function caseScope(viewer: Viewer | null): FilterQuery<MediationCase> {
  if (viewer?.roles.some((role) => CITY_WIDE_ROLES.includes(role))) return {};
  const scope = [...(viewer?.scope ?? [])];
  return { $or: [{ gridId: { $in: scope } }, { communityId: { $in: scope } }, { subdistrictId: { $in: scope } }] };
}

/** The typed filter as MikroORM conditions. */
export function caseFilter(where: MediationCaseWhere = {}): FilterQuery<MediationCase> {
  return {
    ...(where.statuses?.length ? { status: { $in: where.statuses } } : {}),
    ...(where.level ? { level: where.level } : {}),
    ...(where.category ? { category: where.category } : {}),
  };
}
