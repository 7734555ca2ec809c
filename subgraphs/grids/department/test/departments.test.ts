import { errorCodes } from '../../../../kit/testing/execute';
import { cityAdmin } from '../../../../kit/testing/viewers';
import { createGridsFixture, type GridsFixture } from '../../test/grids-fixture';

const DEPARTMENTS = /* GraphQL */ `
  query ($where: DepartmentWhere, $first: Int) {
    departments(where: $where, first: $first) {
      totalCount
      edges {
        node {
          code
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

const codes = (result: any) => result.data.departments.edges.map((edge: any) => edge.node.code);

test('departments taking a category: every subdistrict’s judicial office and police station take neighbour disputes', async () => {
  const { subdistricts, district } = fixture.territory;
  const all = await fixture.run(cityAdmin, DEPARTMENTS, { where: { category: 'NEIGHBOUR_DISPUTE' }, first: 100 });
  expect(all.errors).toBeUndefined();
  // By hand from the demo catalogue: 司法所 and 派出所 of each subdistrict, no district department.
  expect(codes(all).sort()).toEqual(subdistricts.flatMap(subdistrict => [`${subdistrict.code}-JUDICIAL`, `${subdistrict.code}-POLICE`]).sort());
  expect(all.data.departments.totalCount).toBe(2 * subdistricts.length);

  // Safety hazards in one subdistrict: its police station and the district's housing bureau.
  const [first] = subdistricts;
  const one = await fixture.run(cityAdmin, DEPARTMENTS, { where: { category: 'SAFETY_HAZARD', subdistrictId: first.id } });
  expect(codes(one).sort()).toEqual([`${district.code}-HOUSING`, `${first.code}-POLICE`].sort());
});

test('an unknown or malformed category is BAD_USER_INPUT naming where.category', async () => {
  for (const category of ['PARKING_FINES', 'not a code']) {
    const result = await fixture.run(cityAdmin, DEPARTMENTS, { where: { category } });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('where.category');
  }
});
