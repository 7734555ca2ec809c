import { auditQueryRules } from '../../kit/audit/audit-policy';
import { entityRules, Reach, SIGNED_IN, type AccessRule, type SubgraphPolicy } from '../../kit/auth/policy';
import type { Role } from '../../kit/auth/role';
import { ELDER_CARERS, POINT_MANAGERS, POINT_OPERATORS, PROFILE_KEEPERS } from './roles';
import { elderlyReferences } from './references';

const territory = (roles: readonly Role[], note?: string): AccessRule => ({ roles, reach: Reach.TERRITORY, note });

/** Who calls each Query field and Mutation of the elderly subgraph (rendered in docs/access-policy.md). */
export const elderlyPolicy: SubgraphPolicy = {
  query: {
    ...auditQueryRules('elderly'),
    servicePoint: SIGNED_IN,
    priceQuote: territory([...new Set([...POINT_OPERATORS, ...ELDER_CARERS])], "at the dish's point"),
  },
  mutation: {
    registerServicePoint: territory(POINT_MANAGERS),
    openServicePoint: territory(POINT_MANAGERS),
    closeServicePoint: territory(POINT_MANAGERS),
    setDiscountRules: territory(POINT_MANAGERS),
    publishMenu: territory(POINT_OPERATORS),
    orderMeal: territory(POINT_OPERATORS),
    cancelMealOrder: territory(POINT_OPERATORS),
    updateElderProfile: territory(PROFILE_KEEPERS),
    recordHomeVisit: territory(PROFILE_KEEPERS),
  },
  entities: entityRules(elderlyReferences),
  partnerOperations: [],
};
