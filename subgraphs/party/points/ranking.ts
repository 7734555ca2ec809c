import type { PartyContext } from '../context';
import type { PartyMember } from '../member/member.entity';
import type { PartyOrganization } from '../organization/organization.entity';
import { columnOf, tableOf } from '../../../kit/orm/column-name';
import { groupedTotals } from '../../../kit/stats/grouped-totals';
import { PointsEntry, PointsStatus } from './points-entry.entity';

/** Every organisation at or below `root`, walking the tree one level per batched load. */
async function subtree({ loaders }: PartyContext, root: PartyOrganization): Promise<PartyOrganization[]> {
  const all = [root];
  let level = [root];
  while (level.length) {
    level = (await loaders.organizationsByParentId.loadMany(level.map((organization) => organization.id))).flatMap((children) =>
      Array.isArray(children) ? children : [],
    );
    all.push(...level);
  }
  return all;
}

/**
 * The quarter's approved points of every member of `root` and the organisations below it, ranked
 * (equal totals share a rank, members without points rank last with 0).
 */
export async function quarterRanking(context: PartyContext, root: PartyOrganization, year: number, quarter: number) {
  const organizations = await subtree(context, root);
  const members = (await context.loaders.membersByOrganizationId.loadMany(organizations.map((organization) => organization.id))).flatMap(
    (group) => (Array.isArray(group) ? (group as PartyMember[]) : []),
  );
  if (members.length === 0) return [];
  const { em } = context;
  const member = columnOf(em, PointsEntry, 'memberId');
  const rows = await groupedTotals(em, tableOf(em, PointsEntry), [member], `sum(${columnOf(em, PointsEntry, 'points')})`, (query) => {
    query.whereIn(member, members.map(({ id }) => id)).where({
      [columnOf(em, PointsEntry, 'year')]: year,
      [columnOf(em, PointsEntry, 'quarter')]: quarter,
      [columnOf(em, PointsEntry, 'status')]: PointsStatus.APPROVED,
    });
  });
  const totals = new Map(rows.map((row) => [row.keys[0], row.total]));
  const sorted = members
    .map((member) => ({ member, total: totals.get(member.id) ?? 0 }))
    .sort((a, b) => b.total - a.total || a.member.id.localeCompare(b.member.id));
  return sorted.map((standing) => ({
    ...standing,
    rank: sorted.findIndex((other) => other.total === standing.total) + 1,
  }));
}
