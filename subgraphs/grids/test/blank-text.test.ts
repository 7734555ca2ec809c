import { makeNationalId } from '../../../kit/personal/national-id';
import { errorCodes } from '../../../kit/testing/execute';
import { cityAdmin } from '../../../kit/testing/viewers';
import { GridEvent } from '../grid-event/grid-event.entity';
import { Resident } from '../resident/resident.entity';
import { createGridsFixture, type GridsFixture } from './grids-fixture';

/** Names, descriptions and reasons made only of spaces, or holding line separators, are refused and nothing is written. */
let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

const REGISTER_RESIDENT = 'mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { resident { id } } }';
const REPORT = 'mutation ($input: ReportGridEventInput!) { reportGridEvent(input: $input) { gridEvent { id } } }';

async function rows() {
  const em = fixture.em();
  return { residents: await em.count(Resident), events: await em.count(GridEvent) };
}

test.each([
  ['a name of spaces', '   ', 'must not be blank'],
  ['a name of ideographic spaces', '\u3000\u3000', 'must not be blank'],
  ['a name with a line separator', '张\u2028明', 'line-separator'],
  ['a name with a paragraph separator', '张\u2029明', 'line-separator'],
])('registerResident refuses %s', async (_case, name, rule) => {
  const household = fixture.territory.households(fixture.territory.buildings[0]).next().value!;
  const before = await rows();
  const result = await fixture.run(cityAdmin, REGISTER_RESIDENT, { input: { householdId: household.id, name, nationalId: makeNationalId('140213', '1990-01-01', 901, false) } });
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions).toMatchObject({ field: 'input.name', rule: 'isPlainText' });
  expect(result.errors![0].message).toContain(rule);
  expect(await rows()).toEqual(before);
});

test('reportGridEvent refuses a description of spaces', async () => {
  const grid = fixture.territory.grids.find((candidate) => candidate.buildingIds.length > 0)!;
  const before = await rows();
  const result = await fixture.run(cityAdmin, REPORT, {
    input: { categoryCode: 'SANITATION', description: ' '.repeat(12), gridId: grid.id, source: 'PATROL', priority: 'NORMAL' },
  });
  expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors![0].extensions).toMatchObject({ field: 'input.description', rule: 'isPlainText' });
  expect(await rows()).toEqual(before);
});
