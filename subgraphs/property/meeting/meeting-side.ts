import { registerEnumType } from 'type-graphql';

/** The five sides of a joint meeting (五联), and the community party organisation that convenes it (一方引领). */
export enum MeetingSide {
  COMMUNITY_PARTY_ORGANIZATION = 'COMMUNITY_PARTY_ORGANIZATION',
  GRID_BRANCH = 'GRID_BRANCH',
  BUILDING_PARTY_GROUP = 'BUILDING_PARTY_GROUP',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  RESIDENT_REPRESENTATIVE = 'RESIDENT_REPRESENTATIVE',
}
registerEnumType(MeetingSide, {
  name: 'MeetingSide',
  description: 'Side at a joint meeting (五联议事: 网格党支部, 楼栋党小组, 物业, 业委会, 居民代表)',
  valuesConfig: {
    COMMUNITY_PARTY_ORGANIZATION: { description: 'The convening community party organisation (社区党组织)' },
    GRID_BRANCH: { description: 'Grid (compound) party branch (网格党支部)' },
    BUILDING_PARTY_GROUP: { description: 'Building party group (楼栋党小组)' },
    PROPERTY_COMPANY: { description: 'Property company (物业)' },
    OWNERS_COMMITTEE: { description: "Owners' committee (业委会)" },
    RESIDENT_REPRESENTATIVE: { description: 'Resident representatives (居民代表)' },
  },
});
