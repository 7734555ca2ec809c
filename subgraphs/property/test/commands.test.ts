import { Role } from '../../../kit/auth/role';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { SurveyResponse } from '../survey/survey-response.entity';
import { createHandFixture, HAND, inputTypeOf, type HandFixture } from './hand-fixture';

let fixture: HandFixture;
const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';
const GRID_EVENT = '11111111-1111-4111-8111-111111111111';
const A1 = HAND.compounds.A1;
const r = HAND.residents;
const staffA = viewerWith([Role.COMMUNITY_STAFF], [HAND.communityA], 'staff-a');

/** What the tests build on, made through the commands in beforeAll. */
const world = {} as {
  company: string; meeting: string; scheduledMeeting: string; participants: Record<string, string>;
  item: string; consultedItem: string; resolution: string; task?: string; declinedSuggestion: string; survey: string;
};

const participantsOfA1 = (company: string) => [
  { side: 'COMMUNITY_PARTY_ORGANIZATION', label: 'A社区党委' },
  { side: 'GRID_BRANCH', label: 'A1小区网格党支部' },
  { side: 'BUILDING_PARTY_GROUP', label: 'A1-1号楼党小组' },
  { side: 'PROPERTY_COMPANY', companyId: company, label: '项目经理' },
  { side: 'OWNERS_COMMITTEE', residentId: r[0] },
  { side: 'RESIDENT_REPRESENTATIVE', residentId: r[3] },
];

async function advance(name: string, itemId: string, note?: string) {
  return fixture.command(name, '{ item { stage } step { command fromStage toStage } }', { itemId, note });
}

beforeAll(async () => {
  fixture = await createHandFixture();
  const { command } = fixture;
  world.company = (await command('registerPropertyCompany', '{ company { id } }', { name: '大同红管家物业', creditCode: '91140200MA0K123456', hasPartyOrganization: true })).company.id;
  await command('assignCompoundManagement', '{ management { id } }', { compoundId: A1, mode: 'ENTERPRISE', companyId: world.company, startsOn: '2024-01-01', contractEndsOn: '2026-12-31' });
  await command('registerCompanyStaffMember', '{ staffMember { id } }', { companyId: world.company, residentId: r[5], compoundId: A1, post: '项目经理' }, viewerWith([Role.PROPERTY_MANAGER], [A1]));
  await command('formOwnersCommittee', '{ committee { id } }', {
    compoundId: A1, kind: 'OWNERS_COMMITTEE', electedOn: '2024-03-01', termStartsOn: '2024-03-15', termEndsOn: '2029-03-14',
    members: [{ residentId: r[0], position: 'DIRECTOR' }, { residentId: r[1], position: 'DEPUTY_DIRECTOR' }, { residentId: r[2], position: 'MEMBER' }],
  });
  const convened = await command('conveneJointMeeting', '{ meeting { id } }', { placeId: A1, title: '五月联席会议', scheduledAt: '2025-05-10T02:00:00Z', participants: participantsOfA1(world.company) }, staffA);
  world.meeting = convened.meeting.id;
  world.scheduledMeeting = (await command('conveneJointMeeting', '{ meeting { id } }', { placeId: A1, title: '六月联席会议', scheduledAt: '2025-06-10T02:00:00Z', participants: participantsOfA1(world.company) })).meeting.id;
  const meeting = await fixture.run(cityAdmin, '{ jointMeeting(id: "' + world.meeting + '") { participants { id side } } }');
  world.participants = Object.fromEntries(meeting.data.jointMeeting.participants.map((p: { id: string; side: string }) => [p.side, p.id]));
  // Everyone but the building party group attended.
  await command('recordJointMeetingAttendance', '{ meeting { state } }', {
    meetingId: world.meeting, attendedParticipantIds: Object.entries(world.participants).filter(([side]) => side !== 'BUILDING_PARTY_GROUP').map(([, id]) => id),
  });
  world.item = (await command('addAgendaItem', '{ item { id } }', { meetingId: world.meeting, title: '地下车库积水', source: 'GRID_EVENT', gridEventId: GRID_EVENT })).item.id;
  world.consultedItem = (await command('addAgendaItem', '{ item { id } }', { meetingId: world.meeting, title: '楼道照明损坏', source: 'INSPECTION' })).item.id;
  await advance('proposeAgendaItem', world.consultedItem);
  await advance('consultAgendaItem', world.consultedItem);
  world.resolution = (await command('proposeResolution', '{ resolution { id } }', { itemId: world.consultedItem, text: '物业两周内更换照明灯具' })).resolution.id;
  await command('castResolutionVote', '{ resolution { id } }', { resolutionId: world.resolution, participantId: world.participants.GRID_BRANCH, choice: 'FOR' });
  const suggestion = (await command('raiseSuggestion', '{ suggestion { id } }', { raisedById: r[4], content: '小区增设充电桩' })).suggestion.id;
  await command('declineSuggestion', '{ suggestion { id } }', { suggestionId: suggestion, reason: '供电容量不足' });
  world.declinedSuggestion = suggestion;
  world.survey = (await command('openSatisfactionSurvey', '{ survey { id } }', { compoundId: A1, period: '2025-Q1', questions: ['保洁', '安保', '维修'] })).survey.id;
  await command('respondToSatisfactionSurvey', '{ survey { id } }', { surveyId: world.survey, householdId: HAND.householdsA1[0], scores: [5, 4, 4] }, viewerWith([Role.GRID_WORKER], [A1]));
});
afterAll(() => fixture.close());

/** Runs `name` with `input`; expects it refused with `code`, and every table exactly as before. */
async function refused(name: string, input: Record<string, unknown>, viewer = cityAdmin) {
  const before = await fixture.snapshot();
  const result = await fixture.run(viewer, `mutation ($input: ${inputTypeOf(name)}!) { ${name}(input: $input) { __typename } }`, { input });
  expect(result.data?.[name] ?? null).toBeNull();
  expect(await fixture.snapshot()).toEqual(before);
  return result.errors?.[0]?.extensions;
}

test('an agenda item goes through 一征三议两公开 step by step, and the grid event it came from stays with it', async () => {
  const steps: [string, string][] = [
    ['proposeAgendaItem', 'PROPOSED'],
    ['consultAgendaItem', 'CONSULTED'],
  ];
  for (const [name, stage] of steps) expect((await advance(name, world.item)).item.stage).toBe(stage);
  const resolution = (await fixture.command('proposeResolution', '{ resolution { id quorum state } }', { itemId: world.item, text: '物业疏通排水并加装水泵' })).resolution;
  // Five attended: a majority of them is the default quorum.
  expect(resolution).toMatchObject({ quorum: 3, state: 'VOTING' });
  for (const [side, choice] of [['COMMUNITY_PARTY_ORGANIZATION', 'FOR'], ['GRID_BRANCH', 'FOR'], ['OWNERS_COMMITTEE', 'FOR'], ['PROPERTY_COMPANY', 'ABSTAIN']]) {
    await fixture.command('castResolutionVote', '{ resolution { id } }', { resolutionId: resolution.id, participantId: world.participants[side], choice });
  }
  const closed = (await fixture.command('closeResolutionVote', '{ resolution { state votesFor votesAgainst abstentions closedAt } }', { resolutionId: resolution.id })).resolution;
  expect(closed).toMatchObject({ state: 'ADOPTED', votesFor: 3, votesAgainst: 0, abstentions: 1 });
  expect((await advance('decideAgendaItem', world.item)).item.stage).toBe('DECIDED');
  expect((await advance('publishAgendaItemDecision', world.item)).item.stage).toBe('DECISION_PUBLISHED');
  const task = (await fixture.command('assignFollowUpTask', '{ task { id state overdue } }', { itemId: world.item, description: '疏通地下车库排水沟', responsibleSide: 'PROPERTY_COMPANY', dueOn: '2999-01-01' })).task;
  expect(task).toMatchObject({ state: 'OPEN', overdue: false });
  world.task = task.id as string;
  const manager = viewerWith([Role.PROPERTY_MANAGER], [A1], 'manager-a1');
  const done = (await fixture.command('completeFollowUpTask', '{ task { state outcome } }', { taskId: task.id, outcome: '已疏通并加装水泵' }, manager)).task;
  expect(done).toEqual({ state: 'DONE', outcome: '已疏通并加装水泵' });
  const result = await advance('publishAgendaItemResult', world.item, '积水问题已解决');
  expect(result.item.stage).toBe('RESULT_PUBLISHED');

  const read = await fixture.run(cityAdmin, `{ jointMeeting(id: "${world.meeting}") { agenda { position title source solved gridEvent { id } history { command toStage } } } }`);
  expect(read.errors).toBeUndefined();
  const [first, second] = read.data.jointMeeting.agenda;
  expect(first).toMatchObject({ position: 1, source: 'GRID_EVENT', solved: true, gridEvent: { id: GRID_EVENT } });
  expect(first.history.map((step: { command: string }) => step.command)).toEqual(['SOLICIT', 'PROPOSE', 'CONSULT', 'DECIDE', 'PUBLISH_DECISION', 'PUBLISH_RESULT']);
  expect(second).toMatchObject({ position: 2, source: 'INSPECTION', solved: false, gridEvent: null });
});

test('an accepted suggestion becomes an agenda item and is solved when its result is published', async () => {
  const suggestion = (await fixture.command('raiseSuggestion', '{ suggestion { id state } }', { raisedById: HAND.buildings.A1, content: '1号楼单元门禁经常失灵' }, staffA)).suggestion;
  expect(suggestion.state).toBe('RAISED');
  const accepted = await fixture.command('acceptSuggestion', '{ suggestion { state } item { id position source stage suggestion { id } } }', { suggestionId: suggestion.id, meetingId: world.meeting });
  expect(accepted.suggestion.state).toBe('ACCEPTED');
  expect(accepted.item).toMatchObject({ position: 3, source: 'RESIDENT_SUGGESTION', stage: 'SOLICITED', suggestion: { id: suggestion.id } });
  const item = accepted.item.id;
  await advance('proposeAgendaItem', item);
  await advance('consultAgendaItem', item);
  const resolution = (await fixture.command('proposeResolution', '{ resolution { id } }', { itemId: item, text: '物业更换门禁系统', quorum: 2 })).resolution.id;
  await fixture.command('castResolutionVote', '{ resolution { id } }', { resolutionId: resolution, participantId: world.participants.OWNERS_COMMITTEE, choice: 'FOR' });
  await fixture.command('castResolutionVote', '{ resolution { id } }', { resolutionId: resolution, participantId: world.participants.RESIDENT_REPRESENTATIVE, choice: 'FOR' });
  await fixture.command('closeResolutionVote', '{ resolution { state } }', { resolutionId: resolution });
  await advance('decideAgendaItem', item);
  await advance('publishAgendaItemDecision', item);
  await advance('publishAgendaItemResult', item);
  const read = await fixture.run(cityAdmin, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Suggestion { state solvedAt agendaItem { solved } } } }', { r: [{ __typename: 'Suggestion', id: suggestion.id }] });
  expect(read.data._entities[0]).toMatchObject({ state: 'SOLVED', agendaItem: { solved: true } });
  expect(read.data._entities[0].solvedAt).not.toBeNull();
});

test('a vote without quorum, or without a majority for, is rejected', async () => {
  const item = (await fixture.command('addAgendaItem', '{ item { id } }', { meetingId: world.meeting, title: '外墙保温层脱落', source: 'INSPECTION' })).item.id;
  await advance('proposeAgendaItem', item);
  await advance('consultAgendaItem', item);
  const short = (await fixture.command('proposeResolution', '{ resolution { id } }', { itemId: item, text: '申请维修基金修复外墙' })).resolution.id;
  await fixture.command('castResolutionVote', '{ resolution { id } }', { resolutionId: short, participantId: world.participants.GRID_BRANCH, choice: 'FOR' });
  expect((await fixture.command('closeResolutionVote', '{ resolution { state } }', { resolutionId: short })).resolution.state).toBe('REJECTED');
  const split = (await fixture.command('proposeResolution', '{ resolution { id } }', { itemId: item, text: '由物业先行垫资修复', quorum: 2 })).resolution.id;
  await fixture.command('castResolutionVote', '{ resolution { id } }', { resolutionId: split, participantId: world.participants.GRID_BRANCH, choice: 'FOR' });
  await fixture.command('castResolutionVote', '{ resolution { id } }', { resolutionId: split, participantId: world.participants.PROPERTY_COMPANY, choice: 'AGAINST' });
  expect((await fixture.command('closeResolutionVote', '{ resolution { state } }', { resolutionId: split })).resolution.state).toBe('REJECTED');
  expect(await refused('decideAgendaItem', { itemId: item })).toMatchObject({ code: 'CONFLICT' });
});

test('changing management keeps the history, and ending it leaves the compound findable as unmanaged', async () => {
  const staffB = viewerWith([Role.COMMUNITY_STAFF], [HAND.communityB]);
  await fixture.command('assignCompoundManagement', '{ management { id } }', { compoundId: HAND.compounds.B1, mode: 'COMMUNITY_TRUSTEESHIP', startsOn: '2023-05-01' }, staffB);
  const changed = await fixture.command('assignCompoundManagement', '{ management { mode company { id } } replaced { mode endedOn } }', { compoundId: HAND.compounds.B1, mode: 'ENTERPRISE', companyId: world.company, startsOn: '2025-01-01' }, staffB);
  expect(changed).toEqual({ management: { mode: 'ENTERPRISE', company: { id: world.company } }, replaced: { mode: 'COMMUNITY_TRUSTEESHIP', endedOn: '2025-01-01' } });
  const unmanagedBefore = await fixture.run(cityAdmin, `{ unmanagedCompounds(placeId: "${HAND.subdistrict}") { id } }`);
  expect(unmanagedBefore.data.unmanagedCompounds.map((c: { id: string }) => c.id).sort()).toEqual([HAND.compounds.A2, HAND.compounds.A3].sort());
  await fixture.command('endCompoundManagement', '{ management { endedOn endReason } }', { compoundId: HAND.compounds.B1, endedOn: '2025-06-30', reason: '物业合同到期撤场' }, staffB);
  const after = await fixture.run(staffB, `{ unmanagedCompounds(placeId: "${HAND.communityB}") { id } }`);
  expect(after.data.unmanagedCompounds).toEqual([{ id: HAND.compounds.B1 }]);
  const history = await fixture.run(cityAdmin, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Compound { management { mode } managementHistory { mode endedOn } } } }', { r: [{ __typename: 'Compound', id: HAND.compounds.B1 }] });
  expect(history.data._entities[0]).toEqual({
    management: null,
    managementHistory: [{ mode: 'ENTERPRISE', endedOn: '2025-06-30' }, { mode: 'COMMUNITY_TRUSTEESHIP', endedOn: '2025-01-01' }],
  });
});

describe('bad input is refused naming the field and rule, and nothing is written', () => {
  const member = (residentId: string, position = 'MEMBER') => ({ residentId, position });
  const committee = (changes: Record<string, unknown>) => ({
    compoundId: HAND.compounds.A2, kind: 'MANAGEMENT_COMMITTEE', electedOn: '2025-01-01', termStartsOn: '2025-01-01', termEndsOn: '2028-01-01',
    members: [member(r[6], 'DIRECTOR'), member(r[0]), member(r[1])], ...changes,
  });
  test.each([
    ['registerPropertyCompany', 'input.creditCode', 'matches', { name: '某物业', creditCode: '123' }],
    ['registerPropertyCompany', 'input.name', 'isPlainText', { name: '某物业\u202e', creditCode: '91140200MA0K654321' }],
    ['registerCompanyStaffMember', 'input.compoundId', 'managed by the company', { companyId: '$company', residentId: r[6], compoundId: HAND.compounds.A2, post: '客服' }],
    ['registerCompanyStaffMember', 'input.residentId', 'exists', { companyId: '$company', residentId: HAND.householdsA1[0], compoundId: A1, post: '客服' }],
    ['registerCompanyStaffMember', 'input.companyId', 'exists', { companyId: UNKNOWN, residentId: r[4], compoundId: A1, post: '客服' }],
    ['assignCompoundManagement', 'input.compoundId', 'exists', { compoundId: HAND.communityA, mode: 'OWNER_SELF', startsOn: '2025-01-01' }],
    ['assignCompoundManagement', 'input.companyId', 'required for ENTERPRISE', { compoundId: HAND.compounds.A2, mode: 'ENTERPRISE', startsOn: '2025-01-01' }],
    ['assignCompoundManagement', 'input.companyId', 'only for ENTERPRISE', { compoundId: HAND.compounds.A2, mode: 'OWNER_SELF', companyId: '$company', startsOn: '2025-01-01' }],
    ['assignCompoundManagement', 'input.companyId', 'exists', { compoundId: HAND.compounds.A2, mode: 'ENTERPRISE', companyId: UNKNOWN, startsOn: '2025-01-01' }],
    ['assignCompoundManagement', 'input.startsOn', 'isCalendarDate', { compoundId: HAND.compounds.A2, mode: 'OWNER_SELF', startsOn: '2025-02-30' }],
    ['assignCompoundManagement', 'input.contractEndsOn', 'after startsOn', { compoundId: HAND.compounds.A2, mode: 'OWNER_SELF', startsOn: '2025-02-01', contractEndsOn: '2025-01-01' }],
    ['assignCompoundManagement', 'input.startsOn', 'not before current', { compoundId: A1, mode: 'OWNER_SELF', startsOn: '2023-01-01' }],
    ['formOwnersCommittee', 'input.members', 'arrayMinSize', committee({ members: [member(r[6], 'DIRECTOR')] })],
    ['formOwnersCommittee', 'input.members.1.residentId', 'lives in compound', committee({})],
    ['formOwnersCommittee', 'input.members.0.residentId', 'exists', committee({ members: [member(UNKNOWN, 'DIRECTOR'), member(r[6]), member(r[6])] })],
    ['formOwnersCommittee', 'input.termEndsOn', 'after termStartsOn', committee({ termEndsOn: '2024-01-01' })],
    ['formOwnersCommittee', 'input.electedOn', 'not in the future', committee({ electedOn: '2999-01-01', termStartsOn: '2999-01-01', termEndsOn: '2999-06-01' })],
    ['conveneJointMeeting', 'input.participants', 'convener present', { placeId: A1, title: '联席会议', scheduledAt: '2025-07-01T00:00:00Z', participants: participantsOfA1(UNKNOWN).slice(1) }],
    ['conveneJointMeeting', 'input.participants.3.companyId', 'exists', { placeId: A1, title: '联席会议', scheduledAt: '2025-07-01T00:00:00Z', participants: participantsOfA1(UNKNOWN) }],
    ['conveneJointMeeting', 'input.participants.4.residentId', 'lives in community', { placeId: A1, title: '联席会议', scheduledAt: '2025-07-01T00:00:00Z', participants: [...participantsOfA1('$company').slice(0, 4), { side: 'OWNERS_COMMITTEE', residentId: r[7] }] }],
    ['conveneJointMeeting', 'input.placeId', 'exists', { placeId: HAND.buildings.A1, title: '联席会议', scheduledAt: '2025-07-01T00:00:00Z', participants: participantsOfA1('$company') }],
    ['recordJointMeetingAttendance', 'input.attendedParticipantIds.0', 'participant', { meetingId: '$scheduledMeeting', attendedParticipantIds: [UNKNOWN] }],
    ['recordJointMeetingMinutes', 'input.minutes', 'minLength', { meetingId: '$meeting', minutes: '短' }],
    ['addAgendaItem', 'input.source', 'not a suggestion', { meetingId: '$meeting', title: '议题', source: 'RESIDENT_SUGGESTION' }],
    ['addAgendaItem', 'input.gridEventId', 'only for GRID_EVENT', { meetingId: '$meeting', title: '议题', source: 'GRID_EVENT' }],
    ['addAgendaItem', 'input.gridEventId', 'isUuid', { meetingId: '$meeting', title: '议题', source: 'GRID_EVENT', gridEventId: 'event-1' }],
    ['addAgendaItem', 'input.meetingId', 'exists', { meetingId: UNKNOWN, title: '议题', source: 'INSPECTION' }],
    ['proposeAgendaItem', 'input.itemId', 'exists', { itemId: UNKNOWN }],
    ['withdrawAgendaItem', 'input.note', 'required', { itemId: '$consultedItem' }],
    ['proposeResolution', 'input.quorum', 'at most attendance', { itemId: '$consultedItem', text: '决议内容', quorum: 6 }],
    ['castResolutionVote', 'input.participantId', 'attended', { resolutionId: '$resolution', participantId: '$absent', choice: 'FOR' }],
    ['castResolutionVote', 'input.choice', undefined, { resolutionId: '$resolution', participantId: '$absent', choice: 'MAYBE' }],
    ['assignFollowUpTask', 'input.dueOn', 'not in the past', { itemId: '$consultedItem', description: '更换灯具', responsibleSide: 'PROPERTY_COMPANY', dueOn: '2001-01-01' }],
    ['raiseSuggestion', 'input.raisedById', 'exists', { raisedById: HAND.compounds.A1, content: '建议内容' }],
    ['acceptSuggestion', 'input.meetingId', 'same community', { suggestionId: '$bSuggestion', meetingId: '$meeting' }],
    ['openSatisfactionSurvey', 'input.compoundId', 'managed by a company', { compoundId: HAND.compounds.A3, period: '2025-Q2', questions: ['保洁'] }],
    ['openSatisfactionSurvey', 'input.period', 'matches', { compoundId: A1, period: '2025-Q5', questions: ['保洁'] }],
    ['openSatisfactionSurvey', 'input.threshold', 'max', { compoundId: A1, period: '2025-Q2', questions: ['保洁'], threshold: 1.5 }],
    ['openSatisfactionSurvey', 'input.period', 'not in the future', { compoundId: A1, period: '2099-Q1', questions: ['保洁'] }],
    ['respondToSatisfactionSurvey', 'input.scores', 'one per question', { surveyId: '$survey', householdId: HAND.householdsA1[1], scores: [5, 5] }],
    ['respondToSatisfactionSurvey', 'input.scores', 'max', { surveyId: '$survey', householdId: HAND.householdsA1[1], scores: [5, 6, 5] }],
    ['respondToSatisfactionSurvey', 'input.householdId', 'in compound', { surveyId: '$survey', householdId: HAND.householdB1, scores: [5, 5, 5] }],
  ])('%s: %s (%s)', async (name, field, rule, input) => {
    const values: Record<string, string> = {
      company: world.company, meeting: world.meeting, scheduledMeeting: world.scheduledMeeting, consultedItem: world.consultedItem,
      resolution: world.resolution, absent: world.participants.BUILDING_PARTY_GROUP, survey: world.survey, bSuggestion: await bSuggestion(),
    };
    const resolve = (value: unknown): unknown =>
      typeof value === 'string' && value.startsWith('$') ? values[value.slice(1)]
      : Array.isArray(value) ? value.map(resolve)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]))
      : value;
    const extensions = await refused(name, resolve(input) as Record<string, unknown>);
    expect(extensions).toMatchObject(rule ? { code: 'BAD_USER_INPUT', field, rule } : { code: 'BAD_USER_INPUT' });
  });
});

let bSuggestionId: string | undefined;
async function bSuggestion(): Promise<string> {
  bSuggestionId ??= (await fixture.command('raiseSuggestion', '{ suggestion { id } }', { raisedById: r[7], content: 'B小区绿化补种' })).suggestion.id;
  return bSuggestionId!;
}

describe('steps the state does not allow are CONFLICT and change nothing', () => {
  test.each([
    ['publishAgendaItemResult on a consulted item', 'publishAgendaItemResult', () => ({ itemId: world.consultedItem })],
    ['publishAgendaItemDecision before the decision', 'publishAgendaItemDecision', () => ({ itemId: world.consultedItem })],
    ['decideAgendaItem without an adopted resolution', 'decideAgendaItem', () => ({ itemId: world.consultedItem })],
    ['proposeAgendaItem twice', 'proposeAgendaItem', () => ({ itemId: world.consultedItem })],
    ['a second vote by the same participant', 'castResolutionVote', () => ({ resolutionId: world.resolution, participantId: world.participants.GRID_BRANCH, choice: 'AGAINST' })],
    ['assignFollowUpTask before the decision', 'assignFollowUpTask', () => ({ itemId: world.consultedItem, description: '更换灯具', responsibleSide: 'PROPERTY_COMPANY', dueOn: '2999-01-01' })],
    ['recording attendance twice', 'recordJointMeetingAttendance', () => ({ meetingId: world.meeting, attendedParticipantIds: [world.participants.GRID_BRANCH] })],
    ['minutes before the meeting is held', 'recordJointMeetingMinutes', () => ({ meetingId: world.scheduledMeeting, minutes: '会议讨论了小区停车问题。' })],
    ['a second sitting committee', 'formOwnersCommittee', () => ({
      compoundId: A1, kind: 'OWNERS_COMMITTEE', electedOn: '2025-01-01', termStartsOn: '2025-01-01', termEndsOn: '2028-01-01',
      members: [{ residentId: r[3], position: 'DIRECTOR' }, { residentId: r[4], position: 'MEMBER' }, { residentId: r[5], position: 'MEMBER' }],
    })],
    ['declining a declined suggestion', 'declineSuggestion', () => ({ suggestionId: world.declinedSuggestion, reason: '重复建议' })],
    ['accepting a declined suggestion', 'acceptSuggestion', () => ({ suggestionId: world.declinedSuggestion, meetingId: world.meeting })],
    ['a second response from one household', 'respondToSatisfactionSurvey', () => ({ surveyId: world.survey, householdId: HAND.householdsA1[0], scores: [1, 1, 1] })],
    ['registering an employee twice', 'registerCompanyStaffMember', () => ({ companyId: world.company, residentId: r[5], compoundId: A1, post: '保安' })],
    ['a second survey of the quarter', 'openSatisfactionSurvey', () => ({ compoundId: A1, period: '2025-Q1', questions: ['保洁'] })],
    ['ending the management of an unmanaged compound', 'endCompoundManagement', () => ({ compoundId: HAND.compounds.A3, endedOn: '2025-01-01', reason: '撤场' })],
  ])('%s', async (_title, name, input) => {
    expect(await refused(name, input())).toMatchObject({ code: 'CONFLICT' });
  });

  test('consulting on an item of a meeting not yet held', async () => {
    const item = (await fixture.command('addAgendaItem', '{ item { id } }', { meetingId: world.scheduledMeeting, title: '非机动车乱停', source: 'INSPECTION' })).item.id;
    await advance('proposeAgendaItem', item);
    expect(await refused('consultAgendaItem', { itemId: item })).toMatchObject({ code: 'CONFLICT' });
  });

  test('publishing the result while a follow-up task is open', async () => {
    const item = await decidedItem();
    await advance('publishAgendaItemDecision', item);
    await fixture.command('assignFollowUpTask', '{ task { id } }', { itemId: item, description: '更换公示栏玻璃', responsibleSide: 'PROPERTY_COMPANY', dueOn: '2999-01-01' });
    expect(await refused('publishAgendaItemResult', { itemId: item })).toMatchObject({ code: 'CONFLICT' });
  });

  test('completing a task twice, closing a vote twice', async () => {
    expect(world.task).toBeDefined();
    expect(await refused('completeFollowUpTask', { taskId: world.task, outcome: '再次办结' })).toMatchObject({ code: 'CONFLICT' });
    const closedOnce = (await fixture.run(cityAdmin, `{ jointMeeting(id: "${world.meeting}") { agenda { resolutions { id state } } } }`)).data.jointMeeting.agenda
      .flatMap((item: { resolutions: { id: string; state: string }[] }) => item.resolutions).find((resolution: { state: string }) => resolution.state !== 'VOTING');
    expect(await refused('closeResolutionVote', { resolutionId: closedOnce.id })).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('races: the database constraint decides, the loser gets CONFLICT', () => {
  const race = async (name: string, input: Record<string, unknown>) => {
    const document = `mutation ($input: ${inputTypeOf(name)}!) { ${name}(input: $input) { __typename } }`;
    const results = await Promise.all([0, 1, 2].map(() => fixture.run(cityAdmin, document, { input })));
    return { won: results.filter((result) => !result.errors).length, codes: results.flatMap((result) => (result.errors ?? []).map((error) => error.extensions?.code)) };
  };

  test('three concurrent responses from one household: one is stored', async () => {
    const outcome = await race('respondToSatisfactionSurvey', { surveyId: world.survey, householdId: HAND.householdsA1[5], scores: [3, 3, 3] });
    expect(outcome).toEqual({ won: 1, codes: ['CONFLICT', 'CONFLICT'] });
    expect(await fixture.em().count(SurveyResponse, { surveyId: world.survey, householdId: HAND.householdsA1[5] })).toBe(1);
  });

  test('attendance recorded three times at once: one wins', async () => {
    const meeting = (await fixture.command('conveneJointMeeting', '{ meeting { id participants { id } } }', { placeId: A1, title: '七月联席会议', scheduledAt: '2025-07-10T02:00:00Z', participants: participantsOfA1(world.company) })).meeting;
    const outcome = await race('recordJointMeetingAttendance', { meetingId: meeting.id, attendedParticipantIds: [meeting.participants[0].id] });
    expect(outcome).toEqual({ won: 1, codes: ['CONFLICT', 'CONFLICT'] });
  });

  test('three concurrent votes by one participant: one is counted', async () => {
    const outcome = await race('castResolutionVote', { resolutionId: world.resolution, participantId: world.participants.RESIDENT_REPRESENTATIVE, choice: 'AGAINST' });
    expect(outcome).toEqual({ won: 1, codes: ['CONFLICT', 'CONFLICT'] });
  });
});

describe('roles and scope', () => {
  test('a property manager cannot complete a task of a compound outside their scope, nor convene', async () => {
    const elsewhere = viewerWith([Role.PROPERTY_MANAGER], [HAND.compounds.A2]);
    const task = (await fixture.command('assignFollowUpTask', '{ task { id } }', { itemId: await decidedItem(), description: '张贴公示', responsibleSide: 'PROPERTY_COMPANY', dueOn: '2999-01-01' })).task.id;
    expect(await refused('completeFollowUpTask', { taskId: task, outcome: '已公示' }, elsewhere)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.taskId' });
    expect(await refused('conveneJointMeeting', { placeId: A1, title: '联席会议', scheduledAt: '2025-07-01T00:00:00Z', participants: participantsOfA1(world.company) }, viewerWith([Role.PROPERTY_MANAGER], [A1])))
      .toMatchObject({ code: 'FORBIDDEN' });
  });

  test('community staff of another community cannot act on this meeting', async () => {
    const staffB = viewerWith([Role.COMMUNITY_STAFF], [HAND.communityB]);
    expect(await refused('addAgendaItem', { meetingId: world.meeting, title: '议题', source: 'INSPECTION' }, staffB)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.meetingId' });
  });

  test('who raised a suggestion is hidden from property managers and shown to community staff', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Suggestion { content raisedBy(reveal: PROPERTY_AFFAIRS) { id } } } }';
    const representations = { r: [{ __typename: 'Suggestion', id: world.declinedSuggestion }] };
    expect((await fixture.run(viewerWith([Role.PROPERTY_MANAGER], [A1]), query, representations)).data._entities[0]).toEqual({ content: '小区增设充电桩', raisedBy: null });
    expect((await fixture.run(staffA, query, representations)).data._entities[0]).toEqual({ content: '小区增设充电桩', raisedBy: { id: r[4] } });
    expect((await fixture.run(viewerWith([Role.BI_ANALYST]), query, representations)).data._entities[0]).toBeNull();
  });
});

let decided: string | undefined;
/** An item of the held meeting taken to DECISION_PUBLISHED. */
async function decidedItem(): Promise<string> {
  if (decided) return decided;
  const item = (await fixture.command('addAgendaItem', '{ item { id } }', { meetingId: world.meeting, title: '公示栏破损', source: 'INSPECTION' })).item.id;
  await advance('proposeAgendaItem', item);
  await advance('consultAgendaItem', item);
  const resolution = (await fixture.command('proposeResolution', '{ resolution { id } }', { itemId: item, text: '更换公示栏', quorum: 1 })).resolution.id;
  await fixture.command('castResolutionVote', '{ resolution { id } }', { resolutionId: resolution, participantId: world.participants.OWNERS_COMMITTEE, choice: 'FOR' });
  await fixture.command('closeResolutionVote', '{ resolution { id } }', { resolutionId: resolution });
  await advance('decideAgendaItem', item);
  decided = item;
  return item;
}
