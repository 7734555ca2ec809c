import { demoGridEvents } from '../../../kit/demo/grid-events';
import { AgendaItemStep } from '../agenda/agenda-item-step.entity';
import { AgendaItem, AgendaItemSource } from '../agenda/agenda-item.entity';
import { AGENDA_ITEM_LIFECYCLE, AgendaItemCommand, AgendaItemStage } from '../agenda/agenda-lifecycle';
import { FollowUpTask, FollowUpTaskState } from '../follow-up/follow-up-task.entity';
import { JointMeeting } from '../meeting/joint-meeting.entity';
import { MeetingResolution, ResolutionState } from '../resolution/meeting-resolution.entity';
import { Suggestion, SuggestionState } from '../suggestion/suggestion.entity';
import { createPropertyFixture, type PropertyFixture } from './property-fixture';

let fixture: PropertyFixture;
beforeAll(async () => {
  fixture = await createPropertyFixture();
});
afterAll(() => fixture.close());

test('a joint meeting every month of the seeded year in every community', async () => {
  const meetings = await fixture.em().find(JointMeeting, {});
  for (const community of fixture.territory.communities) {
    const months = meetings.filter((meeting) => meeting.communityId === community.id).map((meeting) => meeting.scheduledAt.getUTCMonth()).sort((a, b) => a - b);
    expect(months).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  }
});

test('every seeded history follows the transition table, and what a stage needs is there', async () => {
  const em = fixture.em();
  const [items, steps, resolutions, tasks] = await Promise.all([em.find(AgendaItem, {}), em.find(AgendaItemStep, {}), em.find(MeetingResolution, {}), em.find(FollowUpTask, {})]);
  for (const item of items) {
    const history = steps.filter((step) => step.itemId === item.id).sort((a, b) => a.sequence - b.sequence);
    expect(history[0]).toMatchObject({ command: AgendaItemCommand.SOLICIT, toStage: AgendaItemStage.SOLICITED });
    for (const step of history.slice(1)) expect(AGENDA_ITEM_LIFECYCLE.find(step.fromStage!, step.command)?.to).toBe(step.toStage);
    expect(history[history.length - 1].toStage).toBe(item.stage);
    const decided = history.some((step) => step.command === AgendaItemCommand.DECIDE);
    expect(resolutions.some((resolution) => resolution.itemId === item.id && resolution.state === ResolutionState.ADOPTED)).toBe(decided);
    if (item.stage === AgendaItemStage.RESULT_PUBLISHED) {
      expect(tasks.filter((task) => task.itemId === item.id).every((task) => task.state === FollowUpTaskState.DONE)).toBe(true);
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
  const items = new Map((await fixture.em().find(AgendaItem, { source: AgendaItemSource.RESIDENT_SUGGESTION })).map((item) => [item.id, item]));
  for (const suggestion of suggestions) {
    const item = suggestion.agendaItemId ? items.get(suggestion.agendaItemId) : undefined;
    expect(suggestion.state === SuggestionState.SOLVED).toBe(item?.stage === AgendaItemStage.RESULT_PUBLISHED);
    expect(item?.suggestionId ?? suggestion.id).toBe(suggestion.id);
  }
});
