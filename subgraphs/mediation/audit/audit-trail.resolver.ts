import { auditTrailResolver } from '../../../kit/audit/audit-trail.resolver';

/** `mediationAuditTrail` and `mediationAuditChain`: this subgraph's audit trail, for city admins (审计日志). */
export const MediationAuditTrailResolver = auditTrailResolver('mediation');
