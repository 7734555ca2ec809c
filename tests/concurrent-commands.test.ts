import { Role } from '../kit/auth/role';
import { ResidentMove } from '../subgraphs/grids/resident/resident-move.entity';
import { Resident } from '../subgraphs/grids/resident/resident.entity';
import { PartyMember, PartyMemberCategory } from '../subgraphs/party/member/member.entity';
import { PointsEntry, PointsStatus } from '../subgraphs/party/points/points-entry.entity';
import { PostClaim } from '../subgraphs/party/service-post/post-claim.entity';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * Commands that check and then write stay correct under real concurrent requests through the
 * gateway — on PostgreSQL (`TEST_DATABASE_URL`), where requests really run side by side, and on the
 * embedded database. Each command either wins or is told CONFLICT, and the data shows exactly the winners.
 */
let supergraph: Supergraph;
let admin: string;
beforeAll(async () => {
  supergraph = await startSupergraph();
  admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
});
afterAll(() => supergraph.close());

const codes = (answers: { body: any }[]) => answers.map((answer) => answer.body.errors?.[0]?.extensions?.code ?? 'OK').sort();

/** The in-service members of the community that has most, every post they held released first. */
async function inServiceMembers(): Promise<PartyMember[]> {
  const em = supergraph.em('party');
  await em.nativeUpdate(PostClaim, { releasedAt: null }, { releasedAt: new Date() });
  const members = await em.find(PartyMember, { category: PartyMemberCategory.IN_SERVICE }, { orderBy: { id: 'asc' } });
  const byCommunity = new Map<string, PartyMember[]>();
  for (const member of members) byCommunity.set(member.communityId, [...(byCommunity.get(member.communityId) ?? []), member]);
  return [...byCommunity.values()].sort((a, b) => b.length - a.length)[0];
}

async function submitPoints(memberId: string): Promise<string> {
  const { body } = await supergraph.query(
    'mutation ($input: SubmitPointsInput!) { submitPoints(input: $input) { entry { id } } }',
    { input: { memberId, year: 2025, quarter: 3, source: 'SELF_REPORT', points: 2, reason: '帮助邻居搬家' } },
    admin,
  );
  expect(body.errors).toBeUndefined();
  return body.data.submitPoints.entry.id;
}

const review = (name: 'approvePoints' | 'rejectPoints', entryId: string) =>
  supergraph.query(
    `mutation ($input: ${name === 'approvePoints' ? 'ApprovePointsInput' : 'RejectPointsInput'}!) { ${name}(input: $input) { entry { status } } }`,
    { input: { entryId } },
    admin,
  );

test('approvePoints twenty times at once on one entry: one approval, nineteen CONFLICT', async () => {
  const [member] = await inServiceMembers();
  const entryId = await submitPoints(member.id);
  const answers = await Promise.all(Array.from({ length: 20 }, () => review('approvePoints', entryId)));
  expect(codes(answers)).toEqual(['OK', ...Array(19).fill('CONFLICT')].sort());
  const entry = await supergraph.em('party').findOneOrFail(PointsEntry, { id: entryId });
  expect(entry.status).toBe(PointsStatus.APPROVED);
});

test('ten approvals and ten rejections at once: exactly one reviewer wins, and the entry shows that one', async () => {
  const [member] = await inServiceMembers();
  const entryId = await submitPoints(member.id);
  const calls = Array.from({ length: 20 }, (_, index): 'approvePoints' | 'rejectPoints' => (index % 2 === 0 ? 'approvePoints' : 'rejectPoints'));
  const answers = await Promise.all(calls.map((name) => review(name, entryId)));
  const winners = answers.flatMap((answer, index) => (answer.body.errors ? [] : [calls[index]]));
  expect(winners).toHaveLength(1);
  expect(codes(answers).filter((code) => code !== 'OK')).toEqual(Array(19).fill('CONFLICT'));
  const entry = await supergraph.em('party').findOneOrFail(PointsEntry, { id: entryId });
  expect(entry.status).toBe(winners[0] === 'approvePoints' ? PointsStatus.APPROVED : PointsStatus.REJECTED);
});

async function openPost(communityId: string, capacity: number, name: string): Promise<string> {
  const { body } = await supergraph.query(
    'mutation ($input: OpenServicePostInput!) { openServicePost(input: $input) { post { id } } }',
    { input: { communityId, name, description: '并发认领测试岗位', capacity } },
    admin,
  );
  expect(body.errors).toBeUndefined();
  return body.data.openServicePost.post.id;
}

const claim = (memberId: string, postId: string) =>
  supergraph.query('mutation ($input: ClaimServicePostInput!) { claimServicePost(input: $input) { claim { id } } }', { input: { memberId, postId } }, admin);

test('one member claims twenty times at once: one claim held, nineteen CONFLICT', async () => {
  const [member] = await inServiceMembers();
  const postId = await openPost(member.communityId, 5, '并发岗位一');
  const answers = await Promise.all(Array.from({ length: 20 }, () => claim(member.id, postId)));
  expect(codes(answers)).toEqual(['OK', ...Array(19).fill('CONFLICT')].sort());
  expect(await supergraph.em('party').count(PostClaim, { memberId: member.id, releasedAt: null })).toBe(1);
});

test('more members than places claim one post at once: exactly its capacity hold it', async () => {
  const members = await inServiceMembers();
  expect(members.length).toBeGreaterThanOrEqual(3);
  const capacity = members.length - 1;
  const postId = await openPost(members[0].communityId, capacity, '并发岗位二');
  const answers = await Promise.all(members.map((member) => claim(member.id, postId)));
  expect(codes(answers)).toEqual([...Array(capacity).fill('OK'), 'CONFLICT'].sort());
  expect(await supergraph.em('party').count(PostClaim, { postId, releasedAt: null })).toBe(capacity);
});

test('one resident moved to twenty households at once: the history is one unbroken chain of the moves told OK, and ends where the resident lives', async () => {
  const households = supergraph.territory.buildings.flatMap((building) => [...supergraph.territory.households(building)]);
  const [home, ...targets] = households.filter((household) => household.communityId === households[0].communityId);
  expect(targets.length).toBeGreaterThanOrEqual(20);
  const resident = supergraph.territory.residents(home).next().value!;
  const answers = await Promise.all(
    targets.slice(0, 20).map((target) =>
      supergraph.query(
        'mutation ($input: MoveResidentInput!) { moveResident(input: $input) { resident { id } } }',
        { input: { residentId: resident.id, toHouseholdId: target.id } },
        admin,
      ),
    ),
  );
  // A move that started after another finished moves on from there; one that read the same
  // household as a winner is CONFLICT (or, finding the resident already at its target, BAD_USER_INPUT).
  const told = codes(answers);
  expect(told.filter((code) => !['OK', 'CONFLICT', 'BAD_USER_INPUT'].includes(code))).toEqual([]);
  const em = supergraph.em('grids');
  const history = await em.find(ResidentMove, { residentId: resident.id });
  expect(history).toHaveLength(told.filter((code) => code === 'OK').length);
  let at = home.id;
  const remaining = [...history];
  while (remaining.length > 0) {
    const next = remaining.findIndex((move) => move.fromHouseholdId === at);
    expect({ brokenAt: next < 0 ? at : null }).toEqual({ brokenAt: null });
    at = remaining.splice(next, 1)[0].toHouseholdId;
  }
  expect((await em.findOneOrFail(Resident, { id: resident.id })).householdId).toBe(at);
});
