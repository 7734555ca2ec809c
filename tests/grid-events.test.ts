import { agencyManifests } from '../gateway/partners/operation-manifest';
import { Role } from '../kit/auth/role';
import { startSupergraph, type Supergraph } from './support/supergraph';

/** Grid events (网格事件) through the real gateway: the 12345 intake, the lifecycle and a community's events. */
describe('grid events through the gateway', () => {
  let supergraph: Supergraph;

  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.close());

  it("takes a 12345 ticket, lets the grid worker accept it, and shows the community's events with history and holder in one query", async () => {
    const { territory } = supergraph;
    const grid = territory.grids.find((candidate) => candidate.kind !== 'DEDICATED' && candidate.buildingIds.length > 0)!;
    const hotline = await supergraph.token({ roles: [Role.PARTNER_AGENCY], scope: [grid.subdistrictId], subject: 'hotline-12345', agency: 'hotline-12345' });
    const worker = await supergraph.token({ roles: [Role.GRID_WORKER], scope: [grid.id], subject: 'worker-gw-1' });
    const staff = await supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [grid.communityId], subject: 'staff-gw-1' });

    // The hotline runs its registered operations (schema/operations/hotline-12345/), sent by hash.
    const registered = (name: string) => agencyManifests().get('hotline-12345')!.operations.find((operation) => operation.name === name)!.body;
    const input = { idempotencyKey: 'gateway-key-0001', ticketNumber: 'GW-0001', categoryCode: 'SANITATION', description: '楼下垃圾堆放无人清运', gridId: grid.id };
    const first = await supergraph.persisted(registered('SubmitHotlineTicket'), { input }, hotline);
    const again = await supergraph.persisted(registered('SubmitHotlineTicket'), { input }, hotline);
    expect(first.body.errors).toBeUndefined();
    expect(again.body).toEqual(first.body);
    const eventId = first.body.data.submitHotlineTicket.gridEvent.id;

    const accept = await supergraph.query(
      `mutation ($input: GridEventCommandInput!) { acceptGridEvent(input: $input) { gridEvent { state holderId } transition { command } } }`,
      { input: { eventId } },
      worker,
    );
    expect(accept.body.data.acceptGridEvent).toEqual({ gridEvent: { state: 'ACCEPTED', holderId: 'worker-gw-1' }, transition: { command: 'ACCEPT' } });

    const community = await supergraph.query(
      `query ($id: ID!) { community(id: $id) { name gridEvents(first: 50, orderBy: { field: REPORTED_AT, direction: DESC }) {
          totalCount edges { node { id state source externalTicket holderId holder { name } category { name }
            history { edges { node { sequence command toState actorId } } } } } } } }`,
      { id: grid.communityId },
      staff,
    );
    expect(community.body.errors).toBeUndefined();
    const events = community.body.data.community.gridEvents.edges.map((edge: any) => edge.node);
    const ticket = events.find((event: any) => event.id === eventId);
    expect(ticket).toMatchObject({ state: 'ACCEPTED', source: 'HOTLINE_12345', externalTicket: 'GW-0001', holderId: 'worker-gw-1', category: { name: '环境卫生' } });
    expect(ticket.history.edges.map((edge: any) => edge.node.command)).toEqual(['REPORT', 'ACCEPT']);
    expect(events.some((event: any) => event.holder?.name)).toBe(true);

    const status = await supergraph.persisted(registered('HotlineTickets'), { ticketNumbers: ['GW-0001'] }, hotline);
    expect(status.body.data.hotlineTickets.edges.map((edge: any) => edge.node)).toEqual([expect.objectContaining({ externalTicket: 'GW-0001', state: 'ACCEPTED' })]);
  });
});
