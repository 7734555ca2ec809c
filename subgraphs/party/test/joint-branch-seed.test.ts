import type { EntityManager } from '@mikro-orm/knex';
import { demoId } from '../../../kit/demo/ids';
import { generateTerritory } from '../../../kit/demo/territory';
import type { DemoTerritory } from '../../../kit/demo/types';
import { createTestDatabase, type TestDatabase } from '../../../kit/testing/test-database';
import { partyEntities } from '../entities';
import { jointBranchRuns } from '../joint-branches';
import { PartyOrganizationChange, PartyOrganizationChangeKind } from '../organization/organization-change.entity';
import { seedParty } from '../seed';

/**
 * The demo's communities up to the first whose joint branch (联建) joins three compounds: the tiny
 * territory has runs of two at most, and a lead branch that absorbs two others once seeded one
 * change id for both (demo scale failed to seed). Runs are counted over communities in order, so a
 * prefix keeps the demo's runs.
 */
function demoPrefixWithRunOfThree(): { territory: DemoTerritory; lead: string; absorbed: string[] } {
  const demo = generateTerritory('demo');
  const runs = jointBranchRuns(demo);
  const index = demo.communities.findIndex(community => runs.get(community.id)?.some(run => run.length >= 3));
  const communities = demo.communities.slice(0, index + 1);
  const ids = new Set(communities.map(community => community.id));
  const compounds = demo.compounds.filter(compound => ids.has(compound.communityId));
  const territory: DemoTerritory = {
    ...demo,
    subdistricts: demo.subdistricts.filter(subdistrict => communities.some(community => community.subdistrictId === subdistrict.id)),
    communities,
    compounds,
    buildings: demo.buildings.filter(building => ids.has(building.communityId)),
    grids: demo.grids.filter(grid => ids.has(grid.communityId)),
  };
  const run = runs.get(communities[index].id)!.find(candidate => candidate.length >= 3)!;
  return { territory, lead: demoId([run[0].id, 'party-branch']), absorbed: run.slice(1).map(compound => demoId([compound.id, 'party-branch'])) };
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('party', partyEntities);
});
afterAll(() => database.close());

test('a branch that absorbed two compounds\' branches (联建) records one ABSORBED change for each of them', async () => {
  const { territory, lead, absorbed } = demoPrefixWithRunOfThree();
  await database.orm.em.fork().transactional(em => seedParty(em as EntityManager, territory));
  const em = database.orm.em.fork();
  const changes = await em.find(PartyOrganizationChange, { kind: PartyOrganizationChangeKind.ABSORBED }, { populate: [] });
  const leadChanges = changes.filter(change => change.organizationId === lead);
  expect(leadChanges.map(change => change.otherOrganizationId).sort()).toEqual([...absorbed].sort());
  expect(absorbed).toHaveLength(2);
}, 120_000);
