import { registerEnumType } from 'type-graphql';

/** What a dispute is about (纠纷类别). */
export enum DisputeCategory {
  NEIGHBOUR = 'NEIGHBOUR',
  FAMILY_MARRIAGE = 'FAMILY_MARRIAGE',
  WAGE_ARREARS = 'WAGE_ARREARS',
  PROPERTY_MANAGEMENT = 'PROPERTY_MANAGEMENT',
  DAMAGE_COMPENSATION = 'DAMAGE_COMPENSATION',
  LAND = 'LAND',
  OTHER = 'OTHER',
}
registerEnumType(DisputeCategory, {
  name: 'DisputeCategory',
  description: 'Category of a dispute (纠纷类别)',
  valuesConfig: {
    NEIGHBOUR: { description: 'Between neighbours (邻里纠纷)' },
    FAMILY_MARRIAGE: { description: 'Family and marriage (婚姻家庭纠纷)' },
    WAGE_ARREARS: { description: "Unpaid wages, e.g. migrant workers' (欠薪, 农民工工资)" },
    PROPERTY_MANAGEMENT: { description: 'With the property company or owners (物业纠纷)' },
    DAMAGE_COMPENSATION: { description: 'Damage and compensation (损害赔偿纠纷)' },
    LAND: { description: 'Land and homestead (土地纠纷)' },
    OTHER: { description: 'Other (其他)' },
  },
});

/** Where a case came from (案件来源). */
export enum MediationCaseSource {
  GRID_EVENT = 'GRID_EVENT',
  WALK_IN = 'WALK_IN',
  HOTLINE = 'HOTLINE',
  DEPARTMENT_LEAD = 'DEPARTMENT_LEAD',
  PATROL = 'PATROL',
}
registerEnumType(MediationCaseSource, {
  name: 'MediationCaseSource',
  description: 'Where a mediation case came from (案件来源)',
  valuesConfig: {
    GRID_EVENT: { description: 'A grid event (网格事件转调解)' },
    WALK_IN: { description: 'A party came in person (来访)' },
    HOTLINE: { description: 'The 12345 hotline (12345热线)' },
    DEPARTMENT_LEAD: { description: 'A lead shared by a department at the joint session (部门线索)' },
    PATROL: { description: 'Found on patrol (排查发现)' },
  },
});

/** The three mediations linked together (三调联动). */
export enum MediationMechanism {
  PEOPLES = 'PEOPLES',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
  JUDICIAL = 'JUDICIAL',
}
registerEnumType(MediationMechanism, {
  name: 'MediationMechanism',
  description: "Mechanism (三调联动: 人民调解 / 行政调解 / 司法调解)",
  valuesConfig: {
    PEOPLES: { description: "People's mediation (人民调解)" },
    ADMINISTRATIVE: { description: 'Administrative mediation (行政调解)' },
    JUDICIAL: { description: 'Judicial mediation (司法调解)' },
  },
});
