import { Reach, type AccessRule } from '../auth/policy';
import { AUDITORS } from '../auth/role';
import { auditQueryNames } from './audit-trail.resolver';

/** The access rules of a subgraph's two audit queries, for its `policy.ts`: auditors only, the whole trail. */
export function auditQueryRules(subgraph: string): Record<string, AccessRule> {
  const { trail, chain } = auditQueryNames(subgraph);
  const rule: AccessRule = { roles: AUDITORS, reach: Reach.TERRITORY, note: 'the whole audit trail of the subgraph' };
  return { [trail]: rule, [chain]: rule };
}
