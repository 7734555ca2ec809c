import { demoGridEvents } from '../../../kit/demo/grid-events';
import { AgendaItemStep } from '../agenda/agenda-item-step.entity';
import { AgendaItem, AgendaItemSource } from '../agenda/agenda-item.entity';
import { AGENDA_ITEM_LIFECYCLE, AgendaItemCommand, AgendaItemStage } from '../agenda/agenda-lifecycle';
import { FollowUpTask, FollowUpTaskState } from '../follow-up/follow-up-task.entity';
import { JointMeeting } from '../meeting/joint-meeting.entity';
import { MeetingResolution, ResolutionState } from '../resolution/meeting-resolution.entity';
import { Suggestion, SuggestionState } from '../suggestion/suggestion.entity';
import { SatisfactionSurvey } from '../survey/satisfaction-survey.entity';
import { SurveyResponse } from '../survey/survey-response.entity';
import { cityAdmin } from '../../../kit/testing/viewers';
import { createPropertyFixture, type PropertyFixture } from './property-fixture';

let fixture: PropertyFixture;
beforeAll(async () => {
  fixture = await createPropertyFixture();
});
afterAll(() => fixture.close());

const DAY = 86_400_000;
/** The seed's day as the fixture ran it, and its end of the demo year: 00:00 UTC of that day. */
const seededOn = new Date().toISOString().slice(0, 10);
const seedDay = Date.parse(`${seededOn}T00:00:00Z`);

test('a joint meeting in each of twelve 30-day months before the seed day in every community, the last in the last 30 days', async () => {
  const meetings = await fixture.em().find(JointMeeting, {});
  const communities = fixture.territory.communities.filter(community => fixture.territory.compounds.some(compound => compound.communityId === community.id));
  expect(communities.length).toBeGreaterThan(0);
  for (const community of communities) {
    const held = meetings
      .filter(meeting => meeting.communityId === community.id)
      .map(meeting => meeting.heldAt!.getTime())
      .sort((a, b) => a - b);
    expect(held).toHaveLength(12);
    // Month m (0 the oldest) runs from 30 × (12 − m) days before the seed day, for 30 days.
    held.forEach((at, month) => {
      expect(at).toBeGreaterThanOrEqual(seedDay - (12 - month) * 30 * DAY);
      expect(at).toBeLessThan(seedDay - (11 - month) * 30 * DAY);
    });
  }
});

test('every dated row lies in the twelve months before the seed day', async () => {
  const em = fixture.em();
  const [suggestions, surveys, responses, steps] = await Promise.all([
    em.find(Suggestion, {}),
    em.find(SatisfactionSurvey, {}),
    em.find(SurveyResponse, {}),
    em.find(AgendaItemStep, {}),
  ]);
  expect(surveys.length).toBeGreaterThan(0);
  const dates = [
    ...suggestions.flatMap(suggestion => [suggestion.raisedAt, suggestion.solvedAt]),
    ...surveys.map(survey => survey.openedAt),
    ...responses.map(response => response.submittedAt),
    ...steps.map(step => step.at),
  ].filter((at): at is Date => at !== null && at !== undefined);
  for (const at of dates) {
    expect(at.getTime()).toBeGreaterThanOrEqual(seedDay - 365 * DAY);
    expect(at.getTime()).toBeLessThan(seedDay);
  }
  // Four quarters per surveyed compound, the latest the one running (or just ended) on the seed day.
  const quarters = [...new Set(surveys.map(survey => survey.periodStartsOn))].sort();
  expect(quarters).toHaveLength(4);
  expect(quarters[3] < seededOn && Date.parse(quarters[3]) > seedDay - 93 * DAY).toBe(true);
});

const STATS = /* GraphQL */ `
  query ($r: [_Any!]!, $period: StatsPeriod!) {
    _entities(representations: $r) {
      ... on Community {
        propertyStats(period: $period) {
          meetingsHeld
          surveyResponses
        }
      }
    }
  }
`;

test('propertyStats for THIS_YEAR and LAST_30_DAYS hold the seeded meetings and surveys, counted from the seed rules', async () => {
  const communities = fixture.territory.communities.filter(community => fixture.territory.compounds.some(compound => compound.communityId === community.id));
  const r = communities.map(community => ({ __typename: 'Community', id: community.id }));
  const lastMonth = await fixture.run(cityAdmin, STATS, { r, period: { preset: 'LAST_30_DAYS' } });
  expect(lastMonth.errors).toBeUndefined();
  // One meeting a month: exactly the last month's falls in the last 30 days, in every community.
  expect(lastMonth.data._entities.map((entity: any) => entity.propertyStats.meetingsHeld)).toEqual(communities.map(() => 1));

  const thisYear = await fixture.run(cityAdmin, STATS, { r, period: { preset: 'THIS_YEAR' } });
  expect(thisYear.errors).toBeUndefined();
  // Month m's meeting falls between 1 and 29 days (and two hours) into it: those months wholly after
  // 1 January (China time) count for sure, those ending after it may.
  const now = Date.now();
  const yearStart = Date.UTC(new Date(now + 8 * 3_600_000).getUTCFullYear(), 0, 1) - 8 * 3_600_000;
  const monthStarts = Array.from({ length: 12 }, (_, month) => seedDay - (12 - month) * 30 * DAY);
  const sure = monthStarts.filter(start => start + DAY >= yearStart).length;
  const possible = monthStarts.filter(start => start + 29 * DAY + 2 * 3_600_000 >= yearStart).length;
  expect(possible).toBeGreaterThan(0);
  for (const entity of thisYear.data._entities) {
    expect(entity.propertyStats.meetingsHeld).toBeGreaterThanOrEqual(sure);
    expect(entity.propertyStats.meetingsHeld).toBeLessThanOrEqual(possible);
  }
  // Survey responses of the quarters that began this year before the seed day: every response row of them.
  const yearDay = new Date(yearStart + 8 * 3_600_000).toISOString().slice(0, 10);
  const responses = await fixture.em().count(SurveyResponse, { periodStartsOn: { $gte: yearDay, $lt: seededOn } });
  const answered = thisYear.data._entities.reduce((sum: number, entity: any) => sum + entity.propertyStats.surveyResponses, 0);
  expect(answered).toBe(responses);
  // This year's first quarter began before the seed day unless the seed ran on 1 January.
  if (yearDay < seededOn) expect(answered).toBeGreaterThan(0);
});

test('every seeded history follows the transition table, and what a stage needs is there', async () => {
  const em = fixture.em();
  const [items, steps, resolutions, tasks] = await Promise.all([
    em.find(AgendaItem, {}),
    em.find(AgendaItemStep, {}),
    em.find(MeetingResolution, {}),
    em.find(FollowUpTask, {}),
  ]);
  for (const item of items) {
    const history = steps.filter(step => step.itemId === item.id).sort((a, b) => a.sequence - b.sequence);
    expect(history[0]).toMatchObject({ command: AgendaItemCommand.SOLICIT, toStage: AgendaItemStage.SOLICITED });
    for (const step of history.slice(1)) expect(AGENDA_ITEM_LIFECYCLE.find(step.fromStage!, step.command)?.to).toBe(step.toStage);
    expect(history[history.length - 1].toStage).toBe(item.stage);
    const decided = history.some(step => step.command === AgendaItemCommand.DECIDE);
    expect(resolutions.some(resolution => resolution.itemId === item.id && resolution.state === ResolutionState.ADOPTED)).toBe(decided);
    if (item.stage === AgendaItemStage.RESULT_PUBLISHED) {
      expect(tasks.filter(task => task.itemId === item.id).every(task => task.state === FollowUpTaskState.DONE)).toBe(true);
    }
  }
});

test('agenda items from grid events point at events grids seeds, in the same compound, reported before the meeting', async () => {
  const events = new Map([...demoGridEvents(fixture.territory)].map(({ row }) => [row.id as string, row]));
  const items = await fixture.em().find(AgendaItem, { source: AgendaItemSource.GRID_EVENT });
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const event = events.get(item.gridEventId!);
    const meeting = (await fixture.em().findOne(JointMeeting, { id: item.meetingId }))!;
    expect(event?.compoundId).toBe(item.compoundId);
    expect((event!.reportedAt as Date).getTime()).toBeLessThan(meeting.scheduledAt.getTime());
  }
});

test('a suggestion is solved exactly when the item it became has its result published', async () => {
  const suggestions = await fixture.em().find(Suggestion, {});
  const items = new Map((await fixture.em().find(AgendaItem, { source: AgendaItemSource.RESIDENT_SUGGESTION })).map(item => [item.id, item]));
  for (const suggestion of suggestions) {
    const item = suggestion.agendaItemId ? items.get(suggestion.agendaItemId) : undefined;
    expect(suggestion.state === SuggestionState.SOLVED).toBe(item?.stage === AgendaItemStage.RESULT_PUBLISHED);
    expect(item?.suggestionId ?? suggestion.id).toBe(suggestion.id);
  }
});
