import type { DemoCompound, DemoTerritory } from '../../kit/demo/types';

/** Datong's 1,119 compound party branches cover all its 1,724 compounds: about 0.65 branches a compound, the rest joint (联建). */
export const BRANCHES_PER_COMPOUND = 1_119 / 1_724;

/**
 * The demo's compound branches, community by community: each a run of neighbouring compounds (in
 * territory order) led by its first, one branch for the whole run. Branches are owed as compounds
 * accrue over the district — round(compounds so far × 1,119 / 1,724) — so the share holds at every
 * scale; a community gets at least one branch and at most one per compound. Pure: tests count it.
 */
export function jointBranchRuns(territory: DemoTerritory): Map<string, DemoCompound[][]> {
  const runs = new Map<string, DemoCompound[][]>();
  let compoundsSoFar = 0;
  let branchesSoFar = 0;
  for (const community of territory.communities) {
    const compounds = territory.compounds.filter(compound => compound.communityId === community.id);
    if (compounds.length === 0) continue;
    compoundsSoFar += compounds.length;
    const owed = Math.round(compoundsSoFar * BRANCHES_PER_COMPOUND) - branchesSoFar;
    const branches = Math.min(compounds.length, Math.max(1, owed));
    branchesSoFar += branches;
    runs.set(
      community.id,
      Array.from({ length: branches }, (_, index) =>
        compounds.slice(Math.floor((index * compounds.length) / branches), Math.floor(((index + 1) * compounds.length) / branches)),
      ),
    );
  }
  return runs;
}
