import { MEDIATION_CASE_AGREED, MEDIATION_CASE_CLOSED, type MediationCaseOutcome } from '../../../kit/events/contracts/mediation-case-events';
import type { NewEvent } from '../../../kit/events/domain-event';
import type { MediationCase } from './mediation-case.entity';

function outcome(kase: MediationCase, agreed: boolean): MediationCaseOutcome {
  return {
    caseId: kase.id, gridEventId: kase.gridEventId, communityId: kase.communityId, subdistrictId: kase.subdistrictId,
    level: kase.level, mechanism: kase.mechanism, status: kase.status, agreed,
  };
}

/** The case reached agreement: grids records it on the grid event it came from. */
export function mediationCaseAgreed(kase: MediationCase): NewEvent<MediationCaseOutcome> {
  return { type: MEDIATION_CASE_AGREED, aggregateId: kase.id, payload: outcome(kase, true) };
}

/** The case was closed or withdrawn, with or without agreement. */
export function mediationCaseClosed(kase: MediationCase, agreed: boolean): NewEvent<MediationCaseOutcome> {
  return { type: MEDIATION_CASE_CLOSED, aggregateId: kase.id, payload: outcome(kase, agreed) };
}
