import { generateTerritory } from '../../kit/demo/territory';
import { jointBranchRuns } from './joint-branches';

/** Datong: 1,119 compound branches for 1,724 compounds, every compound covered (DEMO-DATA.md). */
describe.each(['tiny', 'demo', 'city'] as const)('jointBranchRuns(%s)', scale => {
  const territory = generateTerritory(scale);
  const runs = jointBranchRuns(territory);

  it('covers every compound once, each run inside one community', () => {
    const covered = [...runs.values()].flat(2).map(compound => compound.id);
    expect(covered.sort()).toEqual(territory.compounds.map(compound => compound.id).sort());
    for (const [communityId, branches] of runs) expect(branches.flat().every(compound => compound.communityId === communityId)).toBe(true);
  });

  it('has branches within one of 1,119 / 1,724 of the compounds, some of them joint', () => {
    const branches = [...runs.values()].flat();
    expect(Math.abs(branches.length - (territory.compounds.length * 1_119) / 1_724)).toBeLessThanOrEqual(1);
    expect(branches.some(run => run.length > 1)).toBe(true);
  });
});
