import { Role } from '../../../kit/auth/role';
import { AGENDA_ITEM_LIFECYCLE, AgendaItemCommand, AgendaItemStage } from './agenda-lifecycle';

/**
 * "一征三议两公开" written out by hand from the seeds: solicit; the party organisation proposes, the
 * joint meeting consults, residents' representatives decide; the decision and then the result are
 * published. Withdrawal only before a decision. Conveners (community staff, party organisers, admins) act.
 */
const EXPECTED: [AgendaItemStage, AgendaItemCommand, AgendaItemStage][] = [
  [AgendaItemStage.SOLICITED, AgendaItemCommand.PROPOSE, AgendaItemStage.PROPOSED],
  [AgendaItemStage.PROPOSED, AgendaItemCommand.CONSULT, AgendaItemStage.CONSULTED],
  [AgendaItemStage.CONSULTED, AgendaItemCommand.DECIDE, AgendaItemStage.DECIDED],
  [AgendaItemStage.DECIDED, AgendaItemCommand.PUBLISH_DECISION, AgendaItemStage.DECISION_PUBLISHED],
  [AgendaItemStage.DECISION_PUBLISHED, AgendaItemCommand.PUBLISH_RESULT, AgendaItemStage.RESULT_PUBLISHED],
  [AgendaItemStage.SOLICITED, AgendaItemCommand.WITHDRAW, AgendaItemStage.WITHDRAWN],
  [AgendaItemStage.PROPOSED, AgendaItemCommand.WITHDRAW, AgendaItemStage.WITHDRAWN],
  [AgendaItemStage.CONSULTED, AgendaItemCommand.WITHDRAW, AgendaItemStage.WITHDRAWN],
];
const CONVENERS = [Role.CITY_ADMIN, Role.SUBDISTRICT_ADMIN, Role.COMMUNITY_STAFF, Role.PARTY_ORGANIZER];

test('the transition table is exactly 一征三议两公开, for the conveners', () => {
  expect(AGENDA_ITEM_LIFECYCLE.rules.map((rule) => [rule.from, rule.command, rule.to])).toEqual(EXPECTED);
  for (const rule of AGENDA_ITEM_LIFECYCLE.rules) expect([...rule.roles].sort()).toEqual([...CONVENERS].sort());
});

test('every other pair of stage and command is refused, and the published result is final', () => {
  for (const stage of Object.values(AgendaItemStage)) {
    for (const command of Object.values(AgendaItemCommand)) {
      const expected = EXPECTED.find(([from, by]) => from === stage && by === command)?.[2];
      expect(AGENDA_ITEM_LIFECYCLE.find(stage, command)?.to).toBe(expected);
    }
  }
  expect(Object.values(AgendaItemCommand).filter((command) => AGENDA_ITEM_LIFECYCLE.find(AgendaItemStage.RESULT_PUBLISHED, command))).toEqual([]);
});
