import { auditTrailResolver } from '../../../kit/audit/audit-trail.resolver';

/** `gridsAuditTrail` and `gridsAuditChain`: this subgraph's audit trail, for city admins (审计日志). */
export const GridsAuditTrailResolver = auditTrailResolver('grids');
