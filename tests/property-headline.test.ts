import { Role } from '../kit/auth/role';
import { demoGridEvents } from '../kit/demo/grid-events';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * The issue's one gateway query: a compound's committee members with their party-member status
 * (party's `Resident.partyMember`), its property company, the last joint meeting's agenda with the
 * grid event an item came from (grids' `GridEvent`), and that meeting's open follow-up tasks.
 */
const COMPOUND = /* GraphQL */ `
  query Compound($id: ID!) {
    compound(id: $id) {
      name
      management { mode company { name staff { post resident { id partyMember(reveal: PROPERTY_AFFAIRS) { id } } } } }
      ownersCommittee {
        kind
        members { position resident { id name partyMember(reveal: PROPERTY_AFFAIRS) { id } } }
      }
      jointMeetings(first: 1) {
        totalCount
        edges { node {
          title
          participants { side attended company { name } }
          agenda { position title source stage gridEvent { id description state } }
          followUpTasks(state: OPEN) { description responsibleSide dueOn overdue }
        } }
      }
    }
  }
`;

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph();
});
afterAll(() => supergraph.close());

async function run(document: string, variables: Record<string, unknown>, token: string) {
  const response = await supergraph.query(document, variables, token);
  expect(response.body.errors).toBeUndefined();
  return response.body.data;
}

test('one query through the gateway reads a compound across grids, party and property, after its meeting flow ran through the gateway', async () => {
  const { territory } = supergraph;
  // A compound with a seeded grid event (the same generator grids seeded from) and a party member living in it.
  const events = [...demoGridEvents(territory)].map(({ row }) => row);
  const members: { residentId: string; compoundId: string }[] = await supergraph.em('party').getKnex()('party_member').select('resident_id as residentId', 'compound_id as compoundId');
  const compound = territory.compounds.find((candidate) => events.some((event) => event.compoundId === candidate.id) && members.some((member) => member.compoundId === candidate.id))!;
  const event = events.find((candidate) => candidate.compoundId === compound.id)!;
  const partyMember = members.find((member) => member.compoundId === compound.id)!.residentId;
  const memberIds = new Set(members.map((member) => member.residentId));
  const others: string[] = [];
  for (const building of territory.buildings.filter((candidate) => candidate.compoundId === compound.id)) {
    for (const household of territory.households(building)) {
      for (const resident of territory.residents(household)) if (!memberIds.has(resident.id) && others.length < 2) others.push(resident.id);
    }
  }
  const staff = await supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [compound.communityId], subject: 'staff-of-the-community' });
  const command = async (name: string, input: Record<string, unknown>, selection = '{ __typename }', inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`) =>
    (await run(`mutation ($input: ${inputType}!) { ${name}(input: $input) ${selection} }`, { input }, staff))[name];

  // The compound's company and committee, made now so the expected values are known here.
  const admin = await supergraph.token({ roles: [Role.CITY_ADMIN] });
  const company = (await run('mutation ($input: RegisterPropertyCompanyInput!) { registerPropertyCompany(input: $input) { company { id } } }',
    { input: { name: '大同市红色物业服务有限公司', creditCode: '91140200MA0KPQ0001', hasPartyOrganization: true } }, admin)).registerPropertyCompany.company.id;
  await command('assignCompoundManagement', { compoundId: compound.id, mode: 'ENTERPRISE', companyId: company, startsOn: '2025-12-01' });
  await command('registerCompanyStaffMember', { companyId: company, residentId: partyMember, compoundId: compound.id, post: '项目经理' });
  await command('registerCompanyStaffMember', { companyId: company, residentId: others[1], compoundId: compound.id, post: '客服主管' });
  const sitting = await supergraph.em('property').getKnex()('owners_committee').where('open_compound_id', compound.id).first('id');
  if (sitting) await command('dissolveOwnersCommittee', { committeeId: sitting.id, dissolvedOn: '2025-12-01' });
  await command('formOwnersCommittee', {
    compoundId: compound.id, kind: 'OWNERS_COMMITTEE', electedOn: '2025-12-01', termStartsOn: '2025-12-15', termEndsOn: '2030-12-14',
    members: [{ residentId: partyMember, position: 'DIRECTOR' }, { residentId: others[0], position: 'DEPUTY_DIRECTOR' }, { residentId: others[1], position: 'MEMBER' }],
  });

  // Its next joint meeting: the grid event onto the agenda, through 一征三议两公开 to a decision with an open task.
  const meeting = (await command('conveneJointMeeting', {
    placeId: compound.id, title: '一月联席会议', scheduledAt: '2099-01-10T02:00:00Z',
    participants: [
      { side: 'COMMUNITY_PARTY_ORGANIZATION', label: '社区党委' }, { side: 'GRID_BRANCH', label: '网格党支部' },
      { side: 'PROPERTY_COMPANY', companyId: company, label: '项目经理' }, { side: 'OWNERS_COMMITTEE', residentId: partyMember },
    ],
  }, '{ meeting { id participants { id } } }')).meeting;
  await command('recordJointMeetingAttendance', { meetingId: meeting.id, attendedParticipantIds: meeting.participants.map((p: { id: string }) => p.id) });
  const item = (await command('addAgendaItem', { meetingId: meeting.id, title: '处理网格上报问题', source: 'GRID_EVENT', gridEventId: event.id }, '{ item { id } }')).item.id;
  await command('addAgendaItem', { meetingId: meeting.id, title: '巡查发现的楼道杂物', source: 'INSPECTION' });
  await command('proposeAgendaItem', { itemId: item }, '{ __typename }', 'AgendaItemStepInput');
  await command('consultAgendaItem', { itemId: item }, '{ __typename }', 'AgendaItemStepInput');
  const resolution = (await command('proposeResolution', { itemId: item, text: '物业限期整改' }, '{ resolution { id } }')).resolution.id;
  for (const participant of meeting.participants) await command('castResolutionVote', { resolutionId: resolution, participantId: participant.id, choice: 'FOR' });
  await command('closeResolutionVote', { resolutionId: resolution });
  await command('decideAgendaItem', { itemId: item }, '{ __typename }', 'AgendaItemStepInput');
  await command('assignFollowUpTask', { itemId: item, description: '物业完成整改并回访', responsibleSide: 'PROPERTY_COMPANY', dueOn: '2099-02-10' });

  const data = (await run(COMPOUND, { id: compound.id }, staff)).compound;
  expect(data.name).toBe(compound.name);
  expect(data.management.mode).toBe('ENTERPRISE');
  expect(data.management.company.name).toBe('大同市红色物业服务有限公司');
  // 红色物业: which of the company's staff are party members, by party's own records.
  const staffRows = data.management.company.staff.map((member: any) => [member.post, member.resident.id, member.resident.partyMember !== null]);
  expect(staffRows.sort()).toEqual([['客服主管', others[1], false], ['项目经理', partyMember, true]]);
  expect(data.ownersCommittee.kind).toBe('OWNERS_COMMITTEE');
  expect(data.ownersCommittee.members.map((member: any) => [member.position, member.resident.id, member.resident.partyMember !== null])).toEqual([
    ['DIRECTOR', partyMember, true], ['DEPUTY_DIRECTOR', others[0], false], ['MEMBER', others[1], false],
  ]);
  const last = data.jointMeetings.edges[0].node;
  expect(last.title).toBe('一月联席会议');
  expect(last.participants.find((p: any) => p.side === 'PROPERTY_COMPANY').company).toEqual({ name: '大同市红色物业服务有限公司' });
  expect(last.agenda.map((entry: any) => [entry.position, entry.source, entry.stage, entry.gridEvent?.id ?? null])).toEqual([
    [1, 'GRID_EVENT', 'DECIDED', event.id], [2, 'INSPECTION', 'SOLICITED', null],
  ]);
  // Resolved in grids: the event's own description and state.
  expect(last.agenda[0].gridEvent.description).toBe(event.description);
  expect(last.agenda[0].gridEvent.state).toBe(event.state);
  expect(last.followUpTasks).toEqual([{ description: '物业完成整改并回访', responsibleSide: 'PROPERTY_COMPANY', dueOn: '2099-02-10', overdue: false }]);

  // Names stay masked for a role without personal-data access; party membership is hidden from it.
  const manager = await supergraph.token({ roles: [Role.PROPERTY_MANAGER], scope: [compound.id] });
  const masked = (await run(COMPOUND, { id: compound.id }, manager)).compound.ownersCommittee.members;
  expect(masked.map((member: any) => member.resident.partyMember)).toEqual([null, null, null]);

  // Three times the agenda and twice the open tasks: the same statements in property.
  const { property } = supergraph.queryLogs;
  property.reset();
  await run(COMPOUND, { id: compound.id }, staff);
  const before = property.count;
  for (const title of ['绿化带补植', '路灯维修', '单元门维修', '外墙修缮']) await command('addAgendaItem', { meetingId: meeting.id, title, source: 'INSPECTION' });
  await command('assignFollowUpTask', { itemId: item, description: '公示整改结果', responsibleSide: 'GRID_BRANCH', dueOn: '2099-02-20' });
  property.reset();
  const after = await run(COMPOUND, { id: compound.id }, staff);
  expect(after.compound.jointMeetings.edges[0].node.agenda).toHaveLength(6);
  expect(after.compound.jointMeetings.edges[0].node.followUpTasks).toHaveLength(2);
  expect(property.count).toBe(before);
  console.info(`property: ${before} SQL statements for the compound query with 2 agenda items and 1 open task, ${property.count} with 6 and 2`);
});
