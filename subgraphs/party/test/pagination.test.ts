import { cityAdmin } from '../../../kit/testing/viewers';
import { createHandFixture, HAND, registerHandMembers, type HandFixture } from './hand-fixture';

/**
 * Party lists walked page by page with `after`: each page continues where the last ended, the
 * pages together hold every item once, and the last page says there is no next one. Expected
 * contents from the hand fixture: group A1 has members m1–m4; community A has four organisations
 * (committee, branches A1 and A2, group A1); A1's ranking for 2025 Q1 lists m1–m4.
 */
let fixture: HandFixture;
let members: Awaited<ReturnType<typeof registerHandMembers>>;
beforeAll(async () => {
  fixture = await createHandFixture();
  members = await registerHandMembers(fixture);
});
afterAll(() => fixture.close());

type Page = { edges: { cursor: string; node: unknown }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Every page of `first` items, following `endCursor`; `pick` finds the connection in a result. */
async function walk(query: string, variables: Record<string, unknown>, pick: (data: any) => Page, first = 2) {
  const pages: unknown[][] = [];
  let after: string | null = null;
  for (;;) {
    const result = await fixture.run(cityAdmin, query, { ...variables, first, after });
    expect(result.errors).toBeUndefined();
    const page = pick(result.data);
    pages.push(page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return pages;
    if (pages.length > 10) throw new Error('the pages never end: `after` is not followed');
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor;
  }
}

const ids = (pages: unknown[][]) => pages.flat().map((node) => (node as { id: string }).id);

test("an organisation's members, paged in SQL", async () => {
  const pages = await walk(
    `query ($id: ID!, $first: Int, $after: String) {
      partyOrganization(id: $id) { members(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
    }`,
    { id: HAND.organizations.groupA1 },
    (data) => data.partyOrganization.members,
  );
  expect(pages.map((page) => page.length)).toEqual([2, 2]);
  expect(ids(pages).sort()).toEqual([members.m1, members.m2, members.m3, members.m4].sort());
});

test("a community's organisations, a root list", async () => {
  const pages = await walk(
    `query ($communityId: ID!, $first: Int, $after: String) {
      partyOrganizations(communityId: $communityId, first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
    }`,
    { communityId: HAND.communityA },
    (data) => data.partyOrganizations,
    3,
  );
  const o = HAND.organizations;
  expect(pages.map((page) => page.length)).toEqual([3, 1]);
  expect(ids(pages).sort()).toEqual([o.committeeA, o.branchA1, o.groupA1, o.branchA2].sort());
});

test('a quarterly ranking, paged in memory', async () => {
  const pages = await walk(
    `query ($id: ID!, $first: Int, $after: String) {
      partyOrganization(id: $id) { pointsRanking(year: 2025, quarter: 1, first: $first, after: $after) { edges { cursor node { member { id } rank } } pageInfo { hasNextPage endCursor } } }
    }`,
    { id: HAND.organizations.branchA1 },
    (data) => data.partyOrganization.pointsRanking,
    3,
  );
  expect(pages.map((page) => page.length)).toEqual([3, 1]);
  expect(pages.flat().map((node) => (node as { member: { id: string } }).member.id).sort()).toEqual([members.m1, members.m2, members.m3, members.m4].sort());
});
