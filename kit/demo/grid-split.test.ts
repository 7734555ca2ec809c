import { splitIntoGrids } from './grid-split';

const sizes = (households: number[], groups: number[][]) => groups.map(group => group.reduce((sum, i) => sum + households[i], 0));

describe('splitIntoGrids', () => {
  it('keeps a small compound in one grid', () => {
    expect(splitIntoGrids([24, 36, 12])).toEqual([[0, 1, 2]]);
  });

  it('splits a big compound evenly, in building order, under the maximum', () => {
    const households = [150, 150, 150, 150, 150, 150];
    const groups = splitIntoGrids(households);
    expect(groups).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(sizes(households, groups)).toEqual([300, 300, 300]);
  });

  it('adds a grid when whole buildings cannot fit the fewest', () => {
    const households = [262, 262, 262, 262, 40];
    const groups = splitIntoGrids(households);
    expect(groups).toEqual([[0], [1], [2], [3, 4]]);
  });

  it('never splits a building, even one above the maximum', () => {
    expect(splitIntoGrids([500, 10])).toEqual([[0], [1]]);
    expect(splitIntoGrids([500])).toEqual([[0]]);
  });

  it('returns no groups for no buildings', () => {
    expect(splitIntoGrids([])).toEqual([]);
  });
});
