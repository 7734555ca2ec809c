import { Role } from '../../kit/auth/role';
import { OutboxEvent } from '../../kit/events/outbox-event.entity';
import { GridEventCopy } from '../../subgraphs/mediation/grid-event/grid-event-copy.entity';
import { MediationTeam, MediationTeamKind } from '../../subgraphs/mediation/team/mediation-team.entity';
import { Mediator, MediatorKind } from '../../subgraphs/mediation/team/mediator.entity';
import { eventually } from './eventually';
import type { Supergraph } from './supergraph';

/**
 * The issue's cross-subgraph scenario, on whichever transport the supergraph runs: a grid event
 * reported and handled in grids → a mediation case registered from it (mediation knows the event
 * from grids' stream) → failed in the community, handed up to the subdistrict → agreement →
 * grids records it on the event's history and moves the event on, exactly once.
 */

const EVENT = /* GraphQL */ `
  query ($id: ID!) {
    gridEvent(id: $id) {
      id state resolution
      history(first: 50) { edges { node { sequence command toState actorId reason } } }
      mediationCase {
        status level escalations
        sessions { level outcome }
        agreement { level compensationFen terms(reveal: MEDIATION) }
        history { command }
      }
    }
  }
`;

async function send(supergraph: Supergraph, token: string, mutation: string, inputType: string, input: Record<string, unknown>, select: string) {
  const response = await supergraph.query(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${select} } }`, { input }, token);
  if (response.body.errors) throw new Error(`${mutation}: ${JSON.stringify(response.body.errors)}`);
  return response.body.data[mutation];
}

export interface MediatedEvent {
  readonly eventId: string;
  readonly caseId: string;
  readonly admin: string;
  /** Records the agreement (at the subdistrict) through the gateway. */
  agree(): Promise<void>;
  /** The event as one gateway query reads it: grids' state and history with mediation's case. */
  read(): Promise<any>;
  /** RESOLVE steps in the event's history. */
  resolveSteps(): Promise<any[]>;
}

/**
 * Reports a neighbour dispute in a grid of 文兴社区, has the grid worker accept and start it,
 * registers a case from it once mediation's copy has it, fails it in the community, hands it up and
 * holds the agreeing session at the subdistrict; the agreement itself is left to `agree()`.
 */
export async function mediatedGridEvent(supergraph: Supergraph, description: string): Promise<MediatedEvent> {
  const { territory } = supergraph;
  const community = territory.communities.find((candidate) => candidate.name === '文兴社区')!;
  const grid = territory.grids.find((candidate) => candidate.communityId === community.id && candidate.buildingIds.length > 0)!;
  const building = territory.buildings.find((candidate) => candidate.id === grid.buildingIds[0])!;
  const [first, second] = [...territory.households(building)].slice(0, 2).map((household) => [...territory.residents(household)][0]);
  const worker = await supergraph.token({ roles: [Role.GRID_WORKER], scope: [grid.id], subject: 'worker-mediated' });
  const staff = await supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [community.id], subject: 'staff-mediated' });
  const admin = await supergraph.token({ roles: [Role.SUBDISTRICT_ADMIN], scope: [community.subdistrictId], subject: 'admin-mediated' });

  const reported = await send(supergraph, worker, 'reportGridEvent', 'ReportGridEventInput', {
    categoryCode: 'NEIGHBOUR_DISPUTE', description, gridId: grid.id, buildingId: building.id, source: 'PATROL',
  }, 'gridEvent { id }');
  const eventId: string = reported.gridEvent.id;
  await send(supergraph, worker, 'acceptGridEvent', 'GridEventCommandInput', { eventId }, 'gridEvent { state }');
  await send(supergraph, worker, 'startGridEvent', 'GridEventCommandInput', { eventId }, 'gridEvent { state }');
  // Mediation learns of the event from grids' stream, not from the client.
  await eventually(`grid event ${eventId} in mediation's copy, in progress`, async () =>
    (await supergraph.em('mediation').findOne(GridEventCopy, { id: eventId, state: 'IN_PROGRESS' })) ?? undefined);

  const registered = await send(supergraph, staff, 'registerMediationCase', 'RegisterMediationCaseInput', {
    category: 'NEIGHBOUR', description: '楼上卫生间漏水渗到楼下, 楼上拒绝赔偿', source: 'GRID_EVENT', gridEventId: eventId,
    parties: [{ role: 'APPLICANT', residentId: first.id }, { role: 'RESPONDENT', residentId: second.id }],
  }, 'mediationCase { id parties { id role } }');
  const caseId: string = registered.mediationCase.id;
  const [applicant, respondent] = registered.mediationCase.parties;

  const mediation = supergraph.em('mediation');
  const committee = await mediation.findOneOrFail(MediationTeam, { communityId: community.id, kind: MediationTeamKind.COMMITTEE });
  const centre = await mediation.findOneOrFail(MediationTeam, { subdistrictId: community.subdistrictId, kind: MediationTeamKind.SUBDISTRICT_CENTRE });
  const [communityMediator] = await mediation.find(Mediator, { teamId: committee.id }, { orderBy: { id: 'ASC' }, limit: 1 });
  const [centreMediator] = await mediation.find(Mediator, { teamId: centre.id, kind: MediatorKind.PEOPLES_MEDIATOR }, { orderBy: { id: 'ASC' }, limit: 1 });
  const police = await mediation.findOneOrFail(Mediator, { subdistrictId: community.subdistrictId, kind: MediatorKind.POLICE_OFFICER });
  const today = new Date().toISOString().slice(0, 10);
  const parties = [{ role: 'PARTY', partyId: applicant.id }, { role: 'PARTY', partyId: respondent.id }];

  await send(supergraph, staff, 'assignMediators', 'AssignMediatorsInput', { caseId, mediators: [{ mediatorId: communityMediator.id, role: 'LEAD' }] }, 'mediationCase { status }');
  await send(supergraph, staff, 'holdMediationSession', 'HoldMediationSessionInput', {
    caseId, heldOn: today, discussed: '第一次协商失败', outcome: 'NO_AGREEMENT', attendees: [{ role: 'MEDIATOR', mediatorId: communityMediator.id }, ...parties],
  }, 'mediationCase { status }');
  await send(supergraph, staff, 'escalateMediationCase', 'EscalateMediationCaseInput', { caseId, reason: '社区调解未果, 提请街道调处', toTeamId: centre.id }, 'mediationCase { level }');
  await send(supergraph, admin, 'assignMediators', 'AssignMediatorsInput', {
    caseId, mediators: [{ mediatorId: centreMediator.id, role: 'LEAD' }, { mediatorId: police.id, role: 'CALLED_IN' }],
  }, 'mediationCase { status }');
  const session = await send(supergraph, admin, 'holdMediationSession', 'HoldMediationSessionInput', {
    caseId, heldOn: today, discussed: '民警以案释法, 双方达成共识', outcome: 'AGREED',
    attendees: [{ role: 'MEDIATOR', mediatorId: centreMediator.id }, { role: 'POLICE', mediatorId: police.id }, ...parties],
  }, 'session { id }');

  const read = async () => {
    const response = await supergraph.query(EVENT, { id: eventId }, admin);
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data.gridEvent;
  };
  return {
    eventId,
    caseId,
    admin,
    agree: async () => {
      await send(supergraph, admin, 'recordMediationAgreement', 'RecordMediationAgreementInput', {
        caseId, sessionId: session.session.id, terms: '楼上一次性赔偿维修费用', compensationFen: 250_000, payerPartyId: respondent.id, payeePartyId: applicant.id,
        dueOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      }, 'mediationCase { status }');
    },
    read,
    resolveSteps: async () => (await read()).history.edges.map((edge: any) => edge.node).filter((step: any) => step.command === 'RESOLVE'),
  };
}

/** Waits until grids' consumer of mediation's stream has applied everything mediation recorded so far. */
export async function gridsCaughtUpWithMediation(supergraph: Supergraph): Promise<void> {
  const [last] = await supergraph.em('mediation').find(OutboxEvent, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
  const head = last?.sequence ?? 0;
  await eventually(`grids' mediation-outcomes consumer to reach mediation's sequence ${head}`, () => {
    const status = supergraph.events('grids').status().consumers.find((consumer) => consumer.consumer === 'mediation-outcomes');
    return !!status && status.sequence >= head;
  });
}

/** The agreement reaches the grid event: resolved, waiting for feedback, one history step naming the case. */
export async function expectAgreementOnEvent(mediated: MediatedEvent): Promise<void> {
  const event = await eventually('the grid event resolved by the agreement', async () => {
    const read = await mediated.read();
    return read.state === 'RESOLVED' ? read : undefined;
  });
  const steps = event.history.edges.map((edge: any) => edge.node);
  expect(steps.map((step: any) => step.command)).toEqual(['REPORT', 'ACCEPT', 'START', 'RESOLVE']);
  expect(steps[3]).toMatchObject({ toState: 'RESOLVED', actorId: 'mediation' });
  expect(steps[3].reason).toContain(mediated.caseId);
  expect(event.resolution).toContain('调解达成协议');
  expect(event.mediationCase).toMatchObject({
    status: 'AGREED', level: 'SUBDISTRICT', escalations: 1,
    sessions: [{ level: 'COMMUNITY', outcome: 'NO_AGREEMENT' }, { level: 'SUBDISTRICT', outcome: 'AGREED' }],
    agreement: { level: 'SUBDISTRICT', compensationFen: 250_000, terms: '楼上一次性赔偿维修费用' },
  });
  expect(event.mediationCase.history.map((step: any) => step.command)).toEqual([
    'REGISTER', 'ASSIGN_MEDIATORS', 'FAIL', 'ESCALATE', 'ASSIGN_MEDIATORS', 'HOLD_SESSION', 'RECORD_AGREEMENT',
  ]);
}
