import { Role } from '../../../kit/auth/role';
import { demoGridEvents } from '../../../kit/demo/grid-events';
import { cityAdmin, viewerWith } from '../../../kit/testing/viewers';
import { AgendaItem, AgendaItemSource } from '../agenda/agenda-item.entity';
import { CommitteeSeat } from '../committee/committee-seat.entity';
import { OwnersCommittee } from '../committee/owners-committee.entity';
import { PropertyCompany } from '../company/property-company.entity';
import { FollowUpTask } from '../follow-up/follow-up-task.entity';
import { JointMeeting } from '../meeting/joint-meeting.entity';
import { Suggestion } from '../suggestion/suggestion.entity';
import { SatisfactionSurvey } from '../survey/satisfaction-survey.entity';
import { createPropertyFixture, type PropertyFixture } from './property-fixture';

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on PropertyCompany { id name creditCode staff { post resident { id } } }
      ... on OwnersCommittee { id kind members { position resident { id } } }
      ... on JointMeeting { id title meetingState: state agenda { position } }
      ... on AgendaItem { id position stage }
      ... on FollowUpTask { id taskState: state responsibleSide }
      ... on Suggestion { id suggestionState: state }
      ... on SatisfactionSurvey { id period responses }
      ... on Subdistrict { id propertyStats(period: { preset: LAST_12_MONTHS }) { meetingsHeld } }
      ... on Community { id propertyStats(period: { preset: LAST_12_MONTHS }) { meetingsHeld } jointMeetings(first: 3) { totalCount } }
      ... on Compound { id management { mode } ownersCommittee { id } jointMeetings(first: 1) { totalCount } propertySatisfaction { id } }
      ... on Resident { id committeeSeats { position } }
      ... on GridEvent { id jointMeetingItems { id } }
    }
  }
`;

let fixture: PropertyFixture;
beforeAll(async () => {
  fixture = await createPropertyFixture();
});
afterAll(() => fixture.close());

const first = async <T extends object>(entity: new () => T, where: object = {}) =>
  (await fixture.em().find(entity, where as never, { limit: 1, orderBy: { id: 'ASC' } as never }))[0];

test('resolves a reference of every key type property owns, and null for unknown or malformed ids', async () => {
  const company = await first(PropertyCompany);
  const committee = await first(OwnersCommittee);
  const meeting = await first(JointMeeting);
  const item = await first(AgendaItem);
  const task = await first(FollowUpTask);
  const suggestion = await first(Suggestion);
  const survey = await first(SatisfactionSurvey);
  const representations = [
    ['PropertyCompany', company.id], ['OwnersCommittee', committee.id], ['JointMeeting', meeting.id], ['AgendaItem', item.id],
    ['FollowUpTask', task.id], ['Suggestion', suggestion.id], ['SatisfactionSurvey', survey.id],
    ['JointMeeting', '00000000-0000-4000-8000-000000000000'], ['AgendaItem', 'not-a-uuid'],
  ].map(([__typename, id]) => ({ __typename, id }));
  const result = await fixture.run(cityAdmin, ENTITIES, { representations });
  expect(result.errors).toBeUndefined();
  const [c, o, m, i, t, s, v, missing, malformed] = result.data._entities;
  expect(c).toMatchObject({ __typename: 'PropertyCompany', id: company.id, name: company.name, creditCode: company.creditCode });
  expect(c.staff.length).toBeGreaterThan(0);
  expect(o).toMatchObject({ __typename: 'OwnersCommittee', id: committee.id, kind: committee.kind });
  expect(o.members[0].position).toBe('DIRECTOR');
  expect(m).toMatchObject({ __typename: 'JointMeeting', id: meeting.id, title: meeting.title, meetingState: 'HELD' });
  expect(m.agenda.map((entry: { position: number }) => entry.position)).toEqual(m.agenda.map((_entry: unknown, index: number) => index + 1));
  expect(i).toEqual({ __typename: 'AgendaItem', id: item.id, position: item.position, stage: item.stage });
  expect(t).toEqual({ __typename: 'FollowUpTask', id: task.id, taskState: task.state, responsibleSide: task.responsibleSide });
  expect(s).toEqual({ __typename: 'Suggestion', id: suggestion.id, suggestionState: suggestion.state });
  expect(v).toMatchObject({ __typename: 'SatisfactionSurvey', id: survey.id, period: survey.period });
  expect(v.responses).toBeGreaterThanOrEqual(10);
  expect(missing).toBeNull();
  expect(malformed).toBeNull();
});

test('resolves the grids entities property contributes to, from their id alone', async () => {
  const committee = await first(OwnersCommittee);
  const seat = await first(CommitteeSeat, { committeeId: committee.id });
  const eventItem = await first(AgendaItem, { source: AgendaItemSource.GRID_EVENT });
  const { territory } = fixture;
  const representations = [
    { __typename: 'Subdistrict', id: committee.subdistrictId },
    { __typename: 'Community', id: committee.communityId },
    { __typename: 'Compound', id: committee.compoundId },
    { __typename: 'Resident', id: seat.residentId },
    { __typename: 'GridEvent', id: eventItem.gridEventId },
  ];
  const result = await fixture.run(cityAdmin, ENTITIES, { representations });
  expect(result.errors).toBeUndefined();
  const [subdistrict, community, compound, resident, event] = result.data._entities;
  // Monthly meetings over the twelve 30-day months before the seed day, all inside the last 12 months: 12 per community (hand count).
  const communities = territory.communities.filter((candidate) => candidate.subdistrictId === committee.subdistrictId).length;
  expect(subdistrict.propertyStats.meetingsHeld).toBe(12 * communities);
  expect(community.propertyStats.meetingsHeld).toBe(12);
  expect(community.jointMeetings.totalCount).toBe(12);
  expect(compound.ownersCommittee).toEqual({ id: committee.id });
  expect(compound.jointMeetings.totalCount).toBeGreaterThan(0);
  expect(resident.committeeSeats).toEqual([{ position: seat.position }]);
  // Every item that took the event up (a compound meeting monthly may take it up twice within its 60 days).
  const items = await fixture.em().find(AgendaItem, { gridEventId: eventItem.gridEventId });
  expect(event.jointMeetingItems.map((item: { id: string }) => item.id).sort()).toEqual(items.map((item) => item.id).sort());
  expect(items.map((item) => item.id)).toContain(eventItem.id);
  // The event is one grids seeds (the same generator), in the meeting's compound.
  const seeded = [...demoGridEvents(territory)].find(({ row }) => row.id === eventItem.gridEventId);
  expect(seeded?.row.compoundId).toBe(eventItem.compoundId);
});

test('rows outside a viewer’s scope resolve to null, contributed fields to empty', async () => {
  const meeting = await first(JointMeeting);
  const elsewhere = viewerWith([Role.COMMUNITY_STAFF], ['00000000-0000-4000-8000-000000000002']);
  const result = await fixture.run(elsewhere, ENTITIES, {
    representations: [{ __typename: 'JointMeeting', id: meeting.id }, { __typename: 'Compound', id: meeting.compoundId }],
  });
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toEqual([
    null,
    { __typename: 'Compound', id: meeting.compoundId, management: null, ownersCommittee: null, jointMeetings: { totalCount: 0 }, propertySatisfaction: [] },
  ]);
});
