import { raceOverHttp, tallyOutcomes } from '../../../../kit/testing/race';
import { cityAdmin } from '../../../../kit/testing/viewers';
import { Resident } from '../../resident/resident.entity';
import { gridsSubgraph } from '../../server';
import { createGridsFixture, type GridsFixture } from '../../test/grids-fixture';
import { BuildingStewardAppointment, BuildingStewardRole } from '../building-steward-appointment.entity';
import { Building } from '../building.entity';

let fixture: GridsFixture;
beforeAll(async () => {
  fixture = await createGridsFixture();
});
afterAll(() => fixture.close());

test('twenty appointments to one post at once: each success replaces exactly the holder before it, the rest are CONFLICT', async () => {
  const em = fixture.em();
  const building = await em.findOneOrFail(Building, { stewardId: { $ne: null } }, { orderBy: { code: 'asc' } });
  const residents = (await em.find(Resident, { buildingId: building.id }, { orderBy: { id: 'asc' } })).filter(resident => resident.id !== building.stewardId);
  expect(residents.length).toBeGreaterThanOrEqual(2);
  const before = await em.count(BuildingStewardAppointment, { buildingId: building.id, role: BuildingStewardRole.STEWARD });

  const results = await raceOverHttp(
    gridsSubgraph,
    fixture.orm,
    cityAdmin,
    Array.from({ length: 20 }, (_value, index) => ({
      query: 'mutation ($input: AppointBuildingStewardInput!) { appointBuildingSteward(input: $input) { appointment { role } } }',
      variables: { input: { buildingId: building.id, residentId: residents[index % residents.length].id, role: 'STEWARD' } },
    })),
  );
  const tally = tallyOutcomes(results);
  expect(tally.ok).toBeGreaterThanOrEqual(1);
  expect(Object.keys(tally).filter(key => !['ok', 'CONFLICT input.buildingId', 'CONFLICT input.residentId'].includes(key))).toEqual([]);

  // The history is one unbroken chain from the seeded steward to the one holding the post now.
  const added = await fixture
    .em()
    .find(BuildingStewardAppointment, { buildingId: building.id, role: BuildingStewardRole.STEWARD, appointedBy: { $ne: 'seed' } });
  expect(added).toHaveLength(tally.ok);
  expect(before + added.length).toBe(await fixture.em().count(BuildingStewardAppointment, { buildingId: building.id, role: BuildingStewardRole.STEWARD }));
  let holder = building.stewardId;
  for (let step = 0; step < added.length; step++) {
    const next = added.filter(appointment => appointment.previousResidentId === holder);
    expect(next).toHaveLength(1);
    holder = next[0].residentId;
  }
  expect((await fixture.em().findOneOrFail(Building, { id: building.id })).stewardId).toBe(holder);
});
