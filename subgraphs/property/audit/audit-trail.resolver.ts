import { auditTrailResolver } from '../../../kit/audit/audit-trail.resolver';

/** `propertyAuditTrail` and `propertyAuditChain`: this subgraph's audit trail, for city admins (审计日志). */
export const PropertyAuditTrailResolver = auditTrailResolver('property');
