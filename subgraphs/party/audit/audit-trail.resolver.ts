import { auditTrailResolver } from '../../../kit/audit/audit-trail.resolver';

/** `partyAuditTrail` and `partyAuditChain`: this subgraph's audit trail, for city admins (审计日志). */
export const PartyAuditTrailResolver = auditTrailResolver('party');
