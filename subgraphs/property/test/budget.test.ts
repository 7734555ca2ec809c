import { cityAdmin } from '../../../kit/testing/viewers';
import { AgendaItem, AgendaItemSource } from '../agenda/agenda-item.entity';
import { CommitteeSeat } from '../committee/committee-seat.entity';
import { createPropertyFixture, type PropertyFixture } from './property-fixture';

const PERIOD = '{ from: "2025-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }';
const CONTRIBUTED = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Compound {
        id
        management { mode company { name satisfactionTrend { period satisfactionRate } } }
        managementHistory { mode }
        ownersCommittee { kind members { position resident { id } committee { kind } } }
        jointMeetings(first: 12) {
          totalCount
          edges { node {
            title
            participants { side attended resident { id } company { name } }
            agenda {
              position source stage gridEvent { id } suggestion { state } survey { period }
              history { command }
              resolutions { state votesFor votesAgainst abstentions }
              followUpTasks { state overdue }
            }
            followUpTasks(state: OPEN) { description }
          } }
        }
        propertySatisfaction { period responses averageScore satisfactionRate belowThreshold company { name } }
        suggestions(first: 10) { totalCount edges { node { state raisedBy { id } agendaItem { stage } } } }
      }
      ... on Resident { id committeeSeats { position committee { kind } } }
      ... on GridEvent { id jointMeetingItems { stage meeting { title } } }
      ... on Community { id propertyStats(period: ${PERIOD}) { meetingsHeld problemsSolved unmanagedCompounds satisfactionRate series(interval: MONTH) { start meetingsHeld problemsSolved } } }
    }
  }
`;

let fixture: PropertyFixture;
beforeAll(async () => {
  fixture = await createPropertyFixture();
});
afterAll(() => fixture.close());

/**
 * Every `stride`-th compound, community, committee member and grid event with an agenda item, and
 * always the compounds whose agendas hold items of every source: both sizes meet the same kinds of
 * rows and differ only in how many.
 */
async function representations(stride: number) {
  const every = <T>(items: readonly T[]) => items.filter((_item, index) => index % stride === 0);
  const seats = await fixture.em().find(CommitteeSeat, {}, { orderBy: { id: 'ASC' } });
  const items = await fixture.em().find(AgendaItem, { gridEventId: { $ne: null } }, { orderBy: { id: 'ASC' } });
  const bySource = await fixture.em().find(AgendaItem, {}, { orderBy: { id: 'ASC' } });
  const always = new Set(Object.values(AgendaItemSource).map((source) => bySource.find((item) => item.source === source)?.compoundId));
  return [
    ...fixture.territory.compounds.filter(({ id }, index) => index % stride === 0 || always.has(id)).map(({ id }) => ({ __typename: 'Compound', id })),
    ...every(fixture.territory.communities).map(({ id }) => ({ __typename: 'Community', id })),
    ...every(seats).map(({ residentId }) => ({ __typename: 'Resident', id: residentId })),
    ...every(items).map(({ gridEventId }) => ({ __typename: 'GridEvent', id: gridEventId })),
  ];
}

test('contributed fields of many compounds, residents, events and communities cost the same statements at two sizes', async () => {
  const smallReps = await representations(3);
  const largeReps = await representations(1);
  const small = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CONTRIBUTED, { representations: smallReps }));
  expect(small.result.errors).toBeUndefined();
  const large = await fixture.queryLog.measure(() => fixture.run(cityAdmin, CONTRIBUTED, { representations: largeReps }));
  expect(large.result.errors).toBeUndefined();
  const meetings = large.result.data._entities.reduce((sum: number, entity: any) => sum + (entity.jointMeetings?.edges.length ?? 0), 0);
  expect(meetings).toBe(12 * fixture.territory.communities.length);
  expect(large.statements).toBe(small.statements);
  console.info(`property _entities: ${small.statements} SQL statements for ${smallReps.length} representations, ${large.statements} for ${largeReps.length} (${meetings} meetings)`);
});
