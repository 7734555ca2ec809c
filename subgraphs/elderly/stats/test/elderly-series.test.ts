import { cityAdmin } from '../../../../kit/testing/viewers';
import { createElderlyFixture, type ElderlyFixture } from '../../test/elderly-fixture';

/** The seeded meals and visits lie in the year before the day seeded: the default period holds them. */
const QUERY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Community {
        elderlyStats {
          mealsServed
          subsidiesFen
          visitsMade
          series(interval: MONTH) {
            start
            end
            mealsServed
            subsidiesFen
            visitsMade
          }
        }
      }
      ... on District {
        elderlyStats {
          mealsServed
          subsidiesFen
          visitsMade
          series(interval: MONTH) {
            start
            end
            mealsServed
            subsidiesFen
            visitsMade
          }
        }
      }
    }
  }
`;

let fixture: ElderlyFixture;
beforeAll(async () => {
  fixture = await createElderlyFixture();
});
afterAll(() => fixture.close());

type Figures = { mealsServed: number; subsidiesFen: number; visitsMade: number };
const sum = (buckets: Figures[]) =>
  buckets.reduce(
    (total, bucket) => ({
      mealsServed: total.mealsServed + bucket.mealsServed,
      subsidiesFen: total.subsidiesFen + bucket.subsidiesFen,
      visitsMade: total.visitsMade + bucket.visitsMade,
    }),
    {
      mealsServed: 0,
      subsidiesFen: 0,
      visitsMade: 0,
    },
  );

test('months run China midnight to midnight, add up to the period, and the district’s are its communities’ summed; one statement for every community', async () => {
  const communities = fixture.territory.communities.map(community => ({ __typename: 'Community', id: community.id }));
  const district = { __typename: 'District', id: fixture.territory.district.id };
  const measured = await fixture.queryLog.measure(() => fixture.run(cityAdmin, QUERY, { representations: [district, ...communities] }));
  expect(measured.result.errors).toBeUndefined();
  const [whole, ...parts] = measured.result.data._entities.map((entity: any) => entity.elderlyStats);
  expect(whole.mealsServed + whole.visitsMade).toBeGreaterThan(0);
  // Twelve months up to today touch 13 calendar months; every boundary is a China midnight (16:00 UTC).
  expect(whole.series).toHaveLength(13);
  for (const bucket of whole.series) expect([bucket.start, bucket.end].every((at: string) => at.endsWith('T16:00:00.000Z'))).toBe(true);
  for (const stats of [whole, ...parts])
    expect(sum(stats.series)).toEqual({ mealsServed: stats.mealsServed, subsidiesFen: stats.subsidiesFen, visitsMade: stats.visitsMade });
  whole.series.forEach((bucket: Figures, index: number) => expect(sum(parts.map((part: any) => part.series[index]))).toEqual(sum([bucket])));
  // The district's totals and series, the communities' totals and series, with the rest of the stats (points, elders, circle …).
  const again = await fixture.queryLog.measure(() => fixture.run(cityAdmin, QUERY, { representations: [district, ...communities.slice(0, 1)] }));
  expect(again.statements).toBe(measured.statements);
});
