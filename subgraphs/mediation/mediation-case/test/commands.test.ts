import { v4 as uuidv4 } from 'uuid';
import { categoryId } from '../../../../kit/demo/grid-events';
import { Role } from '../../../../kit/auth/role';
import { errorCodes } from '../../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../../kit/testing/viewers';
import type { DemoResident } from '../../../../kit/demo/types';
import { GridEventCopy } from '../../grid-event/grid-event-copy.entity';
import { DisputeLead, LeadDepartment, LeadStatus } from '../../lead/dispute-lead.entity';
import { MediationTeamKind } from '../../team/mediation-team.entity';
import { Mediator, MediatorKind } from '../../team/mediator.entity';
import { buildCase, snapshot, teamOf } from '../../test/case-builder';
import { createMediationFixture, type MediationFixture } from '../../test/mediation-fixture';
import { DisputeCategory } from '../dispute.enums';
import { MediationCaseStatus as S, MediationLevel } from '../lifecycle';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterMediationCaseInput!) {
    registerMediationCase(input: $input) {
      mediationCase { id status level mechanism source description(reveal: MEDIATION) deadlineAt registeredAt team { kind } gridEvent { id } lead { id status } parties { role name(reveal: MEDIATION) resident(reveal: MEDIATION) { id } } history { sequence command toStatus } }
    }
  }
`;

let fixture: MediationFixture;
let communityId: string;
let residents: DemoResident[];
beforeAll(async () => {
  fixture = await createMediationFixture();
  const { territory } = fixture;
  communityId = territory.communities[0].id;
  const building = territory.buildings.find((candidate) => candidate.communityId === communityId)!;
  residents = [...territory.households(building)].slice(0, 3).flatMap((household) => [...territory.residents(household)]);
});
afterAll(() => fixture.close());

const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

function registration(overrides: Record<string, unknown> = {}) {
  return {
    category: 'NEIGHBOUR', description: '楼上漏水渗到楼下, 协商赔偿未果', source: 'WALK_IN', placeId: communityId,
    parties: [{ role: 'APPLICANT', residentId: residents[0].id }, { role: 'RESPONDENT', residentId: residents[3].id }],
    ...overrides,
  };
}

describe('registerMediationCase', () => {
  it('registers at community level with the level\'s deadline and a first history step', async () => {
    const committee = await teamOf(fixture.em(), communityId, MediationTeamKind.COMMITTEE);
    const before = Date.now();
    const result = await fixture.run(cityAdmin, REGISTER, { input: registration({ teamId: committee.id, parties: [
      { role: 'APPLICANT', residentId: residents[0].id }, { role: 'RESPONDENT', name: '某物业服务有限公司', affiliation: '物业公司' },
    ] }) });
    expect(result.errors).toBeUndefined();
    const kase = result.data.registerMediationCase.mediationCase;
    expect(kase).toMatchObject({ status: 'REGISTERED', level: 'COMMUNITY', mechanism: 'PEOPLES', source: 'WALK_IN', team: { kind: 'COMMITTEE' }, gridEvent: null, lead: null });
    expect(kase.description).toBe('楼上漏水渗到楼下, 协商赔偿未果');
    expect(kase.parties).toEqual([
      { role: 'APPLICANT', name: null, resident: { id: residents[0].id } },
      { role: 'RESPONDENT', name: '某物业服务有限公司', resident: null },
    ]);
    // Community level has 15 days (LEVEL_DEADLINE_DAYS).
    expect(new Date(kase.deadlineAt).getTime() - new Date(kase.registeredAt).getTime()).toBe(15 * 86_400_000);
    expect(new Date(kase.registeredAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(kase.history).toEqual([{ sequence: 1, command: 'REGISTER', toStatus: 'REGISTERED' }]);
  });

  it('from a grid event in its copy: the place is the event\'s, and a second case from it is CONFLICT', async () => {
    const grid = fixture.territory.grids.find((candidate) => candidate.communityId === communityId)!;
    const event = Object.assign(new GridEventCopy(), { id: uuidv4(), categoryId: categoryId('NEIGHBOUR_DISPUTE'), state: 'IN_PROGRESS', gridId: grid.id, communityId, subdistrictId: grid.subdistrictId, reportedAt: new Date() });
    await fixture.em().insert(event);
    const input = registration({ source: 'GRID_EVENT', gridEventId: event.id, placeId: null });
    const first = await fixture.run(cityAdmin, REGISTER, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.registerMediationCase.mediationCase.gridEvent).toEqual({ id: event.id });
    const before = await snapshot(fixture.em());
    const second = await fixture.run(cityAdmin, REGISTER, { input });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0].extensions!.field).toBe('input.gridEventId');
    expect(await snapshot(fixture.em())).toBe(before);
  });

  it('a merged duplicate is no event to mediate: BAD_USER_INPUT, nothing written', async () => {
    const grid = fixture.territory.grids.find((candidate) => candidate.communityId === communityId)!;
    const event = Object.assign(new GridEventCopy(), { id: uuidv4(), categoryId: categoryId('NEIGHBOUR_DISPUTE'), state: 'MERGED', gridId: grid.id, communityId, subdistrictId: grid.subdistrictId, reportedAt: new Date() });
    await fixture.em().insert(event);
    const before = await snapshot(fixture.em());
    const result = await fixture.run(cityAdmin, REGISTER, { input: registration({ source: 'GRID_EVENT', gridEventId: event.id, placeId: null }) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions).toMatchObject({ field: 'input.gridEventId', rule: 'not merged' });
    expect(await snapshot(fixture.em())).toBe(before);
  });

  it('from an open lead: the lead becomes CONVERTED and points at the case', async () => {
    const lead = Object.assign(new DisputeLead(), {
      id: uuidv4(), department: LeadDepartment.POLICE_STATION, category: DisputeCategory.NEIGHBOUR, summary: '派出所接警: 邻里因噪音争执', sharedOn: today(),
      sharedBy: 'test', status: LeadStatus.OPEN, communityId, subdistrictId: fixture.territory.communities[0].subdistrictId,
    });
    await fixture.em().insert(lead);
    const result = await fixture.run(cityAdmin, REGISTER, { input: registration({ source: 'DEPARTMENT_LEAD', leadId: lead.id }) });
    expect(result.errors).toBeUndefined();
    const kase = result.data.registerMediationCase.mediationCase;
    expect(kase.lead).toEqual({ id: lead.id, status: 'CONVERTED' });
    const stored = await fixture.em().findOneOrFail(DisputeLead, { id: lead.id });
    expect([stored.status, stored.caseId]).toEqual([LeadStatus.CONVERTED, kase.id]);
    const again = await fixture.run(cityAdmin, REGISTER, { input: registration({ source: 'DEPARTMENT_LEAD', leadId: lead.id }) });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  const unknown = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['no parties', { parties: [] }, 'input.parties'],
    ['a party with neither resident nor name', { parties: [{ role: 'APPLICANT', residentId: null }, { role: 'RESPONDENT', name: '李四' }] }, 'input.parties.0.residentId'],
    ['a party with both', { parties: [{ role: 'APPLICANT', residentId: 'R0', name: '张三' }, { role: 'RESPONDENT', name: '李四' }] }, 'input.parties.0.residentId'],
    ['an unknown resident', { parties: [{ role: 'APPLICANT', name: '张三' }, { role: 'RESPONDENT', residentId: unknown }] }, 'input.parties.1.residentId'],
    ['the same resident twice', { parties: [{ role: 'APPLICANT', residentId: 'R0' }, { role: 'RESPONDENT', residentId: 'R0' }] }, 'input.parties.1.residentId'],
    ['no applicant', { parties: [{ role: 'RESPONDENT', name: '张三' }, { role: 'THIRD_PARTY', name: '李四' }] }, 'input.parties'],
    ['a description too short', { description: '吵架' }, 'input.description'],
    ['control characters', { description: '楼上漏水\u202e渗到楼下' }, 'input.description'],
    ['no place', { placeId: null }, 'input.placeId'],
    ['a place that is not known', { placeId: unknown }, 'input.placeId'],
    ['a grid event not in the copy', { source: 'GRID_EVENT', placeId: null, gridEventId: unknown }, 'input.gridEventId'],
    ['GRID_EVENT without its event', { source: 'GRID_EVENT', placeId: null }, 'input.gridEventId'],
    ['an event with another source', { gridEventId: unknown }, 'input.gridEventId'],
    ['DEPARTMENT_LEAD without its lead', { source: 'DEPARTMENT_LEAD' }, 'input.leadId'],
    ['an unknown lead', { source: 'DEPARTMENT_LEAD', leadId: unknown }, 'input.leadId'],
    ["the women's team for a neighbour dispute", { teamId: 'WOMENS' }, 'input.teamId'],
    ['a subdistrict team at community level', { teamId: 'CENTRE' }, 'input.teamId'],
    ['an unknown team', { teamId: unknown }, 'input.teamId'],
    ['an unknown category', { category: 'GOSSIP' }, null],
  ])('refuses %s with BAD_USER_INPUT on the field, writing nothing', async (_name, overrides, field) => {
    const em = fixture.em();
    const teams = { WOMENS: (await teamOf(em, communityId, MediationTeamKind.WOMENS_TEAM)).id, CENTRE: (await teamOf(em, communityId, MediationTeamKind.SUBDISTRICT_CENTRE)).id };
    const resolved = JSON.parse(JSON.stringify(overrides).replace(/"R0"/g, JSON.stringify(residents[0].id)).replace(/"(WOMENS|CENTRE)"/g, (_match, key: 'WOMENS' | 'CENTRE') => JSON.stringify(teams[key])));
    const before = await snapshot(em);
    const result = await fixture.run(cityAdmin, REGISTER, { input: registration(resolved) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    if (field) expect(result.errors![0].extensions!.field).toBe(field);
    expect(await snapshot(fixture.em())).toBe(before);
  });

  it('refuses a dispute outside the registrar\'s scope (FORBIDDEN), writing nothing', async () => {
    const other = fixture.territory.communities.find((community) => community.id !== communityId)!;
    const before = await snapshot(fixture.em());
    const result = await fixture.run(viewerWith([Role.GRID_WORKER], [other.id]), REGISTER, { input: registration() });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(await snapshot(fixture.em())).toBe(before);
  });
});

describe('commands on a case: bad input changes nothing', () => {
  const cases: [string, S, (ids: Record<string, string>) => [string, string, Record<string, unknown>], string][] = [
    ['assign a mediator of another community', S.REGISTERED, (ids) => ['assignMediators', 'AssignMediatorsInput', { caseId: ids.caseId, mediators: [{ mediatorId: ids.otherMediator }] }], 'input.mediators.0.mediatorId'],
    ['assign a legal adviser as a member, not called in', S.REGISTERED, (ids) => ['assignMediators', 'AssignMediatorsInput', { caseId: ids.caseId, mediators: [{ mediatorId: ids.adviser, role: 'MEMBER' }] }], 'input.mediators.0.role'],
    ['assign the same mediator twice', S.REGISTERED, (ids) => ['assignMediators', 'AssignMediatorsInput', { caseId: ids.caseId, mediators: [{ mediatorId: ids.free }, { mediatorId: ids.free }] }], 'input.mediators.1.mediatorId'],
    ['assign one already on the case', S.IN_MEDIATION, (ids) => ['assignMediators', 'AssignMediatorsInput', { caseId: ids.caseId, mediators: [{ mediatorId: ids.assigned }] }], 'input.mediators.0.mediatorId'],
    ['a session in the future', S.IN_MEDIATION, (ids) => ['holdMediationSession', 'HoldMediationSessionInput', { caseId: ids.caseId, heldOn: tomorrow(), attendees: [{ role: 'MEDIATOR', mediatorId: ids.assigned }, { role: 'PARTY', partyId: ids.party0 }], discussed: '陈述', outcome: 'ADJOURNED' }], 'input.heldOn'],
    ['a session on 2025-02-30', S.IN_MEDIATION, (ids) => ['holdMediationSession', 'HoldMediationSessionInput', { caseId: ids.caseId, heldOn: '2025-02-30', attendees: [{ role: 'MEDIATOR', mediatorId: ids.assigned }, { role: 'PARTY', partyId: ids.party0 }], discussed: '陈述', outcome: 'ADJOURNED' }], 'input.heldOn'],
    ['a session attended by a mediator not on the case', S.IN_MEDIATION, (ids) => ['holdMediationSession', 'HoldMediationSessionInput', { caseId: ids.caseId, heldOn: today(), attendees: [{ role: 'MEDIATOR', mediatorId: ids.free }, { role: 'PARTY', partyId: ids.party0 }], discussed: '陈述', outcome: 'ADJOURNED' }], 'input.attendees.0.mediatorId'],
    ['compensation without a payer', S.IN_MEDIATION, (ids) => ['recordMediationAgreement', 'RecordMediationAgreementInput', { caseId: ids.caseId, terms: '赔偿', compensationFen: 50_000, payeePartyId: ids.party0, dueOn: tomorrow() }], 'input.payerPartyId'],
    ['negative compensation', S.IN_MEDIATION, (ids) => ['recordMediationAgreement', 'RecordMediationAgreementInput', { caseId: ids.caseId, terms: '赔偿', compensationFen: -1 }], 'input.compensationFen'],
    ['a payer who is no party', S.IN_MEDIATION, (ids) => ['recordMediationAgreement', 'RecordMediationAgreementInput', { caseId: ids.caseId, terms: '赔偿', compensationFen: 100, payerPartyId: ids.caseId, payeePartyId: ids.party0, dueOn: tomorrow() }], 'input.payerPartyId'],
    ['payer and payee the same', S.IN_MEDIATION, (ids) => ['recordMediationAgreement', 'RecordMediationAgreementInput', { caseId: ids.caseId, terms: '赔偿', compensationFen: 100, payerPartyId: ids.party0, payeePartyId: ids.party0, dueOn: tomorrow() }], 'input.payeePartyId'],
    ['escalate to the judicial office, skipping the subdistrict', S.IN_MEDIATION, (ids) => ['escalateMediationCase', 'EscalateMediationCaseInput', { caseId: ids.caseId, reason: '未果', toTeamId: ids.judicial }], 'input.toTeamId'],
    ['escalate without a reason', S.IN_MEDIATION, (ids) => ['escalateMediationCase', 'EscalateMediationCaseInput', { caseId: ids.caseId, reason: '', toTeamId: ids.centre }], 'input.reason'],
    ['fulfilment PENDING', S.AGREED, (ids) => ['recordAgreementFulfilment', 'RecordAgreementFulfilmentInput', { caseId: ids.caseId, fulfilment: 'PENDING', checkedOn: today() }], 'input.fulfilment'],
    ['a follow-up visit in the future', S.AGREED, (ids) => ['recordFollowUpVisit', 'RecordFollowUpVisitInput', { caseId: ids.caseId, visitedOn: tomorrow(), note: '回访', satisfied: true }], 'input.visitedOn'],
    ['an unknown case', S.IN_MEDIATION, () => ['closeMediationCase', 'MediationCaseReasonInput', { caseId: '00000000-0000-4000-8000-000000000000', reason: '结案' }], 'input.caseId'],
  ];

  it.each(cases)('%s: BAD_USER_INPUT on the field', async (_name, status, build, field) => {
    const em = fixture.em();
    const built = await buildCase(em, { communityId, status });
    const other = fixture.territory.communities.find((community) => community.id !== communityId)!;
    const otherCommittee = await teamOf(em, other.id, MediationTeamKind.COMMITTEE);
    const centre = await teamOf(em, communityId, MediationTeamKind.SUBDISTRICT_CENTRE);
    const judicial = await teamOf(em, communityId, MediationTeamKind.JUDICIAL_OFFICE);
    const committeeMediators = await em.find(Mediator, { teamId: built.kase.teamId }, { orderBy: { id: 'ASC' } });
    const ids = {
      caseId: built.kase.id, party0: built.parties[0].id, assigned: built.mediator?.id ?? '', centre: centre.id, judicial: judicial.id,
      free: committeeMediators.find((mediator) => mediator.id !== built.mediator?.id)!.id,
      otherMediator: (await em.findOneOrFail(Mediator, { teamId: otherCommittee.id })).id,
      adviser: (await em.findOneOrFail(Mediator, { subdistrictId: built.kase.subdistrictId, kind: MediatorKind.LEGAL_ADVISER })).id,
    };
    const [mutation, inputType, input] = build(ids);
    const before = await snapshot(fixture.em());
    const result = await fixture.run(cityAdmin, `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { mediationCase { id } } }`, { input });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe(field);
    expect(await snapshot(fixture.em())).toBe(before);
  });

  it('fulfilment of a case closed without agreement is CONFLICT, and nothing changes', async () => {
    const built = await buildCase(fixture.em(), { communityId, status: S.CLOSED, agreement: false });
    const before = await snapshot(fixture.em());
    const result = await fixture.run(cityAdmin, 'mutation ($input: RecordAgreementFulfilmentInput!) { recordAgreementFulfilment(input: $input) { agreement { id } } }', {
      input: { caseId: built.kase.id, fulfilment: 'FULFILLED', checkedOn: today() },
    });
    expect(errorCodes(result)).toEqual(['CONFLICT']);
    expect(await snapshot(fixture.em())).toBe(before);
  });
});

describe('tiered escalation', () => {
  it('community → subdistrict → judicial office, each step saying why and who took over, with the new level\'s deadline', async () => {
    const em = fixture.em();
    const built = await buildCase(em, { communityId, status: S.IN_MEDIATION });
    const centre = await teamOf(em, communityId, MediationTeamKind.SUBDISTRICT_CENTRE);
    const judicial = await teamOf(em, communityId, MediationTeamKind.JUDICIAL_OFFICE);
    const escalate = (toTeamId: string, reason: string) => fixture.run(cityAdmin, `mutation ($input: EscalateMediationCaseInput!) {
      escalateMediationCase(input: $input) { mediationCase { status level mechanism escalations levelSince deadlineAt team { id } } transition { reason takenOverBy { id name } level } }
    }`, { input: { caseId: built.kase.id, reason, toTeamId } });
    const first = await escalate(centre.id, '社区多次调解未果');
    expect(first.errors).toBeUndefined();
    const one = first.data.escalateMediationCase;
    expect(one.mediationCase).toMatchObject({ status: 'ESCALATED', level: 'SUBDISTRICT', mechanism: 'ADMINISTRATIVE', escalations: 1, team: { id: centre.id } });
    expect(new Date(one.mediationCase.deadlineAt).getTime() - new Date(one.mediationCase.levelSince).getTime()).toBe(30 * 86_400_000);
    expect(one.transition).toEqual({ reason: '社区多次调解未果', takenOverBy: { id: centre.id, name: centre.name }, level: 'SUBDISTRICT' });

    const centreMediator = (await em.find(Mediator, { teamId: centre.id, kind: MediatorKind.PEOPLES_MEDIATOR }, { limit: 1 }))[0];
    const police = await em.findOneOrFail(Mediator, { subdistrictId: centre.subdistrictId, kind: MediatorKind.POLICE_OFFICER });
    const assigned = await fixture.run(cityAdmin, 'mutation ($input: AssignMediatorsInput!) { assignMediators(input: $input) { mediationCase { status mediators { role level mediator { kind } } } } }', {
      input: { caseId: built.kase.id, mediators: [{ mediatorId: centreMediator.id, role: 'LEAD' }, { mediatorId: police.id, role: 'CALLED_IN' }] },
    });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data.assignMediators.mediationCase.mediators).toEqual([
      { role: 'LEAD', level: 'COMMUNITY', mediator: { kind: 'PEOPLES_MEDIATOR' } },
      { role: 'LEAD', level: 'SUBDISTRICT', mediator: { kind: 'PEOPLES_MEDIATOR' } },
      { role: 'CALLED_IN', level: 'SUBDISTRICT', mediator: { kind: 'POLICE_OFFICER' } },
    ]);
    const second = await escalate(judicial.id, '街道调处未果');
    expect(second.errors).toBeUndefined();
    expect(second.data.escalateMediationCase.mediationCase).toMatchObject({ level: 'JUDICIAL_OFFICE', mechanism: 'JUDICIAL', escalations: 2, team: { id: judicial.id } });
  });

  it('eligible teams follow level, place and speciality', async () => {
    const em = fixture.em();
    const teamsOf = async (spec: Parameters<typeof buildCase>[1]) => {
      const built = await buildCase(em, spec);
      const result = await fixture.run(cityAdmin, 'query ($id: ID!) { mediationCase(id: $id) { eligibleTeams { kind community { id } } } }', { id: built.kase.id });
      return result.data.mediationCase.eligibleTeams as { kind: string; community: { id: string } | null }[];
    };
    const family = await teamsOf({ communityId, status: S.REGISTERED, category: DisputeCategory.FAMILY_MARRIAGE });
    expect(family.map((team) => team.kind)).toEqual(expect.arrayContaining(['COMMITTEE', 'WOMENS_TEAM']));
    expect(family.every((team) => team.community?.id === communityId)).toBe(true);
    const neighbour = await teamsOf({ communityId, status: S.REGISTERED, category: DisputeCategory.NEIGHBOUR });
    expect(neighbour.map((team) => team.kind)).not.toContain('WOMENS_TEAM');
    expect(neighbour.map((team) => team.kind)).toContain('COMMITTEE');
    const up = await teamsOf({ communityId, status: S.ESCALATED, level: MediationLevel.SUBDISTRICT });
    expect(up).toEqual([{ kind: 'SUBDISTRICT_CENTRE', community: null }]);
  });

  it('the women\'s team takes marriage and family disputes', async () => {
    const em = fixture.em();
    const womens = await teamOf(em, communityId, MediationTeamKind.WOMENS_TEAM);
    const built = await buildCase(em, { communityId, status: S.REGISTERED, category: DisputeCategory.FAMILY_MARRIAGE });
    const mediator = await em.findOneOrFail(Mediator, { teamId: womens.id });
    const result = await fixture.run(cityAdmin, 'mutation ($input: AssignMediatorsInput!) { assignMediators(input: $input) { mediationCase { status level } } }', {
      input: { caseId: built.kase.id, mediators: [{ mediatorId: mediator.id, role: 'LEAD' }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.assignMediators.mediationCase).toEqual({ status: 'IN_MEDIATION', level: MediationLevel.COMMUNITY });
  });
});
