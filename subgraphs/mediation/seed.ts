import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { demoGridEvents, type DemoGridEvent } from '../../kit/demo/grid-events';
import { householdsIn, householdsPer } from '../../kit/demo/household-counts';
import { demoId } from '../../kit/demo/ids';
import { personName } from '../../kit/demo/people';
import { prngFor, type Prng } from '../../kit/demo/prng';
import { BulkInserter, runSeed } from '../../kit/demo/seed-runner';
import type { DemoCommunity, DemoResident, DemoSubdistrict, DemoTerritory } from '../../kit/demo/types';
import { seedTerritoryCopy } from '../../kit/territory/seed-territory-copy';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { todayUtc } from '../../kit/validation/calendar-date';
import { Agreement, Fulfilment } from './agreement/agreement.entity';
import { mediationEntities } from './entities';
import { GridEventCopy } from './grid-event/grid-event-copy.entity';
import { DisputeLead, LeadDepartment, LeadStatus } from './lead/dispute-lead.entity';
import { CaseMediator, CaseMediatorRole } from './mediation-case/case-mediator.entity';
import { CaseParty, CasePartyRole } from './mediation-case/case-party.entity';
import { mechanismFor } from './mediation-case/case-rules';
import { MediationCaseTransition } from './mediation-case/case-transition.entity';
import { DisputeCategory, MediationCaseSource } from './mediation-case/dispute.enums';
import { deadlineFrom, MediationCaseCommand as C, MediationCaseStatus as S, MediationLevel as L, type MediationCaseStatus, type MediationLevel } from './mediation-case/lifecycle';
import { MediationCase } from './mediation-case/mediation-case.entity';
import { mediationMigrations } from './migrations';
import { AttendeeRole, MediationSession, SessionOutcome } from './session/mediation-session.entity';
import { MediationTeam, MediationTeamKind } from './team/mediation-team.entity';
import { Mediator, MediatorKind } from './team/mediator.entity';

const DAY = 86_400_000;
const SEEDER = 'demo-seed';

/** Shares of dispute categories in community mediation (邻里、婚姻家庭最常见; 农民工工资 in the seeds). */
const CATEGORIES: readonly (readonly [DisputeCategory, number])[] = [
  [DisputeCategory.NEIGHBOUR, 34], [DisputeCategory.FAMILY_MARRIAGE, 20], [DisputeCategory.PROPERTY_MANAGEMENT, 12],
  [DisputeCategory.DAMAGE_COMPENSATION, 12], [DisputeCategory.WAGE_ARREARS, 8], [DisputeCategory.LAND, 5], [DisputeCategory.OTHER, 9],
];
/** Sources of the cases not born from a grid event or a lead (those come from the seeded events and leads themselves). */
const SOURCES: readonly (readonly [MediationCaseSource, number])[] = [
  [MediationCaseSource.WALK_IN, 40], [MediationCaseSource.PATROL, 35], [MediationCaseSource.HOTLINE, 25],
];
/** Share of the seeded neighbour-dispute grid events (邻里纠纷) that became mediation cases. */
const EVENTS_TO_MEDIATION = 0.4;
const DESCRIPTIONS: Record<DisputeCategory, readonly string[]> = {
  NEIGHBOUR: ['楼上卫生间漏水渗到楼下', '楼道堆放杂物引发争执', '装修噪音影响邻居休息', '下水堵塞污水倒灌, 楼上拒绝赔偿'],
  FAMILY_MARRIAGE: ['夫妻因家务和抚养问题争吵', '子女赡养老人费用分担', '离婚后探视子女发生矛盾'],
  PROPERTY_MANAGEMENT: ['物业费收取与服务质量争议', '地下车位占用纠纷', '电梯维修费用分摊'],
  DAMAGE_COMPENSATION: ['电动车剐蹭赔偿', '宠物咬伤赔偿', '高空坠物砸坏车辆'],
  WAGE_ARREARS: ['装修工人工资被拖欠', '农民工工资未结清'],
  LAND: ['宅基地界址争议', '承包地边界纠纷'],
  OTHER: ['合伙经营收益分配争议', '借款未还引发纠纷'],
};
const CLOSE_REASONS = ['司法所调解化解', '村(社区)内调解化解', '人大代表走访化解', '市长热线办理化解'];
const LEAD_DEPARTMENTS: readonly (readonly [LeadDepartment, number])[] = [
  [LeadDepartment.POLICE_STATION, 35], [LeadDepartment.JUDICIAL_OFFICE, 20], [LeadDepartment.PETITIONS_OFFICE, 15],
  [LeadDepartment.HOTLINE, 20], [LeadDepartment.DEPUTIES_LIAISON, 10],
];
/** Named community teams, after the party-member mediator who leads them (小孔矛盾纠纷调解队). */
const TEAM_LEADERS = ['小孔', '老杨', '老李', '王大姐', '老赵'];

type Row = Record<string, unknown>;

interface Teams {
  committee: Row & { id: string };
  womens: Row & { id: string };
  named: (Row & { id: string }) | null;
  centre: Row & { id: string };
  judicial: Row & { id: string };
  mediatorsOf: Map<string, string[]>;
  calledIn: string[];
}

/** Account of a demo mediator: mediators log in with it (MEDIATOR role, scope their community or subdistrict). */
function mediatorAccount(teamCode: string, index: number): string {
  return `mediator-${teamCode}-${index + 1}`;
}

async function team(rows: BulkInserter, rng: Prng, row: Omit<Row, 'id'> & { code: string; name: string }, people: number, mediators: Map<string, string[]>, kind = MediatorKind.PEOPLES_MEDIATOR) {
  const { code, ...rest } = row;
  const id = demoId(['mediation-team', code]);
  await rows.add(MediationTeam, { id, specialities: [], communityId: null, ...rest } as Row);
  const ids: string[] = [];
  for (let index = 0; index < people; index++) {
    const mediatorId = demoId([id, 'mediator', String(index)]);
    await rows.add(Mediator, {
      id: mediatorId, name: personName(rng, rng.chance(row.kind === MediationTeamKind.WOMENS_TEAM ? 1 : 0.5) ? 'FEMALE' : 'MALE'), kind,
      teamId: id, accountId: mediatorAccount(code, index), active: true, communityId: (row.communityId as string | null | undefined) ?? null, subdistrictId: row.subdistrictId as string,
    });
    ids.push(mediatorId);
  }
  mediators.set(id, ids);
  return { id, ...rest } as Row & { id: string };
}

async function seedSubdistrictTeams(rows: BulkInserter, subdistrict: DemoSubdistrict, mediators: Map<string, string[]>) {
  const rng = prngFor([subdistrict.id], 'mediation-teams');
  const where = { subdistrictId: subdistrict.id, communityId: null };
  const centre = await team(rows, rng, { code: `${subdistrict.code}-centre`, name: `${subdistrict.name}矛盾纠纷调解中心`, kind: MediationTeamKind.SUBDISTRICT_CENTRE, level: L.SUBDISTRICT, ...where }, 3, mediators);
  const judicial = await team(rows, rng, { code: `${subdistrict.code}-judicial`, name: `${subdistrict.name}司法所`, kind: MediationTeamKind.JUDICIAL_OFFICE, level: L.JUDICIAL_OFFICE, ...where }, 2, mediators, MediatorKind.JUDICIAL_OFFICER);
  // Called in from outside (三官两员一顾问): a legal adviser and a police officer of the subdistrict, on the centre's roll.
  const calledIn: string[] = [];
  for (const [index, kind] of [MediatorKind.LEGAL_ADVISER, MediatorKind.POLICE_OFFICER].entries()) {
    const id = demoId([centre.id, 'called-in', kind]);
    await rows.add(Mediator, {
      id, name: personName(rng, rng.chance(0.5) ? 'FEMALE' : 'MALE'), kind, teamId: centre.id,
      accountId: mediatorAccount(`${subdistrict.code}-called-in`, index), active: true, communityId: null, subdistrictId: subdistrict.id,
    });
    calledIn.push(id);
  }
  return { centre, judicial, calledIn };
}

/** Days before `now` as a Date, plus a fraction of a day from the stream. */
function daysBefore(now: number, days: number, rng: Prng): Date {
  return new Date(now - days * DAY + Math.floor(rng.next() * 8 * 3_600_000));
}

/** A resident of the community, drawn from one of its buildings: parties are residents by reference. */
function residentOf(territory: DemoTerritory, community: DemoCommunity, rng: Prng): DemoResident | null {
  const buildings = territory.buildings.filter((building) => building.communityId === community.id);
  if (!buildings.length) return null;
  const building = rng.pick(buildings);
  const households = [...territory.households(building)];
  const residents = [...territory.residents(rng.pick(households))];
  return rng.pick(residents);
}

/**
 * One demo case and its history, as the commands would have written it: most settled in the
 * community, some handed up to the subdistrict and a few to the judicial office, a few failed or
 * withdrawn; recent ones still open.
 */
/** What a seeded case came from, besides the walk-ins, hotline calls and patrols drawn for it. */
interface Origin {
  readonly lead?: DisputeLead;
  readonly event?: DemoGridEvent;
}

async function seedCase(rows: BulkInserter, territory: DemoTerritory, community: DemoCommunity, teams: Teams, index: number, now: number, { lead, event }: Origin = {}) {
  const id = demoId([community.id, 'mediation-case', String(index)]);
  const rng = prngFor([id], 'mediation-case');
  const category = lead?.category ?? (event ? DisputeCategory.NEIGHBOUR : rng.weighted(CATEGORIES));
  const source = lead ? MediationCaseSource.DEPARTMENT_LEAD : event ? MediationCaseSource.GRID_EVENT : rng.weighted(SOURCES);
  const registeredAt = event
    ? new Date(Math.min(event.row.reportedAt.getTime() + rng.int(2, 48) * 3_600_000, now - 3_600_000))
    : daysBefore(now, lead ? Math.max(1, (now - new Date(`${lead.sharedOn}T00:00:00Z`).getTime()) / DAY - 1) : rng.int(1, 360), rng);
  let level: MediationLevel = rng.chance(0.2) ? L.GRID : L.COMMUNITY;
  const firstTeam = category === DisputeCategory.FAMILY_MARRIAGE && rng.chance(0.6) ? teams.womens : teams.named && rng.chance(0.3) ? teams.named : teams.committee;
  let teamId = firstTeam.id;
  let status: MediationCaseStatus = S.REGISTERED;
  let at = registeredAt.getTime();
  let levelSince = registeredAt;
  let escalations = 0;
  const place = { communityId: community.id, subdistrictId: community.subdistrictId };
  const steps: Row[] = [];
  const step = (command: C, to: MediationCaseStatus, hours: number, reason: string | null = null, stepTeam: string | null = null) => {
    at = Math.min(at + hours * 3_600_000, now - 3_600_000);
    steps.push({
      id: demoId([id, 'step', String(steps.length + 1)]), caseId: id, sequence: steps.length + 1, command, fromStatus: steps.length ? status : null,
      toStatus: to, level, mechanism: mechanismFor(level), teamId: stepTeam, actorId: SEEDER, reason, at: new Date(at),
    });
    status = to;
  };
  step(C.REGISTER, S.REGISTERED, 0, null, teamId);

  const applicant = residentOf(territory, community, rng);
  const respondent = residentOf(territory, community, rng);
  const parties: Row[] = [
    { id: demoId([id, 'party', '1']), caseId: id, role: CasePartyRole.APPLICANT, residentId: applicant?.id ?? null, name: applicant ? null : personName(rng, 'MALE'), affiliation: null, ...place },
    category === DisputeCategory.WAGE_ARREARS || category === DisputeCategory.PROPERTY_MANAGEMENT
      ? { id: demoId([id, 'party', '2']), caseId: id, role: CasePartyRole.RESPONDENT, residentId: null, name: category === DisputeCategory.WAGE_ARREARS ? '某装饰工程有限公司' : '某物业服务有限公司', affiliation: category === DisputeCategory.WAGE_ARREARS ? '用工单位' : '物业公司', ...place }
      : { id: demoId([id, 'party', '2']), caseId: id, role: CasePartyRole.RESPONDENT, residentId: respondent && respondent.id !== applicant?.id ? respondent.id : null, name: respondent && respondent.id !== applicant?.id ? null : personName(rng, 'FEMALE'), affiliation: null, ...place },
  ];

  const assignments: Row[] = [];
  const sessions: Row[] = [];
  const assign = async (team: string, calledIn: string | null) => {
    const mediatorIds = (teams.mediatorsOf.get(team) ?? []).slice(0, 2);
    for (const [position, mediatorId] of mediatorIds.entries()) {
      assignments.push({ id: demoId([id, 'assign', mediatorId]), caseId: id, mediatorId, role: position === 0 ? CaseMediatorRole.LEAD : CaseMediatorRole.MEMBER, level, assignedAt: new Date(at) });
    }
    if (calledIn) assignments.push({ id: demoId([id, 'assign', calledIn]), caseId: id, mediatorId: calledIn, role: CaseMediatorRole.CALLED_IN, level, assignedAt: new Date(at) });
    step(C.ASSIGN_MEDIATORS, S.IN_MEDIATION, 4 + rng.next() * 20);
    return mediatorIds[0];
  };
  const session = (mediatorId: string | undefined, outcome: SessionOutcome, hours: number) => {
    step(outcome === SessionOutcome.NO_AGREEMENT ? C.FAIL : C.HOLD_SESSION, outcome === SessionOutcome.NO_AGREEMENT ? S.FAILED : S.IN_MEDIATION, hours);
    sessions.push({
      id: demoId([id, 'session', String(sessions.length + 1)]), caseId: id, heldOn: todayUtc(new Date(at)), level,
      attendees: [
        { role: AttendeeRole.MEDIATOR, mediatorId: mediatorId ?? null, partyId: null },
        ...parties.map((party) => ({ role: AttendeeRole.PARTY, mediatorId: null, partyId: party.id })),
      ],
      discussed: `${DESCRIPTIONS[category][0]}: 双方陈述, 调解员释法说理`, outcome, recordedBy: SEEDER, recordedAt: new Date(at), ...place,
    });
  };

  const age = (now - registeredAt.getTime()) / DAY;
  const fate = rng.next();
  let agreement: Row | null = null;
  let closedAt: Date | null = null;
  let closeReason: string | null = null;
  if (age < 2) {
    // Just registered: nobody assigned yet.
  } else if (fate < 0.03) {
    step(C.WITHDRAW, S.WITHDRAWN, 24 + rng.next() * 48, '双方自行和解, 申请撤回');
    closedAt = new Date(at);
    closeReason = '双方自行和解, 申请撤回';
  } else {
    let mediator = await assign(teamId, null);
    // 13% cannot be settled in the community: handed up to the subdistrict, a quarter of those on to the judicial office.
    const escalate = fate > 0.87;
    const toJudicial = fate > 0.965;
    if (escalate && age > 10) {
      session(mediator, SessionOutcome.NO_AGREEMENT, 48 + rng.next() * 72);
      for (const [target, to] of toJudicial ? [[teams.centre, L.SUBDISTRICT], [teams.judicial, L.JUDICIAL_OFFICE]] as const : [[teams.centre, L.SUBDISTRICT]] as const) {
        if (level === L.GRID) level = L.COMMUNITY;
        step(C.ESCALATE, S.ESCALATED, 12 + rng.next() * 24, to === L.SUBDISTRICT ? '社区多次调解未果, 提请街道调处' : '街道调处未果, 提请司法所调解', target.id);
        level = to;
        steps[steps.length - 1].level = level;
        steps[steps.length - 1].mechanism = mechanismFor(level);
        teamId = target.id;
        levelSince = new Date(at);
        escalations += 1;
        mediator = await assign(teamId, to === L.SUBDISTRICT ? rng.pick(teams.calledIn) : null);
        if (to !== (toJudicial ? L.JUDICIAL_OFFICE : L.SUBDISTRICT)) session(mediator, SessionOutcome.NO_AGREEMENT, 72 + rng.next() * 96);
      }
    }
    const settles = fate < 0.95 || (escalate && fate < 0.985);
    if (age < 6 || (escalate && age < 25)) {
      session(mediator, SessionOutcome.ADJOURNED, 24 + rng.next() * 48);
    } else if (settles) {
      session(mediator, SessionOutcome.AGREED, 24 + rng.next() * 96);
      step(C.RECORD_AGREEMENT, S.AGREED, 1);
      const pays = category === DisputeCategory.DAMAGE_COMPENSATION || category === DisputeCategory.WAGE_ARREARS || (category === DisputeCategory.NEIGHBOUR && rng.chance(0.4));
      const signedAt = new Date(at);
      const due = new Date(at + rng.int(7, 30) * DAY);
      agreement = {
        id: demoId([id, 'agreement']), caseId: id, sessionId: sessions[sessions.length - 1].id,
        terms: pays ? '被申请人于期限内一次性支付赔偿款, 双方不再追究' : '双方互谅互让, 恢复正常往来',
        compensationFen: pays ? rng.int(5, 400) * 10_000 : 0, payerPartyId: pays ? parties[1].id : null, payeePartyId: pays ? parties[0].id : null,
        dueOn: pays ? todayUtc(due) : null, level, mechanism: mechanismFor(level), signedAt, fulfilment: Fulfilment.PENDING,
        fulfilmentCheckedOn: null, followUpOn: null, followUpNote: null, followUpSatisfied: null, ...place,
      };
      if (now - due.getTime() > 3 * DAY || (!pays && age > 40)) {
        const fulfilment = rng.weighted([[Fulfilment.FULFILLED, 92], [Fulfilment.PARTLY_FULFILLED, 5], [Fulfilment.NOT_FULFILLED, 3]] as const);
        step(C.RECORD_FULFILMENT, S.AGREED, pays ? Math.max(1, (due.getTime() - at) / 3_600_000) : 24 * 14, fulfilment);
        agreement.fulfilment = fulfilment;
        agreement.fulfilmentCheckedOn = todayUtc(new Date(at));
        if (rng.chance(0.85)) {
          step(C.FOLLOW_UP, S.AGREED, 24 * rng.int(7, 20), '回访: 双方关系缓和, 协议履行情况良好');
          Object.assign(agreement, { followUpOn: todayUtc(new Date(at)), followUpNote: '回访: 双方关系缓和, 协议履行情况良好', followUpSatisfied: fulfilment === Fulfilment.FULFILLED });
          step(C.CLOSE, S.CLOSED, 2, '协议履行完毕, 结案');
          closedAt = new Date(at);
          closeReason = '协议履行完毕, 结案';
        }
      }
    } else {
      session(mediator, SessionOutcome.NO_AGREEMENT, 24 + rng.next() * 96);
      step(C.CLOSE, S.CLOSED, 24, '调解不成, 告知当事人依法诉讼');
      closedAt = new Date(at);
      closeReason = '调解不成, 告知当事人依法诉讼';
    }
  }

  await rows.add(MediationCase, {
    id, category, description: `${rng.pick(DESCRIPTIONS[category])}`, source, gridEventId: event?.row.id ?? null, leadId: lead?.id ?? null, level,
    mechanism: mechanismFor(level), status, teamId, ...place, gridId: applicant?.gridId ?? null, registeredBy: SEEDER, registeredAt, updatedAt: new Date(at),
    levelSince, deadlineAt: deadlineFrom(level, levelSince), escalations, closedAt, closeReason, version: steps.length,
  });
  for (const party of parties) await rows.add(CaseParty, party);
  for (const row of steps) await rows.add(MediationCaseTransition, row);
  for (const row of assignments) await rows.add(CaseMediator, row);
  for (const row of sessions) await rows.add(MediationSession, row);
  if (agreement) await rows.add(Agreement, agreement);
}

/** Dispute leads of a subdistrict over the year (≈2.5 per community, as the seeds' 118 for 47 villages): all resolved but the latest. */
async function seedLeads(rows: BulkInserter, subdistrict: DemoSubdistrict, communities: DemoCommunity[], now: number): Promise<Map<string, DisputeLead[]>> {
  const rng = prngFor([subdistrict.id], 'dispute-leads');
  const count = Math.round(communities.length * 2.5);
  const converted = new Map<string, DisputeLead[]>();
  for (let index = 0; index < count; index++) {
    const community = rng.pick(communities);
    const sharedOn = todayUtc(new Date(now - rng.int(1, 360) * DAY));
    const recent = now - new Date(`${sharedOn}T00:00:00Z`).getTime() < 14 * DAY;
    const becomesCase = !recent && rng.chance(0.35);
    const lead = Object.assign(new DisputeLead(), {
      id: demoId([subdistrict.id, 'dispute-lead', String(index)]), department: rng.weighted(LEAD_DEPARTMENTS), category: rng.weighted(CATEGORIES),
      summary: '部门在工作中发现的矛盾纠纷线索', sharedOn, sharedBy: SEEDER,
      status: recent ? LeadStatus.OPEN : becomesCase ? LeadStatus.CONVERTED : LeadStatus.CLOSED,
      caseId: null, closeReason: recent || becomesCase ? null : rng.pick(CLOSE_REASONS), resolvedAt: recent ? null : new Date(new Date(`${sharedOn}T00:00:00Z`).getTime() + rng.int(1, 10) * DAY),
      communityId: community.id, subdistrictId: subdistrict.id,
    });
    if (becomesCase) converted.set(community.id, [...(converted.get(community.id) ?? []), lead]);
    else await rows.add(DisputeLead, { ...lead });
  }
  return converted;
}

/**
 * Mediation's copy of grids' demo events (what the event stream keeps current afterwards), and the
 * neighbour disputes among them by community: some of those became cases.
 */
async function seedGridEventCopy(rows: BulkInserter, territory: DemoTerritory, now: Date): Promise<Map<string, DemoGridEvent[]>> {
  const disputes = new Map<string, DemoGridEvent[]>();
  for (const event of demoGridEvents(territory, todayUtc(now))) {
    const { id, categoryId, gridId, communityId, subdistrictId, reportedAt, state } = event.row;
    await rows.add(GridEventCopy, { id, categoryId, state: state as string, gridId, communityId, subdistrictId, reportedAt });
    if (event.categoryCode === 'NEIGHBOUR_DISPUTE') disputes.set(communityId, [...(disputes.get(communityId) ?? []), event]);
  }
  return disputes;
}

/**
 * Writes mediation's share of the demo territory: the territory copy, teams and mediators of every
 * community and subdistrict, a year of leads and cases before `now` (dates move with the day the
 * seed runs, ids do not), the copy of grids' demo events and the cases born from some of them
 * (dated after their events, in grids' demo year up to the same day).
 */
export async function seedMediation(em: EntityManager, territory: DemoTerritory, now: Date = new Date()): Promise<void> {
  const rows = new BulkInserter(em);
  await seedTerritoryCopy(rows, territory);
  const disputesByCommunity = await seedGridEventCopy(rows, territory, now);
  const nowMs = now.getTime();
  const households = householdsPer(territory, 'subdistrictId');
  for (const subdistrict of rows.through(territory.subdistricts, ({ id }) => households.get(id) ?? 0, 'subdistricts')) {
    const mediatorsOf = new Map<string, string[]>();
    const { centre, judicial, calledIn } = await seedSubdistrictTeams(rows, subdistrict, mediatorsOf);
    const communities = territory.communities.filter((community) => community.subdistrictId === subdistrict.id);
    const converted = await seedLeads(rows, subdistrict, communities, nowMs);
    for (const community of communities) {
      const rng = prngFor([community.id], 'mediation-teams');
      const where = { communityId: community.id, subdistrictId: subdistrict.id, level: L.COMMUNITY };
      const committee = await team(rows, rng, { code: `${community.code}-committee`, name: `${community.name}人民调解委员会`, kind: MediationTeamKind.COMMITTEE, ...where }, 3, mediatorsOf);
      const womens = await team(rows, rng, { code: `${community.code}-womens`, name: `${community.name}妇调队`, kind: MediationTeamKind.WOMENS_TEAM, specialities: [DisputeCategory.FAMILY_MARRIAGE], ...where }, 2, mediatorsOf);
      const named = rng.chance(0.5)
        ? await team(rows, rng, { code: `${community.code}-named`, name: `${rng.pick(TEAM_LEADERS)}矛盾纠纷调解队`, kind: MediationTeamKind.COMMUNITY_TEAM, ...where }, 3, mediatorsOf)
        : null;
      const teams: Teams = { committee, womens, named, centre, judicial, mediatorsOf, calledIn };
      const buildings = territory.buildings.filter((building) => building.communityId === community.id);
      // About one dispute a year per 60 households, at least ten per community.
      const count = Math.max(10, Math.round(buildings.reduce((sum, building) => sum + householdsIn(building), 0) / 60));
      for (let index = 0; index < count; index++) await seedCase(rows, territory, community, teams, index, nowMs);
      for (const [offset, lead] of (converted.get(community.id) ?? []).entries()) {
        const caseIndex = count + offset;
        await rows.add(DisputeLead, { ...lead, caseId: demoId([community.id, 'mediation-case', String(caseIndex)]) });
        await seedCase(rows, territory, community, teams, caseIndex, nowMs, { lead });
      }
      const fromEvents = (disputesByCommunity.get(community.id) ?? []).filter((event) => prngFor([event.row.id], 'to-mediation').chance(EVENTS_TO_MEDIATION));
      for (const [offset, event] of fromEvents.entries()) {
        await seedCase(rows, territory, community, teams, count + (converted.get(community.id)?.length ?? 0) + offset, nowMs, { event });
      }
    }
  }
  await rows.flush();
}

if (require.main === module) {
  runSeed({ name: 'mediation', entities: mediationEntities, migrations: mediationMigrations }, async (em) => (await em.count(TerritoryPlace)) === 0, (em, territory) => seedMediation(em, territory)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
