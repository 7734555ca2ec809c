import { categoryId, demoGridEvents } from '../../../kit/demo/grid-events';
import { Agreement } from '../agreement/agreement.entity';
import { GridEventCopy } from '../grid-event/grid-event-copy.entity';
import { MediationCaseSource } from '../mediation-case/dispute.enums';
import { DisputeLead, LeadStatus } from '../lead/dispute-lead.entity';
import { MediationCaseTransition } from '../mediation-case/case-transition.entity';
import { MediationCaseStatus, MediationLevel } from '../mediation-case/lifecycle';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { MediationTeam, MediationTeamKind } from '../team/mediation-team.entity';
import { createMediationFixture, type MediationFixture } from './mediation-fixture';

let fixture: MediationFixture;
beforeAll(async () => {
  fixture = await createMediationFixture();
});
afterAll(() => fixture.close());

test('every community has a committee and a women\'s team; every subdistrict a centre and a judicial office', async () => {
  const teams = await fixture.em().find(MediationTeam, {});
  const { communities, subdistricts } = fixture.territory;
  for (const community of communities) {
    const kinds = teams.filter((team) => team.communityId === community.id).map((team) => team.kind);
    expect(kinds).toEqual(expect.arrayContaining([MediationTeamKind.COMMITTEE, MediationTeamKind.WOMENS_TEAM]));
  }
  for (const subdistrict of subdistricts) {
    const kinds = teams.filter((team) => team.subdistrictId === subdistrict.id && team.communityId === null).map((team) => team.kind).sort();
    expect(kinds).toEqual([MediationTeamKind.JUDICIAL_OFFICE, MediationTeamKind.SUBDISTRICT_CENTRE]);
  }
});

test('a year of cases, most settled in the community, a few handed up, each with a history as long as its version', async () => {
  const em = fixture.em();
  const cases = await em.find(MediationCase, {});
  const agreements = await em.find(Agreement, {});
  const steps = await em.find(MediationCaseTransition, {});
  const yearAgo = Date.now() - 366 * 86_400_000;
  for (const community of fixture.territory.communities) expect(cases.filter((kase) => kase.communityId === community.id).length).toBeGreaterThanOrEqual(10);
  const fromEvents = cases.filter((kase) => kase.gridEventId !== null);
  expect(cases.filter((kase) => kase.gridEventId === null).every((kase) => kase.registeredAt.getTime() > yearAgo && kase.registeredAt.getTime() <= Date.now())).toBe(true);
  const low = agreements.filter((agreement) => agreement.level === MediationLevel.GRID || agreement.level === MediationLevel.COMMUNITY).length;
  expect(low / agreements.length).toBeGreaterThan(0.75);
  expect(cases.filter((kase) => kase.escalations > 0).length).toBeLessThan(cases.length * 0.25);
  for (const kase of cases) {
    const history = steps.filter((step) => step.caseId === kase.id).sort((a, b) => a.sequence - b.sequence);
    expect(history.map((step) => step.sequence)).toEqual(history.map((_step, index) => index + 1));
    expect(history.length).toBe(kase.version);
    expect(history[history.length - 1].toStatus).toBe(kase.status);
    expect(history[history.length - 1].level).toBe(kase.level);
  }
  expect(cases.some((kase) => kase.status === MediationCaseStatus.CLOSED)).toBe(true);
  expect(fromEvents.length).toBeGreaterThan(0);
});

test("the grid event copy holds grids' demo events, ids and all; cases from events come after them, one case per event", async () => {
  const em = fixture.em();
  const copy = await em.find(GridEventCopy, {});
  const generated = [...demoGridEvents(fixture.territory)];
  expect(copy.map((event) => event.id).sort()).toEqual(generated.map((event) => event.row.id).sort());
  const byId = new Map(copy.map((event) => [event.id, event]));
  const fromEvents = await em.find(MediationCase, { gridEventId: { $ne: null } });
  expect(new Set(fromEvents.map((kase) => kase.gridEventId)).size).toBe(fromEvents.length);
  for (const kase of fromEvents) {
    const event = byId.get(kase.gridEventId!)!;
    expect(event.categoryId).toBe(categoryId('NEIGHBOUR_DISPUTE'));
    expect([kase.source, kase.communityId]).toEqual([MediationCaseSource.GRID_EVENT, event.communityId]);
    expect(kase.registeredAt.getTime()).toBeGreaterThan(event.reportedAt.getTime());
  }
});

test('leads: all resolved except the latest fortnight\'s; converted leads point at their case and back', async () => {
  const em = fixture.em();
  const leads = await em.find(DisputeLead, {});
  const cases = await em.find(MediationCase, { leadId: { $ne: null } });
  expect(leads.length).toBeGreaterThan(0);
  const fortnight = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
  for (const lead of leads) {
    if (lead.sharedOn < fortnight) expect(lead.status).not.toBe(LeadStatus.OPEN);
    if (lead.status === LeadStatus.CONVERTED) expect(cases.find((kase) => kase.id === lead.caseId)?.leadId).toBe(lead.id);
    if (lead.status === LeadStatus.CLOSED) expect(lead.closeReason).toBeTruthy();
  }
});
