import { auditQueryRules } from '../../kit/audit/audit-policy';
import { entityRules, Reach, SIGNED_IN, type AccessRule, type SubgraphPolicy } from '../../kit/auth/policy';
import type { Role } from '../../kit/auth/role';
import { PARTY_CLERKS, PARTY_MANAGERS, PARTY_MEMBER_READERS } from './roles';
import { partyReferences } from './references';

const territory = (roles: readonly Role[], note?: string): AccessRule => ({ roles, reach: Reach.TERRITORY, note });

/** Who calls each Query field and Mutation of the party subgraph (rendered in docs/access-policy.md). */
export const partyPolicy: SubgraphPolicy = {
  query: {
    ...auditQueryRules('party'),
    partyOrganization: SIGNED_IN,
    partyOrganizations: SIGNED_IN,
    partyMember: territory(PARTY_MEMBER_READERS, 'which resident a member is: party clerks only'),
    inServiceCompliance: territory(PARTY_CLERKS),
  },
  mutation: {
    setUpPartyOrganization: territory(PARTY_MANAGERS),
    renamePartyOrganization: territory(PARTY_MANAGERS),
    appointPartySecretary: territory(PARTY_MANAGERS),
    mergePartyOrganizations: territory(PARTY_MANAGERS),
    dissolvePartyOrganization: territory(PARTY_MANAGERS),
    registerPartyMember: territory(PARTY_MANAGERS),
    transferPartyMember: territory(PARTY_MANAGERS),
    designateCentralHousehold: territory(PARTY_MANAGERS),
    approvePoints: territory(PARTY_MANAGERS),
    rejectPoints: territory(PARTY_MANAGERS),
    submitPoints: territory(PARTY_CLERKS),
    openServicePost: territory(PARTY_CLERKS),
    claimServicePost: territory(PARTY_CLERKS),
    releaseServicePost: territory(PARTY_CLERKS),
    recordService: territory(PARTY_CLERKS),
  },
  entities: entityRules(partyReferences),
  partnerOperations: [],
};
