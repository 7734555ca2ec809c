/**
 * The operations the peers bench times, as a client sends them: one building's page (a dashboard
 * many people open) and the headline community query (community → compounds → buildings →
 * households → residents and party members, across grids and party).
 */

/**
 * A building with its compound (+ party branch), party group, households → first residents, party
 * members, central household. `$reveal` (a `RevealReason`) is the reason given for residents' names
 * and party membership: without one both stay masked or empty, as for any caller who gives none;
 * with one, each answer also writes its audit entries (`BENCH_REVEAL=1`).
 */
export const BUILDING_QUERY = /* GraphQL */ `
  query Building($id: ID!, $reveal: RevealReason) {
    building(id: $id) {
      id
      code
      number
      units
      floors
      compound {
        id
        name
        partyBranch {
          id
          name
          level
        }
      }
      partyGroup {
        id
        name
        level
      }
      households(first: 100) {
        totalCount
        edges {
          node {
            id
            code
            unit
            floor
            room
            residents(first: 10) {
              totalCount
              edges {
                node {
                  id
                  name(reveal: $reveal)
                  gender
                  age
                  isHead
                }
              }
            }
            partyMembers(reveal: $reveal) {
              id
              category
              colour
            }
            centralHousehold(reveal: $reveal) {
              id
              designatedAt
            }
          }
        }
      }
    }
  }
`;

/** The headline query of the party subgraph's test, with each household's first residents; `$reveal` as for the building. */
export const COMMUNITY_QUERY = /* GraphQL */ `
  query Community($code: String!, $reveal: RevealReason) {
    community(code: $code) {
      name
      partyCommittee {
        name
        level
      }
      compounds(first: 20) {
        edges {
          node {
            name
            partyBranch {
              name
              level
              secretary {
                id
              }
            }
            buildings(first: 50) {
              edges {
                node {
                  number
                  partyGroup {
                    name
                    level
                  }
                  households(first: 100) {
                    edges {
                      node {
                        address
                        residents(first: 10) {
                          edges {
                            node {
                              name(reveal: $reveal)
                              age
                            }
                          }
                        }
                        partyMembers(reveal: $reveal) {
                          category
                          colour
                          organization {
                            level
                          }
                        }
                        centralHousehold(reveal: $reveal) {
                          linkedHouseholds {
                            id
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
