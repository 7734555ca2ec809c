import { errorCodes } from '../../../kit/testing/execute';
import { cityAdmin } from '../../../kit/testing/viewers';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

/**
 * A request its caller abandoned (or that ran over its budget) starts no further statement: every
 * resolver that may load checks the request's signal first (kit/limits/request-budget.ts).
 */
const BUILDING = /* GraphQL */ `
  query ($id: ID!) {
    building(id: $id) {
      id
      compound {
        name
      }
      households(first: 100) {
        totalCount
        edges {
          node {
            id
            residents(first: 10) {
              totalCount
              edges {
                node {
                  id
                  gender
                }
              }
            }
          }
        }
      }
    }
  }
`;

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

test('abandoned before it starts: no statement, a masked INTERNAL', async () => {
  const building = fixture.territory.buildings[0];
  const { result, statements } = await fixture.queryLog.measure(() => fixture.run(cityAdmin, BUILDING, { id: building.id }, { signal: AbortSignal.abort() }));
  expect(statements).toBe(0);
  expect(result.data?.building ?? null).toBeNull();
  expect(errorCodes(result)).toEqual(['INTERNAL']);
});

test('abandoned once the building is read: its compound and households are not loaded', async () => {
  const building = fixture.territory.buildings[0];
  const caller = new AbortController();
  // The caller hangs up as the first statement (the building itself) runs.
  const record = fixture.queryLog.record.bind(fixture.queryLog);
  fixture.queryLog.record = message => {
    record(message);
    caller.abort();
  };
  try {
    const { result, statements } = await fixture.queryLog.measure(() => fixture.run(cityAdmin, BUILDING, { id: building.id }, { signal: caller.signal }));
    expect(statements).toBe(1);
    // compound is non-null: its refusal nulls the building. households is refused as well, before it loads anything.
    expect(result.data?.building).toBeNull();
    expect(errorCodes(result)).toEqual(['INTERNAL', 'INTERNAL']);
    expect(result.errors!.map(({ path }) => path)).toEqual([['building', 'compound'], ['building', 'households']]);
  } finally {
    fixture.queryLog.record = record;
  }
});

test('not abandoned: the same query loads compound, households and residents', async () => {
  const building = fixture.territory.buildings[0];
  const households = [...fixture.territory.households(building)];
  const result = await fixture.run(cityAdmin, BUILDING, { id: building.id }, { signal: new AbortController().signal });
  expect(result.errors).toBeUndefined();
  expect(result.data.building.households.totalCount).toBe(households.length);
});
