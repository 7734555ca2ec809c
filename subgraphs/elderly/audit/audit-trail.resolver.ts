import { auditTrailResolver } from '../../../kit/audit/audit-trail.resolver';

/** `elderlyAuditTrail` and `elderlyAuditChain`: this subgraph's audit trail, for city admins (审计日志). */
export const ElderlyAuditTrailResolver = auditTrailResolver('elderly');
