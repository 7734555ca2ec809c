import { categoryId } from '../kit/demo/grid-events';
import { Role } from '../kit/auth/role';
import { MediationTeam, MediationTeamKind } from '../subgraphs/mediation/team/mediation-team.entity';
import { Mediator, MediatorKind } from '../subgraphs/mediation/team/mediator.entity';
import { startSupergraph, type Supergraph } from './support/supergraph';

/** Mediation (矛盾纠纷调解) through the real gateway, linked with grids' events, communities and residents. */
describe('mediation through the gateway', () => {
  let supergraph: Supergraph;

  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.close());

  const EVENT = /* GraphQL */ `
    query ($id: ID!) {
      gridEvent(id: $id) {
        id state category { code } community { name }
        mediationCase {
          status level mechanism source description(reveal: MEDIATION) escalations
          parties { role resident(reveal: MEDIATION) { id name(reveal: MEDIATION) } }
          sessions { level outcome discussed(reveal: MEDIATION) }
          agreement { level compensationFen terms(reveal: MEDIATION) payer { role } payee { role } dueOn }
          history { command toStatus level takenOverBy { kind } reason }
          team { kind }
        }
      }
    }
  `;

  it('a seeded neighbour dispute reported in grids reads with the case it became, in one query', async () => {
    const staffToken = (communityId: string) => supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [communityId], subject: 'staff-med-1' });
    const em = supergraph.em('mediation');
    const fromEvent = await em.getConnection().execute('select grid_event_id, community_id from mediation_case where grid_event_id is not null limit 1');
    const [{ grid_event_id: eventId, community_id: communityId }] = fromEvent as { grid_event_id: string; community_id: string }[];
    const response = await supergraph.query(EVENT, { id: eventId }, await staffToken(communityId));
    expect(response.body.errors).toBeUndefined();
    const event = response.body.data.gridEvent;
    expect(event.category.code).toBe('NEIGHBOUR_DISPUTE');
    expect(event.mediationCase).toMatchObject({ source: 'GRID_EVENT' });
    expect(event.mediationCase.history[0].command).toBe('REGISTER');
    // The applicant is a resident, named by grids and linked by mediation (unmasked for staff in scope who give a reason).
    expect(event.mediationCase.parties[0].resident.name).not.toContain('*');
  });

  it('a case from a grid event, failed in the community, handed up, settled at the subdistrict: the event reads it all', async () => {
    const { territory } = supergraph;
    const staff = (communityId: string) => supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [communityId], subject: 'staff-med-2' });
    // A neighbour dispute grid events reported that no case came from yet.
    const grids = supergraph.em('grids');
    const candidates = (await grids.getConnection().execute(
      'select id, community_id from grid_event where category_id = ? order by id', [categoryId('NEIGHBOUR_DISPUTE')],
    )) as { id: string; community_id: string }[];
    const taken = new Set(((await supergraph.em('mediation').getConnection().execute('select grid_event_id from mediation_case where grid_event_id is not null')) as { grid_event_id: string }[]).map((row) => row.grid_event_id));
    const { id: eventId, community_id: communityId } = candidates.find((candidate) => !taken.has(candidate.id))!;
    const community = territory.communities.find((candidate) => candidate.id === communityId)!;
    const building = territory.buildings.find((candidate) => candidate.communityId === communityId)!;
    const [first, second] = [...territory.households(building)].slice(0, 2).map((household) => [...territory.residents(household)][0]);
    const staffToken = await staff(communityId);
    const adminToken = await supergraph.token({ roles: [Role.SUBDISTRICT_ADMIN], scope: [community.subdistrictId], subject: 'admin-med-1' });

    const send = async (mutation: string, inputType: string, input: Record<string, unknown>, token: string, select = 'mediationCase { id status level }') => {
      const response = await supergraph.query(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${select} } }`, { input }, token);
      expect(response.body.errors).toBeUndefined();
      return response.body.data[mutation];
    };
    const registered = await send('registerMediationCase', 'RegisterMediationCaseInput', {
      category: 'NEIGHBOUR', description: '楼上卫生间漏水渗到楼下, 楼上拒绝赔偿', source: 'GRID_EVENT', gridEventId: eventId,
      parties: [{ role: 'APPLICANT', residentId: first.id }, { role: 'RESPONDENT', residentId: second.id }],
    }, staffToken, 'mediationCase { id status level parties { id role } }');
    const caseId = registered.mediationCase.id;
    const [applicant, respondent] = registered.mediationCase.parties;

    const mediation = supergraph.em('mediation');
    const committee = await mediation.findOneOrFail(MediationTeam, { communityId, kind: MediationTeamKind.COMMITTEE });
    const centre = await mediation.findOneOrFail(MediationTeam, { subdistrictId: community.subdistrictId, kind: MediationTeamKind.SUBDISTRICT_CENTRE });
    const [communityMediator] = await mediation.find(Mediator, { teamId: committee.id }, { limit: 1, orderBy: { id: 'ASC' } });
    const [centreMediator] = await mediation.find(Mediator, { teamId: centre.id, kind: MediatorKind.PEOPLES_MEDIATOR }, { limit: 1, orderBy: { id: 'ASC' } });
    const adviser = await mediation.findOneOrFail(Mediator, { subdistrictId: community.subdistrictId, kind: MediatorKind.LEGAL_ADVISER });
    const police = await mediation.findOneOrFail(Mediator, { subdistrictId: community.subdistrictId, kind: MediatorKind.POLICE_OFFICER });
    const today = new Date().toISOString().slice(0, 10);
    const dueOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

    await send('assignMediators', 'AssignMediatorsInput', { caseId, mediators: [{ mediatorId: communityMediator.id, role: 'LEAD' }] }, staffToken);
    const failed = await send('holdMediationSession', 'HoldMediationSessionInput', {
      caseId, heldOn: today, discussed: '第一次协商: 楼上以各种理由拒绝赔偿', outcome: 'NO_AGREEMENT',
      attendees: [{ role: 'MEDIATOR', mediatorId: communityMediator.id }, { role: 'PARTY', partyId: applicant.id }, { role: 'PARTY', partyId: respondent.id }],
    }, staffToken);
    expect(failed.mediationCase.status).toBe('FAILED');
    const escalated = await send('escalateMediationCase', 'EscalateMediationCaseInput', { caseId, reason: '社区协商失败, 吹哨司法所、法律顾问、派出所', toTeamId: centre.id }, staffToken);
    expect(escalated.mediationCase).toMatchObject({ status: 'ESCALATED', level: 'SUBDISTRICT' });
    await send('assignMediators', 'AssignMediatorsInput', { caseId, mediators: [
      { mediatorId: centreMediator.id, role: 'LEAD' }, { mediatorId: adviser.id, role: 'CALLED_IN' }, { mediatorId: police.id, role: 'CALLED_IN' },
    ] }, adminToken);
    const session = await send('holdMediationSession', 'HoldMediationSessionInput', {
      caseId, heldOn: today, discussed: '法律顾问、民警以案释法, 几方达成共识', outcome: 'AGREED',
      attendees: [
        { role: 'MEDIATOR', mediatorId: centreMediator.id }, { role: 'LEGAL_ADVISER', mediatorId: adviser.id }, { role: 'POLICE', mediatorId: police.id },
        { role: 'PARTY', partyId: applicant.id }, { role: 'PARTY', partyId: respondent.id },
      ],
    }, adminToken, 'session { id }');
    const agreed = await send('recordMediationAgreement', 'RecordMediationAgreementInput', {
      caseId, sessionId: session.session.id, terms: '楼上一次性赔偿清理维修费用', compensationFen: 320_000, payerPartyId: respondent.id, payeePartyId: applicant.id, dueOn,
    }, adminToken);
    expect(agreed.mediationCase).toMatchObject({ status: 'AGREED', level: 'SUBDISTRICT' });

    const response = await supergraph.query(EVENT, { id: eventId }, adminToken);
    expect(response.body.errors).toBeUndefined();
    const kase = response.body.data.gridEvent.mediationCase;
    expect(kase).toMatchObject({
      status: 'AGREED', level: 'SUBDISTRICT', mechanism: 'ADMINISTRATIVE', source: 'GRID_EVENT', escalations: 1, team: { kind: 'SUBDISTRICT_CENTRE' },
      sessions: [{ level: 'COMMUNITY', outcome: 'NO_AGREEMENT', discussed: '第一次协商: 楼上以各种理由拒绝赔偿' }, { level: 'SUBDISTRICT', outcome: 'AGREED', discussed: '法律顾问、民警以案释法, 几方达成共识' }],
      agreement: { level: 'SUBDISTRICT', compensationFen: 320_000, terms: '楼上一次性赔偿清理维修费用', payer: { role: 'RESPONDENT' }, payee: { role: 'APPLICANT' }, dueOn },
    });
    expect(kase.history.map((step: { command: string }) => step.command)).toEqual(['REGISTER', 'ASSIGN_MEDIATORS', 'FAIL', 'ESCALATE', 'ASSIGN_MEDIATORS', 'HOLD_SESSION', 'RECORD_AGREEMENT']);
    expect(kase.history[3]).toMatchObject({ toStatus: 'ESCALATED', level: 'SUBDISTRICT', takenOverBy: { kind: 'SUBDISTRICT_CENTRE' }, reason: '社区协商失败, 吹哨司法所、法律顾问、派出所' });

    // A grid worker of the community sees the link but not the dispute.
    const worker = await supergraph.token({ roles: [Role.GRID_WORKER], scope: [communityId] });
    const masked = await supergraph.query(EVENT, { id: eventId }, worker);
    expect(masked.body.data.gridEvent.mediationCase).toMatchObject({ description: '***', agreement: { terms: '***' } });
  });

  it("a community's grids figures and mediation figures in one query; BI gets counts only", async () => {
    const community = supergraph.territory.communities[0];
    const bi = await supergraph.token({ roles: [Role.BI_ANALYST] });
    const response = await supergraph.query(`query ($id: ID!) { community(id: $id) { name mediationStats { cases agreed settledAtCommunityRate byLevel { level cases } } } }`, { id: community.id }, bi);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.community.name).toBe(community.name);
    expect(response.body.data.community.mediationStats.cases).toBeGreaterThan(0);
    const rows = await supergraph.query(`query ($id: ID!) { community(id: $id) { mediationCases(first: 5) { totalCount } } }`, { id: community.id }, bi);
    expect(rows.body.data.community.mediationCases).toBeNull();
  });
});
