import { Role } from '../../../../kit/auth/role';
import { errorCodes } from '../../../../kit/testing/execute';
import { cityAdmin, viewerWith } from '../../../../kit/testing/viewers';
import { Fulfilment } from '../../agreement/agreement.entity';
import { MediationTeamKind } from '../../team/mediation-team.entity';
import { Mediator } from '../../team/mediator.entity';
import { buildCase, snapshot, teamOf, type BuiltCase } from '../../test/case-builder';
import { createMediationFixture, type MediationFixture } from '../../test/mediation-fixture';
import { MEDIATION_CASE_LIFECYCLE, MediationCaseCommand as C, MediationCaseStatus as S, MediationLevel } from '../lifecycle';

/**
 * The lifecycle as the domain has it, written out by hand and independent of lifecycle.ts: for
 * each status, the commands it allows and the status each leads to. Everything else is refused.
 */
const EXPECTED: Record<S, Partial<Record<C, S>>> = {
  REGISTERED: { ASSIGN_MEDIATORS: S.IN_MEDIATION, ESCALATE: S.ESCALATED, WITHDRAW: S.WITHDRAWN },
  IN_MEDIATION: {
    ASSIGN_MEDIATORS: S.IN_MEDIATION, HOLD_SESSION: S.IN_MEDIATION, FAIL: S.FAILED, RECORD_AGREEMENT: S.AGREED,
    ESCALATE: S.ESCALATED, WITHDRAW: S.WITHDRAWN,
  },
  FAILED: { ASSIGN_MEDIATORS: S.IN_MEDIATION, ESCALATE: S.ESCALATED, CLOSE: S.CLOSED, WITHDRAW: S.WITHDRAWN },
  ESCALATED: { ASSIGN_MEDIATORS: S.IN_MEDIATION, WITHDRAW: S.WITHDRAWN },
  AGREED: { RECORD_FULFILMENT: S.AGREED, FOLLOW_UP: S.AGREED, CLOSE: S.CLOSED },
  CLOSED: { RECORD_FULFILMENT: S.CLOSED, FOLLOW_UP: S.CLOSED },
  WITHDRAWN: {},
};
const COMMANDS = Object.values(C).filter((command) => command !== C.REGISTER);
const STATUSES = Object.values(S);

let fixture: MediationFixture;
let communityId: string;
beforeAll(async () => {
  fixture = await createMediationFixture();
  communityId = fixture.territory.communities[0].id;
});
afterAll(() => fixture.close());

test('the table in lifecycle.ts is exactly the hand-written one', () => {
  const table: Record<string, Record<string, string>> = Object.fromEntries(STATUSES.map((status) => [status, {}]));
  for (const rule of MEDIATION_CASE_LIFECYCLE.rules) table[rule.from][rule.command] = rule.to;
  expect(table).toEqual(EXPECTED);
});

const today = () => new Date().toISOString().slice(0, 10);

/** One valid call of `command` on `built`: the mutation, its input type and its input. */
async function call(command: C, built: BuiltCase): Promise<[mutation: string, inputType: string, input: Record<string, unknown>]> {
  const caseId = built.kase.id;
  const mediatorId = built.mediator?.id ?? null;
  const attendees = [{ role: 'MEDIATOR', mediatorId }, { role: 'PARTY', partyId: built.parties[0].id }];
  switch (command) {
    case C.ASSIGN_MEDIATORS: {
      const free = (await fixture.em().find(Mediator, { teamId: built.kase.teamId }, { orderBy: { id: 'ASC' } })).find((mediator) => mediator.id !== mediatorId)!;
      return ['assignMediators', 'AssignMediatorsInput', { caseId, mediators: [{ mediatorId: free.id, role: 'MEMBER' }] }];
    }
    case C.HOLD_SESSION:
      return ['holdMediationSession', 'HoldMediationSessionInput', { caseId, heldOn: today(), attendees, discussed: '双方陈述', outcome: 'ADJOURNED' }];
    case C.FAIL:
      return ['holdMediationSession', 'HoldMediationSessionInput', { caseId, heldOn: today(), attendees, discussed: '双方各执一词', outcome: 'NO_AGREEMENT' }];
    case C.RECORD_AGREEMENT:
      return ['recordMediationAgreement', 'RecordMediationAgreementInput', { caseId, terms: '双方互谅互让' }];
    case C.ESCALATE: {
      const centre = await teamOf(fixture.em(), communityId, MediationTeamKind.SUBDISTRICT_CENTRE);
      return ['escalateMediationCase', 'EscalateMediationCaseInput', { caseId, reason: '社区调解未果', toTeamId: centre.id }];
    }
    case C.CLOSE:
      return ['closeMediationCase', 'MediationCaseReasonInput', { caseId, reason: '结案' }];
    case C.WITHDRAW:
      return ['withdrawMediationCase', 'MediationCaseReasonInput', { caseId, reason: '双方自行和解' }];
    case C.RECORD_FULFILMENT:
      return ['recordAgreementFulfilment', 'RecordAgreementFulfilmentInput', { caseId, fulfilment: Fulfilment.FULFILLED, checkedOn: today() }];
    case C.FOLLOW_UP:
      return ['recordFollowUpVisit', 'RecordFollowUpVisitInput', { caseId, visitedOn: today(), note: '关系缓和', satisfied: true }];
    default:
      throw new Error(`no call for ${command}`);
  }
}

async function run(command: C, built: BuiltCase) {
  const [mutation, inputType, input] = await call(command, built);
  const result = await fixture.run(cityAdmin, `mutation ($input: ${inputType}!) {
    ${mutation}(input: $input) { mediationCase { id status version } transition { command fromStatus toStatus sequence } }
  }`, { input });
  return { result, payload: result.data?.[mutation] };
}

/** An escalated case waits at the subdistrict; every other status is built at community level. */
function levelFor(status: S): MediationLevel {
  return status === S.ESCALATED ? MediationLevel.SUBDISTRICT : MediationLevel.COMMUNITY;
}

describe.each(STATUSES)('from %s', (status) => {
  it.each(COMMANDS)('%s is allowed exactly as the table says, and a refusal changes nothing', async (command) => {
    const built = await buildCase(fixture.em(), { communityId, status, level: levelFor(status) });
    const expected = EXPECTED[status][command];
    if (expected) {
      const { result, payload } = await run(command, built);
      expect(result.errors).toBeUndefined();
      expect(payload.mediationCase.status).toBe(expected);
      expect(payload.transition).toEqual({ command, fromStatus: status, toStatus: expected, sequence: built.kase.version + 1 });
      expect(payload.mediationCase.version).toBe(built.kase.version + 1);
    } else {
      const before = await snapshot(fixture.em());
      const { result } = await run(command, built);
      expect(errorCodes(result)).toEqual(['CONFLICT']);
      expect(result.errors![0].message).toContain(status);
      expect(await snapshot(fixture.em())).toBe(before);
    }
  });
});

test('the judicial office is the top: a case there cannot be handed up, and nothing changes', async () => {
  const judicial = await teamOf(fixture.em(), communityId, MediationTeamKind.JUDICIAL_OFFICE);
  const built = await buildCase(fixture.em(), { communityId, status: S.IN_MEDIATION, level: MediationLevel.JUDICIAL_OFFICE, teamId: judicial.id });
  const before = await snapshot(fixture.em());
  const result = await fixture.run(cityAdmin, 'mutation ($input: EscalateMediationCaseInput!) { escalateMediationCase(input: $input) { mediationCase { id } } }', {
    input: { caseId: built.kase.id, reason: '再上交', toTeamId: judicial.id },
  });
  expect(errorCodes(result)).toEqual(['CONFLICT']);
  expect(result.errors![0].message).toContain('JUDICIAL_OFFICE');
  expect(await snapshot(fixture.em())).toBe(before);
});

test('community staff act up to community level; a case at the subdistrict is for the subdistrict (FORBIDDEN, unchanged)', async () => {
  const built = await buildCase(fixture.em(), { communityId, status: S.ESCALATED, level: MediationLevel.SUBDISTRICT });
  const mutation = 'mutation ($input: MediationCaseReasonInput!) { withdrawMediationCase(input: $input) { mediationCase { status } } }';
  const input = { caseId: built.kase.id, reason: '双方和解' };
  const before = await snapshot(fixture.em());
  const staff = await fixture.run(viewerWith([Role.COMMUNITY_STAFF], [communityId]), mutation, { input });
  expect(errorCodes(staff)).toEqual(['FORBIDDEN']);
  expect(await snapshot(fixture.em())).toBe(before);
  const subdistrictAdmin = await fixture.run(viewerWith([Role.SUBDISTRICT_ADMIN], [built.kase.subdistrictId]), mutation, { input });
  expect(subdistrictAdmin.errors).toBeUndefined();
  expect(subdistrictAdmin.data.withdrawMediationCase.mediationCase.status).toBe('WITHDRAWN');
});

test("a case's own mediator holds its sessions; another mediator may not (FORBIDDEN), nor see it out of scope", async () => {
  const built = await buildCase(fixture.em(), { communityId, status: S.IN_MEDIATION });
  const other = (await fixture.em().find(Mediator, { teamId: built.kase.teamId, id: { $ne: built.mediator!.id } }, { limit: 1 }))[0];
  const input = {
    caseId: built.kase.id, heldOn: today(), discussed: '双方陈述', outcome: 'ADJOURNED',
    attendees: [{ role: 'MEDIATOR', mediatorId: built.mediator!.id }, { role: 'PARTY', partyId: built.parties[0].id }],
  };
  const mutation = 'mutation ($input: HoldMediationSessionInput!) { holdMediationSession(input: $input) { mediationCase { status } session { discussed(reveal: MEDIATION) } } }';
  const outOfScope = await fixture.run(viewerWith([Role.MEDIATOR], [], other.accountId!), mutation, { input });
  expect(errorCodes(outOfScope)).toEqual(['BAD_USER_INPUT']);
  const inScope = await fixture.run(viewerWith([Role.MEDIATOR], [communityId], other.accountId!), mutation, { input });
  expect(errorCodes(inScope)).toEqual(['FORBIDDEN']);
  const own = await fixture.run(viewerWith([Role.MEDIATOR], [], built.mediator!.accountId!), mutation, { input });
  expect(own.errors).toBeUndefined();
  expect(own.data.holdMediationSession).toEqual({ mediationCase: { status: 'IN_MEDIATION' }, session: { discussed: '双方陈述' } });
});

test('two commands on one case at the same moment: one wins, the other is CONFLICT, the history has one step', async () => {
  const built = await buildCase(fixture.em(), { communityId, status: S.IN_MEDIATION });
  const mutation = 'mutation ($input: MediationCaseReasonInput!) { withdrawMediationCase(input: $input) { mediationCase { status } } }';
  const results = await Promise.all([1, 2].map(() => fixture.run(cityAdmin, mutation, { input: { caseId: built.kase.id, reason: '双方和解' } })));
  expect(results.map((result) => errorCodes(result).join()).sort()).toEqual(['', 'CONFLICT']);
  const history = await fixture.run(cityAdmin, 'query ($id: ID!) { mediationCase(id: $id) { history { command } } }', { id: built.kase.id });
  expect(history.data.mediationCase.history.map((step: { command: string }) => step.command)).toEqual(['REGISTER', 'ASSIGN_MEDIATORS', 'WITHDRAW']);
});

test('two sessions in a row each raise the version and add a step (regression: a command changing nothing but the history left the version, and the next step clashed)', async () => {
  const built = await buildCase(fixture.em(), { communityId, status: S.IN_MEDIATION });
  const versions: number[] = [];
  for (let round = 0; round < 2; round++) {
    const { result, payload } = await run(C.HOLD_SESSION, built);
    expect(result.errors).toBeUndefined();
    versions.push(payload.mediationCase.version);
  }
  expect(versions).toEqual([built.kase.version + 1, built.kase.version + 2]);
});
