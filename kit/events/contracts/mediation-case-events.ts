import { validate as isUuid } from 'uuid';

/**
 * The mediation facts the mediation subgraph publishes and grids acts on (it records a case's
 * outcome on the grid event the case came from): names and payload shape in one place.
 */

/** The mediation subgraph's stream. */
export const MEDIATION_STREAM = 'mediation';
/** A case reached agreement (达成调解协议); payload `MediationCaseOutcome`. */
export const MEDIATION_CASE_AGREED = 'mediation-case.agreed';
/** A case was closed or withdrawn (结案 / 撤回); payload `MediationCaseOutcome`. */
export const MEDIATION_CASE_CLOSED = 'mediation-case.closed';

/** What became of a case: ids and codes only, never the dispute's details or its parties. */
export interface MediationCaseOutcome {
  readonly caseId: string;
  /** The grid event the case came from, if any. */
  readonly gridEventId: string | null;
  readonly communityId: string;
  readonly subdistrictId: string;
  /** Level and mechanism holding the case at that moment (`COMMUNITY`, `PEOPLES` …). */
  readonly level: string;
  readonly mechanism: string;
  /** The case's status after the command (`AGREED`, `CLOSED`, `WITHDRAWN`). */
  readonly status: string;
  /** Whether the case has an agreement. */
  readonly agreed: boolean;
}

/** Checks a received outcome before anything is written: a malformed one fails (and is parked). */
export function checkMediationCaseOutcome(payload: unknown): MediationCaseOutcome {
  const body = (payload ?? {}) as Record<string, unknown>;
  for (const key of ['caseId', 'communityId', 'subdistrictId']) {
    if (typeof body[key] !== 'string' || !isUuid(body[key] as string)) throw new Error(`mediation case outcome: ${key} is not a UUID`);
  }
  if (body.gridEventId !== null && (typeof body.gridEventId !== 'string' || !isUuid(body.gridEventId))) throw new Error(`mediation case outcome ${String(body.caseId)}: gridEventId is not a UUID`);
  if (typeof body.status !== 'string' || typeof body.agreed !== 'boolean') throw new Error(`mediation case outcome ${String(body.caseId)}: status or agreed is missing`);
  return body as unknown as MediationCaseOutcome;
}
