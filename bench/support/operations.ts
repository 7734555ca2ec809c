/**
 * The operations the peers bench times, as a client sends them: one building's page (a dashboard
 * many people open) and the headline community query (community → compounds → buildings →
 * households → residents and party members, across grids and party).
 */

/** A building with its compound (+ party branch), party group, households → first residents, party members, central household. */
export const BUILDING_QUERY = /* GraphQL */ `
  query Building($id: ID!) {
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
                  name
                  gender
                  age
                  isHead
                }
              }
            }
            partyMembers {
              id
              category
              colour
            }
            centralHousehold {
              id
              designatedAt
            }
          }
        }
      }
    }
  }
`;

/** The headline query of the party subgraph's test, with each household's first residents. */
export const COMMUNITY_QUERY = /* GraphQL */ `
  query Community($code: String!) {
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
                              name
                              age
                            }
                          }
                        }
                        partyMembers {
                          category
                          colour
                          organization {
                            level
                          }
                        }
                        centralHousehold {
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
