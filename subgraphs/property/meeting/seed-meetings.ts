import { categoryId, demoEventsWindow, demoGridEvents } from '../../../kit/demo/grid-events';
import { demoId } from '../../../kit/demo/ids';
import { prngFor, type Prng } from '../../../kit/demo/prng';
import type { BulkInserter } from '../../../kit/demo/seed-runner';
import type { DemoCompound, DemoResident, DemoTerritory } from '../../../kit/demo/types';
import { todayUtc } from '../../../kit/validation/calendar-date';
import { AgendaItemStep } from '../agenda/agenda-item-step.entity';
import { AgendaItem, AgendaItemSource } from '../agenda/agenda-item.entity';
import { AgendaItemCommand, AgendaItemStage } from '../agenda/agenda-lifecycle';
import type { PropertyCompany } from '../company/property-company.entity';
import { FollowUpTask, FollowUpTaskState } from '../follow-up/follow-up-task.entity';
import { MeetingResolution, ResolutionState } from '../resolution/meeting-resolution.entity';
import { ResolutionVote, VoteChoice } from '../resolution/resolution-vote.entity';
import { Suggestion, SuggestionState } from '../suggestion/suggestion.entity';
import { demoQuarters, demoSurveyId } from '../survey/demo-quarters';
import { JointMeeting, JointMeetingState } from './joint-meeting.entity';
import { MeetingParticipant } from './meeting-participant.entity';
import { MeetingSide } from './meeting-side';

/** What the compound seed decided, which meetings and surveys build on. */
export interface DemoCompoundProperty {
  readonly compound: DemoCompound;
  readonly company: PropertyCompany | null;
  readonly director: DemoResident | null;
  readonly representatives: readonly DemoResident[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CONVENER = 'demo-seed';
/** Joint meetings are monthly (seeds: 每月召开): the demo year is cut into twelve 30-day months ending the day before the seed runs, one meeting each. */
const MEETINGS_A_YEAR = 12;
const MEETING_MONTH_DAYS = 30;

/** The month (1–12) of China's calendar a moment falls in, as a meeting's title names it. */
function chinaMonth(at: Date): number {
  return new Date(at.getTime() + 8 * HOUR).getUTCMonth() + 1;
}
/** Grid-event categories a joint meeting takes up: the compound's shared spaces and order, not private disputes. */
const MEETING_CATEGORIES = new Map([
  ['SANITATION', '小区环境卫生整治'], ['FACILITY_REPAIR', '公共设施维修'], ['ILLEGAL_PARKING', '小区停车秩序'],
  ['SAFETY_HAZARD', '消除安全隐患'], ['ILLEGAL_CONSTRUCTION', '违章搭建整治'],
].map(([code, title]) => [categoryId(code), title]));
const INSPECTION_TITLES = ['楼道杂物清理', '路灯照明修复', '绿化带补植', '单元门禁维修', '雨污管道疏通', '电动车充电桩增设', '健身器材更换', '屋面防水维修'];
const SUGGESTION_TEXTS = ['建议增设非机动车停放棚', '建议更换老化的楼道灯', '建议小区加装监控', '建议物业公示收支情况', '建议修缮小区破损路面', '建议增设休闲座椅', '建议整治楼下噪音扰民', '建议增加垃圾清运频次'];

interface EventRef {
  readonly id: string;
  readonly title: string;
  readonly reportedAt: Date;
}

/** The demo grid events a meeting can take up, by compound: the same ids grids stores (kit/demo/grid-events). */
function eventsByCompound(territory: DemoTerritory, seededOn: string): Map<string, EventRef[]> {
  const byCompound = new Map<string, EventRef[]>();
  for (const { row } of demoGridEvents(territory, seededOn)) {
    const title = MEETING_CATEGORIES.get(row.categoryId as string);
    const compoundId = row.compoundId as string | null;
    if (!title || !compoundId) continue;
    byCompound.set(compoundId, [...(byCompound.get(compoundId) ?? []), { id: row.id as string, title, reportedAt: row.reportedAt as Date }]);
  }
  return byCompound;
}

interface MeetingPlan {
  readonly id: string;
  readonly at: Date;
  readonly compound: DemoCompoundProperty;
  readonly attended: { id: string; side: MeetingSide }[];
  items: number;
}

/** The stage an item held at `at` has reached by the reference date: older items are through, the last weeks' still moving. */
function finalStage(rng: Prng, at: Date, until: Date): AgendaItemStage {
  const days = (until.getTime() - at.getTime()) / DAY;
  if (days > 90) return rng.weighted([[AgendaItemStage.RESULT_PUBLISHED, 90], [AgendaItemStage.DECISION_PUBLISHED, 5], [AgendaItemStage.WITHDRAWN, 5]] as const);
  if (days > 30) return rng.weighted([[AgendaItemStage.RESULT_PUBLISHED, 60], [AgendaItemStage.DECISION_PUBLISHED, 30], [AgendaItemStage.CONSULTED, 10]] as const);
  return rng.weighted([[AgendaItemStage.DECISION_PUBLISHED, 40], [AgendaItemStage.DECIDED, 30], [AgendaItemStage.CONSULTED, 20], [AgendaItemStage.PROPOSED, 10]] as const);
}

const PATH: readonly [AgendaItemCommand, AgendaItemStage][] = [
  [AgendaItemCommand.PROPOSE, AgendaItemStage.PROPOSED],
  [AgendaItemCommand.CONSULT, AgendaItemStage.CONSULTED],
  [AgendaItemCommand.DECIDE, AgendaItemStage.DECIDED],
  [AgendaItemCommand.PUBLISH_DECISION, AgendaItemStage.DECISION_PUBLISHED],
  [AgendaItemCommand.PUBLISH_RESULT, AgendaItemStage.RESULT_PUBLISHED],
];

/**
 * One item through 一征三议两公开 up to the stage it has reached: its steps, and from the decision on
 * an adopted resolution with the attendees' votes and follow-up tasks (done once the result is out).
 * Returns when its result was published, if it was.
 */
async function seedItem(rows: BulkInserter, meeting: MeetingPlan, until: Date, fields: { title: string; source: AgendaItemSource; gridEventId?: string; suggestionId?: string; surveyId?: string; solicitedAt: Date }): Promise<Date | null> {
  const id = demoId([meeting.id, 'item', String(meeting.items + 1)]);
  const rng = prngFor([id], 'agenda-item');
  meeting.items += 1;
  const { compound } = meeting.compound;
  const where = { compoundId: compound.id, communityId: compound.communityId, subdistrictId: compound.subdistrictId };
  let target = finalStage(rng, meeting.at, until);
  const times: Record<string, Date> = {
    [AgendaItemStage.PROPOSED]: new Date(meeting.at.getTime() - 2 * DAY),
    [AgendaItemStage.CONSULTED]: meeting.at,
    [AgendaItemStage.DECIDED]: new Date(meeting.at.getTime() + 2 * 3_600_000),
    [AgendaItemStage.DECISION_PUBLISHED]: new Date(meeting.at.getTime() + 2 * DAY),
    [AgendaItemStage.RESULT_PUBLISHED]: new Date(meeting.at.getTime() + rng.int(15, 40) * DAY),
  };
  // Nothing happens on or after the seed's day: an item stops at the last stage it reached before.
  while (target !== AgendaItemStage.WITHDRAWN && times[target] >= until) target = PATH[PATH.findIndex(([, stage]) => stage === target) - 1][1];
  const steps: { command: AgendaItemCommand; from: AgendaItemStage | null; to: AgendaItemStage; at: Date }[] = [
    { command: AgendaItemCommand.SOLICIT, from: null, to: AgendaItemStage.SOLICITED, at: fields.solicitedAt },
  ];
  if (target === AgendaItemStage.WITHDRAWN) {
    steps.push({ command: AgendaItemCommand.PROPOSE, from: AgendaItemStage.SOLICITED, to: AgendaItemStage.PROPOSED, at: times[AgendaItemStage.PROPOSED] });
    steps.push({ command: AgendaItemCommand.WITHDRAW, from: AgendaItemStage.PROPOSED, to: AgendaItemStage.WITHDRAWN, at: meeting.at });
  } else {
    for (const [command, to] of PATH) {
      steps.push({ command, from: steps[steps.length - 1].to, to, at: times[to] });
      if (to === target) break;
    }
  }
  const reached = (stage: AgendaItemStage) => steps.some((step) => step.to === stage);
  const resultAt = reached(AgendaItemStage.RESULT_PUBLISHED) ? times[AgendaItemStage.RESULT_PUBLISHED] : null;
  await rows.add(AgendaItem, {
    id, meetingId: meeting.id, position: meeting.items, title: fields.title, source: fields.source,
    gridEventId: fields.gridEventId ?? null, suggestionId: fields.suggestionId ?? null, surveyId: fields.surveyId ?? null,
    stage: steps[steps.length - 1].to, solicitedAt: fields.solicitedAt,
    decisionPublishedAt: reached(AgendaItemStage.DECISION_PUBLISHED) ? times[AgendaItemStage.DECISION_PUBLISHED] : null, resultPublishedAt: resultAt,
    ...where, version: steps.length,
  });
  for (const [index, step] of steps.entries()) {
    await rows.add(AgendaItemStep, {
      id: demoId([id, 'step', String(index + 1)]), itemId: id, sequence: index + 1, command: step.command, fromStage: step.from, toStage: step.to,
      note: null, actorId: CONVENER, at: step.at,
    });
  }
  if (reached(AgendaItemStage.DECIDED)) {
    const resolutionId = demoId([id, 'resolution']);
    await rows.add(MeetingResolution, {
      id: resolutionId, itemId: id, meetingId: meeting.id, text: `${fields.title}：由责任方限期落实`, quorum: Math.floor(meeting.attended.length / 2) + 1,
      state: ResolutionState.ADOPTED, closedAt: times[AgendaItemStage.DECIDED], communityId: where.communityId, subdistrictId: where.subdistrictId, version: 2,
    });
    for (const [index, participant] of meeting.attended.entries()) {
      const choice = index === 0 || !rng.chance(0.12) ? VoteChoice.FOR : rng.pick([VoteChoice.ABSTAIN, VoteChoice.AGAINST]);
      await rows.add(ResolutionVote, { id: demoId([resolutionId, 'vote', participant.id]), resolutionId, participantId: participant.id, choice, castAt: times[AgendaItemStage.DECIDED] });
    }
    const company = meeting.compound.company !== null;
    for (let index = 0; index < rng.int(1, 2); index++) {
      const due = new Date(times[AgendaItemStage.DECIDED].getTime() + rng.int(14, 30) * DAY);
      await rows.add(FollowUpTask, {
        id: demoId([id, 'task', String(index + 1)]), itemId: id, meetingId: meeting.id,
        description: index === 0 ? `${fields.title}：组织实施` : `${fields.title}：结果回访`,
        responsibleSide: index === 0 && company ? MeetingSide.PROPERTY_COMPANY : rng.pick([MeetingSide.GRID_BRANCH, MeetingSide.OWNERS_COMMITTEE, MeetingSide.COMMUNITY_PARTY_ORGANIZATION]),
        dueOn: due.toISOString().slice(0, 10),
        state: resultAt ? FollowUpTaskState.DONE : FollowUpTaskState.OPEN,
        doneAt: resultAt ? new Date(resultAt.getTime() - DAY) : null, outcome: resultAt ? '已按期完成' : null, ...where, version: resultAt ? 2 : 1,
      });
    }
  }
  return resultAt;
}

/**
 * A year of monthly joint meetings in every community (seeds: convened monthly) over the twelve months
 * before `seededOn` (kit's `demoEventsWindow`, as grid events), the last within the last 30 days; ids
 * number the months, so they stay the same whatever the day. Each is for one of its
 * compounds in turn, with five-side participants and 2–4 agenda items: the compound's recent grid
 * events (same ids as grids), residents' suggestions accepted from the month before, inspections.
 * Suggestions are written here too: about half end solved (seeds: 32 raised, 17 solved).
 */
export async function seedMeetings(rows: BulkInserter, territory: DemoTerritory, compounds: readonly DemoCompoundProperty[], seededOn: string): Promise<void> {
  const { to: until } = demoEventsWindow(seededOn);
  const quarters = demoQuarters(seededOn);
  const events = eventsByCompound(territory, seededOn);
  for (const community of territory.communities) {
    const own = compounds.filter((entry) => entry.compound.communityId === community.id);
    if (own.length === 0) continue;
    const where = { communityId: community.id, subdistrictId: community.subdistrictId };
    const rng = prngFor([community.id], 'joint-meetings');
    const suggestions: { id: string; compound: DemoCompoundProperty; raisedAt: Date; content: string; outcome: 'ACCEPT' | 'DECLINE' | 'WAIT' }[] = [];
    for (const entry of own) {
      const srng = prngFor([entry.compound.id], 'suggestions');
      for (let index = 0; index < srng.int(1, 4); index++) {
        suggestions.push({
          id: demoId([entry.compound.id, 'suggestion', String(index + 1)]), compound: entry,
          raisedAt: new Date(until.getTime() - srng.int(1, 364) * DAY + HOUR), content: srng.pick(SUGGESTION_TEXTS),
          outcome: srng.weighted([['ACCEPT', 65], ['DECLINE', 20], ['WAIT', 15]] as const),
        });
      }
    }
    const accepted = new Map<string, { itemId: string; resultAt: Date | null }>();
    for (let month = 0; month < MEETINGS_A_YEAR; month++) {
      const entry = own[month % own.length];
      const { compound } = entry;
      const id = demoId([community.id, 'joint-meeting', String(month + 1)]);
      const monthStart = until.getTime() - (MEETINGS_A_YEAR - month) * MEETING_MONTH_DAYS * DAY;
      const at = new Date(monthStart + rng.int(1, MEETING_MONTH_DAYS - 1) * DAY + 2 * HOUR);
      await rows.add(JointMeeting, {
        id, title: `${compound.name}${chinaMonth(at)}月联席会议`, state: JointMeetingState.HELD, scheduledAt: at, heldAt: at,
        minutes: `${community.name}党组织召集${compound.name}五方联席会议，通报上月议题落实情况，研究本月议题。`,
        convenedBy: CONVENER, compoundId: compound.id, ...where, version: 1,
      });
      const sides: { side: MeetingSide; label: string | null; residentId: string | null; companyId: string | null }[] = [
        { side: MeetingSide.COMMUNITY_PARTY_ORGANIZATION, label: `${community.name}党组织`, residentId: null, companyId: null },
        { side: MeetingSide.GRID_BRANCH, label: `${compound.name}网格党支部`, residentId: null, companyId: null },
        { side: MeetingSide.BUILDING_PARTY_GROUP, label: '楼栋党小组长', residentId: null, companyId: null },
      ];
      if (entry.company) sides.push({ side: MeetingSide.PROPERTY_COMPANY, label: '物业项目经理', residentId: null, companyId: entry.company.id });
      if (entry.director) sides.push({ side: MeetingSide.OWNERS_COMMITTEE, label: null, residentId: entry.director.id, companyId: null });
      if (entry.representatives.length) sides.push({ side: MeetingSide.RESIDENT_REPRESENTATIVE, label: null, residentId: rng.pick(entry.representatives).id, companyId: null });
      const plan: MeetingPlan = { id, at, compound: entry, attended: [], items: 0 };
      for (const participant of sides) {
        const participantId = demoId([id, 'participant', participant.side]);
        const attended = participant.side !== MeetingSide.BUILDING_PARTY_GROUP || !rng.chance(0.1);
        if (attended) plan.attended.push({ id: participantId, side: participant.side });
        await rows.add(MeetingParticipant, { id: participantId, meetingId: id, ...participant, attended, ...where });
      }
      for (const suggestion of suggestions.filter((candidate) => candidate.outcome === 'ACCEPT' && !accepted.has(candidate.id) && candidate.raisedAt.getTime() < monthStart && candidate.raisedAt.getTime() >= monthStart - 45 * DAY)) {
        const itemId = demoId([id, 'item', String(plan.items + 1)]);
        const resultAt = await seedItem(rows, plan, until, { title: suggestion.content.replace(/^建议/, ''), source: AgendaItemSource.RESIDENT_SUGGESTION, suggestionId: suggestion.id, solicitedAt: new Date(at.getTime() - 7 * DAY) });
        accepted.set(suggestion.id, { itemId, resultAt });
      }
      const recent = (events.get(compound.id) ?? []).filter((event) => event.reportedAt.getTime() < at.getTime() - DAY && event.reportedAt.getTime() >= at.getTime() - 60 * DAY);
      for (const event of recent.slice(0, 2)) {
        await seedItem(rows, plan, until, { title: event.title, source: AgendaItemSource.GRID_EVENT, gridEventId: event.id, solicitedAt: new Date(Math.max(event.reportedAt.getTime() + DAY, at.getTime() - 10 * DAY)) });
      }
      const surveyed = quarters.filter((quarter) => quarter.startsOn <= todayUtc(at)).at(-2);
      if (entry.company && surveyed && rng.chance(0.2)) {
        // The last quarter's survey, taken up once its quarter is over.
        const surveyId = demoSurveyId(compound.id, surveyed);
        await seedItem(rows, plan, until, { title: '物业服务满意度测评问题整改', source: AgendaItemSource.SURVEY, surveyId, solicitedAt: new Date(at.getTime() - 5 * DAY) });
      }
      const inspections = [...INSPECTION_TITLES];
      while (plan.items < 2 || (plan.items < 4 && rng.chance(0.3))) {
        // A problem appears once per agenda.
        const title = inspections.splice(rng.int(0, inspections.length - 1), 1)[0];
        await seedItem(rows, plan, until, { title, source: AgendaItemSource.INSPECTION, solicitedAt: new Date(at.getTime() - 3 * DAY) });
      }
    }
    for (const suggestion of suggestions) {
      const { compound } = suggestion.compound;
      const outcome = accepted.get(suggestion.id);
      const state = outcome ? (outcome.resultAt ? SuggestionState.SOLVED : SuggestionState.ACCEPTED) : suggestion.outcome === 'DECLINE' ? SuggestionState.DECLINED : SuggestionState.RAISED;
      const resident = suggestion.compound.representatives[0] ?? null;
      await rows.add(Suggestion, {
        id: suggestion.id, content: suggestion.content, state, residentId: resident?.id ?? null, buildingId: resident?.buildingId ?? null,
        compoundId: compound.id, ...where, raisedAt: suggestion.raisedAt, recordedBy: CONVENER,
        agendaItemId: outcome?.itemId ?? null, declineReason: state === SuggestionState.DECLINED ? '不属于物业服务范围，已转交相关部门' : null,
        solvedAt: outcome?.resultAt ?? null, version: 1,
      });
    }
  }
}

