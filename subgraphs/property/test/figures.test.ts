import { cityAdmin } from '../../../kit/testing/viewers';
import { createHandFixture, HAND, type HandFixture } from './hand-fixture';

/**
 * propertyStats against a world counted by hand. Commands stamp activity with the current time, so
 * the activity figures are read for the current year, and for the year before (all zero).
 */
let fixture: HandFixture;
const r = HAND.residents;
const h = HAND.householdsA1;
const YEAR = new Date().getUTCFullYear();
const THIS_YEAR = { from: `${YEAR}-01-01T00:00:00Z`, to: `${YEAR + 1}-01-01T00:00:00Z` };
const LAST_YEAR = { from: `${YEAR - 1}-01-01T00:00:00Z`, to: `${YEAR}-01-01T00:00:00Z` };
let company: string;

const STATS = /* GraphQL */ `
  query ($r: [_Any!]!, $period: StatsPeriod!) {
    _entities(representations: $r) {
      ... on Community { propertyStats(period: $period) { ...figures } }
      ... on Subdistrict { propertyStats(period: $period) { ...figures } }
    }
  }
  fragment figures on PropertyStats {
    meetingsHeld problemsRaised problemsSolved suggestionsRaised suggestionsSolved compounds
    compoundsByManagementMode { mode compounds } unmanagedCompounds committeesByKind { kind committees }
    openFollowUpTasks overdueFollowUpTasks surveyResponses averageSatisfactionScore satisfactionRate
  }
`;

async function step(name: string, itemId: string) {
  return fixture.command(name, '{ item { stage } }', { itemId });
}

async function meeting(placeId: string, participants: Record<string, unknown>[], held = true): Promise<{ id: string; voters: string[] }> {
  const convened = (await fixture.command('conveneJointMeeting', '{ meeting { id participants { id } } }', {
    placeId, title: '联席会议', scheduledAt: `${YEAR}-03-10T02:00:00Z`, participants: [{ side: 'COMMUNITY_PARTY_ORGANIZATION', label: '社区党委' }, { side: 'GRID_BRANCH', label: '网格党支部' }, { side: 'BUILDING_PARTY_GROUP', label: '楼栋党小组' }, ...participants],
  })).meeting;
  const voters = convened.participants.map((participant: { id: string }) => participant.id);
  if (held) await fixture.command('recordJointMeetingAttendance', '{ meeting { id } }', { meetingId: convened.id, attendedParticipantIds: voters });
  return { id: convened.id, voters };
}

/** Takes an item from SOLICITED to DECIDED on a unanimous resolution. */
async function decide(itemId: string, voters: string[]) {
  await step('proposeAgendaItem', itemId);
  await step('consultAgendaItem', itemId);
  const resolution = (await fixture.command('proposeResolution', '{ resolution { id } }', { itemId, text: '按方案落实' })).resolution.id;
  for (const participantId of voters) await fixture.command('castResolutionVote', '{ resolution { id } }', { resolutionId: resolution, participantId, choice: 'FOR' });
  await fixture.command('closeResolutionVote', '{ resolution { id } }', { resolutionId: resolution });
  await step('decideAgendaItem', itemId);
}

async function task(itemId: string) {
  return (await fixture.command('assignFollowUpTask', '{ task { id } }', { itemId, description: '限期落实', responsibleSide: 'PROPERTY_COMPANY', dueOn: '2999-12-31' })).task.id as string;
}

async function respond(surveyId: string, householdId: string, scores: number[]) {
  await fixture.command('respondToSatisfactionSurvey', '{ survey { id } }', { surveyId, householdId, scores });
}

beforeAll(async () => {
  fixture = await createHandFixture();
  const { command } = fixture;
  company = (await command('registerPropertyCompany', '{ company { id } }', { name: '甲物业', creditCode: '91140200MA0KAAAA01', hasPartyOrganization: false })).company.id;
  // Management: A1 by the company, A2 by its owners, A3 none; B1 held in trust, then ended.
  await command('assignCompoundManagement', '{ management { id } }', { compoundId: HAND.compounds.A1, mode: 'ENTERPRISE', companyId: company, startsOn: '2024-01-01' });
  await command('assignCompoundManagement', '{ management { id } }', { compoundId: HAND.compounds.A2, mode: 'OWNER_SELF', startsOn: '2024-01-01' });
  await command('assignCompoundManagement', '{ management { id } }', { compoundId: HAND.compounds.B1, mode: 'COMMUNITY_TRUSTEESHIP', startsOn: '2024-01-01' });
  await command('endCompoundManagement', '{ management { id } }', { compoundId: HAND.compounds.B1, endedOn: '2024-06-30', reason: '转交街道' });
  // Committees: A1's owners' committee is dissolved and replaced by a management committee.
  const members = [{ residentId: r[0], position: 'DIRECTOR' }, { residentId: r[1], position: 'MEMBER' }, { residentId: r[2], position: 'MEMBER' }];
  const first = (await command('formOwnersCommittee', '{ committee { id } }', { compoundId: HAND.compounds.A1, kind: 'OWNERS_COMMITTEE', electedOn: '2024-01-01', termStartsOn: '2024-01-01', termEndsOn: '2029-01-01', members })).committee.id;
  await command('dissolveOwnersCommittee', '{ committee { id } }', { committeeId: first, dissolvedOn: '2024-12-31' });
  await command('formOwnersCommittee', '{ committee { id } }', { compoundId: HAND.compounds.A1, kind: 'MANAGEMENT_COMMITTEE', electedOn: '2025-01-01', termStartsOn: '2025-01-01', termEndsOn: '2028-01-01', members });

  // Suggestions: three in A (one accepted and solved, one declined, one waiting), one in B.
  const raise = async (raisedById: string) => (await command('raiseSuggestion', '{ suggestion { id } }', { raisedById, content: '建议改善小区环境' })).suggestion.id as string;
  const solvedSuggestion = await raise(r[3]);
  await command('declineSuggestion', '{ suggestion { id } }', { suggestionId: await raise(r[4]), reason: '已有计划' });
  await raise(r[6]);
  await raise(r[7]);

  // Meetings: two held in A1 and one only scheduled; one held in B1.
  const a1 = await meeting(HAND.compounds.A1, [{ side: 'PROPERTY_COMPANY', companyId: company }]);
  await meeting(HAND.compounds.A1, [], true);
  await meeting(HAND.compounds.A1, [], false);
  const b1 = await meeting(HAND.compounds.B1, []);
  // A1's agenda: a grid event solved, a suggestion solved, an inspection decided with two open tasks (one overdue), one left solicited.
  const add = async (meetingId: string, source: string, extra: Record<string, unknown> = {}) =>
    (await command('addAgendaItem', '{ item { id } }', { meetingId, title: '议题', source, ...extra })).item.id as string;
  const event = await add(a1.id, 'GRID_EVENT', { gridEventId: '22222222-2222-4222-8222-222222222222' });
  const suggested = (await command('acceptSuggestion', '{ item { id } }', { suggestionId: solvedSuggestion, meetingId: a1.id })).item.id as string;
  const inspection = await add(a1.id, 'INSPECTION');
  await add(a1.id, 'INSPECTION');
  for (const item of [event, suggested]) {
    await decide(item, a1.voters);
    await step('publishAgendaItemDecision', item);
    await command('completeFollowUpTask', '{ task { id } }', { taskId: await task(item), outcome: '已完成' });
    await step('publishAgendaItemResult', item);
  }
  await decide(inspection, a1.voters);
  const late = await task(inspection);
  await task(inspection);
  await fixture.em().getKnex()('follow_up_task').where('id', late).update({ due_on: '2020-01-01' });
  // B1's one item is withdrawn.
  await command('withdrawAgendaItem', '{ item { id } }', { itemId: await add(b1.id, 'INSPECTION'), note: '已由街道处理' });

  // A1's surveys: Q1 means 5, 11/3, 3, 13/3 (two satisfied); Q2 means 5, 14/3 (both satisfied).
  const survey = async (period: string) => (await command('openSatisfactionSurvey', '{ survey { id } }', { compoundId: HAND.compounds.A1, period, questions: ['保洁', '安保', '维修'] })).survey.id as string;
  const q1 = await survey(`${YEAR}-Q1`);
  await respond(q1, h[0], [5, 5, 5]);
  await respond(q1, h[1], [4, 4, 3]);
  await respond(q1, h[2], [2, 3, 4]);
  await respond(q1, h[3], [4, 5, 4]);
  const q2 = await survey(`${YEAR}-Q2`);
  await respond(q2, h[0], [5, 5, 5]);
  await respond(q2, h[1], [5, 4, 5]);
});
afterAll(() => fixture.close());

const modes = (enterprise: number, trusteeship: number, employer: number, owners: number) => [
  { mode: 'ENTERPRISE', compounds: enterprise }, { mode: 'COMMUNITY_TRUSTEESHIP', compounds: trusteeship },
  { mode: 'EMPLOYER_PROXY', compounds: employer }, { mode: 'OWNER_SELF', compounds: owners },
];
const kinds = (owners: number, management: number) => [{ kind: 'OWNERS_COMMITTEE', committees: owners }, { kind: 'MANAGEMENT_COMMITTEE', committees: management }];

test('community A, community B and subdistrict figures for this year, counted by hand', async () => {
  const result = await fixture.run(cityAdmin, STATS, {
    period: THIS_YEAR,
    r: [{ __typename: 'Community', id: HAND.communityA }, { __typename: 'Community', id: HAND.communityB }, { __typename: 'Subdistrict', id: HAND.subdistrict }],
  });
  expect(result.errors).toBeUndefined();
  const [a, b, s] = result.data._entities.map((entity: { propertyStats: unknown }) => entity.propertyStats);
  expect(a).toEqual({
    meetingsHeld: 2, problemsRaised: 4, problemsSolved: 2, suggestionsRaised: 3, suggestionsSolved: 1, compounds: 3,
    compoundsByManagementMode: modes(1, 0, 0, 1), unmanagedCompounds: 1, committeesByKind: kinds(0, 1),
    openFollowUpTasks: 2, overdueFollowUpTasks: 1,
    // (5 + 11/3 + 3 + 13/3 + 5 + 14/3) / 6 = 25.67 / 6; 4 of 6 satisfied.
    surveyResponses: 6, averageSatisfactionScore: 4.28, satisfactionRate: 0.6667,
  });
  expect(b).toEqual({
    meetingsHeld: 1, problemsRaised: 1, problemsSolved: 0, suggestionsRaised: 1, suggestionsSolved: 0, compounds: 1,
    compoundsByManagementMode: modes(0, 0, 0, 0), unmanagedCompounds: 1, committeesByKind: kinds(0, 0),
    openFollowUpTasks: 0, overdueFollowUpTasks: 0, surveyResponses: 0, averageSatisfactionScore: null, satisfactionRate: null,
  });
  expect(s).toEqual({
    meetingsHeld: 3, problemsRaised: 5, problemsSolved: 2, suggestionsRaised: 4, suggestionsSolved: 1, compounds: 4,
    compoundsByManagementMode: modes(1, 0, 0, 1), unmanagedCompounds: 2, committeesByKind: kinds(0, 1),
    openFollowUpTasks: 2, overdueFollowUpTasks: 1, surveyResponses: 6, averageSatisfactionScore: 4.28, satisfactionRate: 0.6667,
  });
});

test('last year had no activity; the standing picture is the same', async () => {
  const result = await fixture.run(cityAdmin, STATS, { period: LAST_YEAR, r: [{ __typename: 'Subdistrict', id: HAND.subdistrict }] });
  expect(result.data._entities[0].propertyStats).toMatchObject({
    meetingsHeld: 0, problemsRaised: 0, problemsSolved: 0, suggestionsRaised: 0, suggestionsSolved: 0, surveyResponses: 0, satisfactionRate: null,
    unmanagedCompounds: 2, openFollowUpTasks: 2,
  });
});

test("a survey's figures, the flag below the threshold, and the company's trend", async () => {
  const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on Compound { propertySatisfaction { period responses averageScore satisfactionRate belowThreshold } }
    ... on PropertyCompany { satisfactionTrend { period responses averageScore satisfactionRate } }
  } }`;
  const result = await fixture.run(cityAdmin, query, { r: [{ __typename: 'Compound', id: HAND.compounds.A1 }, { __typename: 'PropertyCompany', id: company }] });
  expect(result.errors).toBeUndefined();
  const [compound, trend] = result.data._entities;
  expect(compound.propertySatisfaction).toEqual([
    { period: `${YEAR}-Q2`, responses: 2, averageScore: 4.83, satisfactionRate: 1, belowThreshold: false },
    { period: `${YEAR}-Q1`, responses: 4, averageScore: 4, satisfactionRate: 0.5, belowThreshold: true },
  ]);
  expect(trend.satisfactionTrend).toEqual([
    { period: `${YEAR}-Q1`, responses: 4, averageScore: 4, satisfactionRate: 0.5 },
    { period: `${YEAR}-Q2`, responses: 2, averageScore: 4.83, satisfactionRate: 1 },
  ]);
});

test("a resident's seats are those on sitting committees only", async () => {
  const result = await fixture.run(cityAdmin, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { committeeSeats { position committee { kind } } } } }', {
    r: [{ __typename: 'Resident', id: r[0] }],
  });
  expect(result.data._entities[0].committeeSeats).toEqual([{ position: 'DIRECTOR', committee: { kind: 'MANAGEMENT_COMMITTEE' } }]);
});

test('a period that runs backwards is refused naming the field', async () => {
  const result = await fixture.run(cityAdmin, STATS, { period: { from: THIS_YEAR.to, to: THIS_YEAR.from }, r: [{ __typename: 'Subdistrict', id: HAND.subdistrict }] });
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
});

test('by day in China time: every command ran today, so yesterday is empty and today holds the whole year’s activity (community A, counted by hand)', async () => {
  const CHINA = 8 * 3_600_000;
  const todayStarts = Math.floor((Date.now() + CHINA) / 86_400_000) * 86_400_000 - CHINA;
  const period = { from: new Date(todayStarts - 86_400_000).toISOString(), to: new Date(todayStarts + 86_400_000).toISOString() };
  const result = await fixture.run(cityAdmin, `query ($r: [_Any!]!, $period: StatsPeriod!) { _entities(representations: $r) { ... on Community {
    propertyStats(period: $period) { series(interval: DAY) { start end meetingsHeld problemsRaised problemsSolved suggestionsRaised suggestionsSolved } }
  } } }`, { period, r: [{ __typename: 'Community', id: HAND.communityA }] });
  expect(result.errors).toBeUndefined();
  const none = { meetingsHeld: 0, problemsRaised: 0, problemsSolved: 0, suggestionsRaised: 0, suggestionsSolved: 0 };
  expect(result.data._entities[0].propertyStats.series).toEqual([
    { start: period.from, end: new Date(todayStarts).toISOString(), ...none },
    // Two meetings held in A1, four items solicited of which two published solved, three suggestions with one solved.
    { start: new Date(todayStarts).toISOString(), end: period.to, meetingsHeld: 2, problemsRaised: 4, problemsSolved: 2, suggestionsRaised: 3, suggestionsSolved: 1 },
  ]);
});
