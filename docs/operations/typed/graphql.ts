/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of owners' body (业委会 / 物管会) */
export type CommitteeKind =
  /** Property management committee, set up where no owners' committee is (物业管理委员会) */
  | 'MANAGEMENT_COMMITTEE'
  /** Owners' committee, elected by the owners' assembly (业主委员会) */
  | 'OWNERS_COMMITTEE';

/** Category of a dispute (纠纷类别) */
export type DisputeCategory =
  /** Damage and compensation (损害赔偿纠纷) */
  | 'DAMAGE_COMPENSATION'
  /** Family and marriage (婚姻家庭纠纷) */
  | 'FAMILY_MARRIAGE'
  /** Land and homestead (土地纠纷) */
  | 'LAND'
  /** Between neighbours (邻里纠纷) */
  | 'NEIGHBOUR'
  /** Other (其他) */
  | 'OTHER'
  /** With the property company or owners (物业纠纷) */
  | 'PROPERTY_MANAGEMENT'
  /** Unpaid wages, e.g. migrant workers' (欠薪, 农民工工资) */
  | 'WAGE_ARREARS';

/** Priority (紧急程度): normal (一般) or urgent (紧急) */
export type GridEventPriority =
  | 'NORMAL'
  | 'URGENT';

/** Lifecycle state of a grid event (事件状态) */
export type GridEventState =
  /** Accepted; the accepter holds it (已受理, 首问负责制) */
  | 'ACCEPTED'
  /** Closed (已关闭) */
  | 'CLOSED'
  /** Dispatched to a department, waiting for its receiver (已吹哨, 待部门报到) */
  | 'DISPATCHED'
  /** Being handled (处理中) */
  | 'IN_PROGRESS'
  /** Merged into its original as a duplicate (已合并) */
  | 'MERGED'
  /** Reported, waiting to be accepted (已上报) */
  | 'REPORTED'
  /** Resolved, waiting for the reporter's feedback (已办结, 待反馈) */
  | 'RESOLVED'
  /** Suspended with a reason (已挂起) */
  | 'SUSPENDED';

/** Grid leader (网格长) or grid worker (网格员) */
export type GridWorkerRole =
  | 'GRID_LEADER'
  | 'GRID_WORKER';

/** Whether a joint meeting has taken place (会议状态) */
export type JointMeetingState =
  /** Held: attendance recorded (已召开) */
  | 'HELD'
  /** Convened, not yet held (已召集) */
  | 'SCHEDULED';

/** How a compound is managed (物业管理方式) */
export type ManagementMode =
  /** Held in trust by the community (社区托管) */
  | 'COMMUNITY_TRUSTEESHIP'
  /** By the former employer's unit (单位代管) */
  | 'EMPLOYER_PROXY'
  /** By a property company under contract (物业企业包管) */
  | 'ENTERPRISE'
  /** By the owners themselves (业主自管) */
  | 'OWNER_SELF';

/** Status of a mediation case (案件状态) */
export type MediationCaseStatus =
  /** Agreement reached (达成协议) */
  | 'AGREED'
  /** Closed (已结案) */
  | 'CLOSED'
  /** Handed up to the next level, waiting for its mediators (已上交) */
  | 'ESCALATED'
  /** Mediation failed at this level (调解不成) */
  | 'FAILED'
  /** Mediators assigned, being mediated (调解中) */
  | 'IN_MEDIATION'
  /** Registered, no mediator yet (已登记) */
  | 'REGISTERED'
  /** Withdrawn by the parties (撤回) */
  | 'WITHDRAWN';

/** Level a dispute is mediated at (调解层级) */
export type MediationLevel =
  /** Community or village mediation committee (社区/村调委会) */
  | 'COMMUNITY'
  /** In the grid, by its grid worker (网格) */
  | 'GRID'
  /** Judicial office (司法所) */
  | 'JUDICIAL_OFFICE'
  /** Subdistrict or township mediation centre (街道/乡镇调解中心, 综治中心) */
  | 'SUBDISTRICT';

/** Ledger a party member is kept in (党员分类: 四本台账) */
export type PartyMemberCategory =
  /** Directly managed by the community (直管党员) */
  | 'DIRECT'
  /** In service at a workplace, registered where they live (在职党员) */
  | 'IN_SERVICE'
  /** Mobile, living away (流动党员) */
  | 'MOBILE'
  /** Retired (离退休党员) */
  | 'RETIRED';

/** Five-colour mark (五色党员管理法) */
export type PartyMemberColour =
  /** Frail (体弱, 蓝) */
  | 'BLUE'
  /** Mobile (流动, 绿) */
  | 'GREEN'
  /** Regular (常态, 橙) */
  | 'ORANGE'
  /** Elderly (高龄, 紫) */
  | 'PURPLE'
  /** In service (在职, 红) */
  | 'RED';

/** Level of a party organisation (党组织层级) */
export type PartyOrganizationLevel =
  /** Compound or grid branch (小区/网格党支部) */
  | 'BRANCH'
  /** Community party committee (社区党委) */
  | 'COMMITTEE'
  /** General branch (党总支) */
  | 'GENERAL_BRANCH'
  /** Building or grid party group (楼栋/网格党小组) */
  | 'GROUP';

/** Kind of elderly service point (养老服务点类型) */
export type ServicePointKind =
  /** Elders' activity centre (老年活动中心) */
  | 'ACTIVITY_CENTER'
  /** Community canteen (社区食堂) */
  | 'CANTEEN'
  /** Day-care centre (日间照料中心) */
  | 'DAY_CARE_CENTER'
  /** Rural happiness home (农村幸福院) */
  | 'HAPPINESS_HOME'
  /** Meal point or elders' table (助餐点 / 老饭桌) */
  | 'MEAL_POINT'
  /** Partner merchant carrying the community-canteen plaque (爱心商户, 加挂“社区食堂”牌匾) */
  | 'PARTNER_MERCHANT';

/** Whether a service point is serving (运营状态) */
export type ServicePointStatus =
  /** Closed (已停业) */
  | 'CLOSED'
  /** Open (运营中) */
  | 'OPEN';

/** Period a statistic covers (统计区间): from inclusive and to exclusive, or a preset */
export type StatsPeriod = {
  /** From, inclusive; with to, instead of a preset (起) */
  from?: string | null | undefined;
  /** A named period instead of from and to (预设区间) */
  preset?: StatsPreset | null | undefined;
  /** To, exclusive; after from (止) */
  to?: string | null | undefined;
};

/** A named period, in China time, up to now (统计区间预设) */
export type StatsPreset =
  /** The twelve months up to now, the default (近12个月) */
  | 'LAST_12_MONTHS'
  /** The thirty days up to now (近30天) */
  | 'LAST_30_DAYS'
  /** The whole quarter before this one (上季度) */
  | 'LAST_QUARTER'
  /** From the first day of this quarter up to now (本季度) */
  | 'THIS_QUARTER'
  /** From 1 January up to now (本年度) */
  | 'THIS_YEAR';

export type ElderlyServiceCircleQueryVariables = Exact<{
  communityCode?: string;
  kind?: ServicePointKind;
}>;


export type ElderlyServiceCircleQuery = { community: { id: string, name: string, servicePoints: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: ServicePointKind, status: ServicePointStatus, operator: string, dailyMealCapacity: number } }> } | null, serviceCircle: { kind: ServicePointKind, radiusMetres: number, elders: number, covered: number, uncovered: number, coverageRate: number | null } | null } | null };

export type GridWorkerEventsQueryVariables = Exact<{
  gridCode?: string;
  first?: number;
  after?: string | null | undefined;
}>;


export type GridWorkerEventsQuery = { grid: { id: string, code: string, name: string, workers: { edges: Array<{ node: { id: string, code: string, name: string, role: GridWorkerRole } }> }, gridEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, state: GridEventState, priority: GridEventPriority, description: string, reportedAt: string, deadlineAt: string, overdue: boolean, category: { id: string, name: string }, holder: { id: string, name: string | null } | null } }> } } | null };

export type HeadlineQueryVariables = Exact<{
  communityCode?: string;
  first?: number;
  after?: string | null | undefined;
}>;


export type HeadlineQuery = { community: { id: string, name: string, partyCommittee: { id: string, name: string, level: PartyOrganizationLevel } | null, compounds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, partyBranch: { id: string, name: string } | null, buildings: { edges: Array<{ node: { id: string, number: string, partyGroup: { id: string, name: string } | null, households: { edges: Array<{ node: { id: string, address: string, partyMembers: Array<{ id: string, category: PartyMemberCategory, colour: PartyMemberColour }> | null } }> } } }> } } }> } } | null };

export type MediationCasesQueryVariables = Exact<{
  communityCode?: string;
  first?: number;
  after?: string | null | undefined;
}>;


export type MediationCasesQuery = { community: { id: string, name: string, mediationStats: { from: string, to: string, cases: number, concluded: number, agreed: number, settledAtCommunity: number, settledAtCommunityRate: number | null, agreementRate: number | null } | null, mediationCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, category: DisputeCategory, level: MediationLevel, status: MediationCaseStatus, registeredAt: string, overdue: boolean, team: { id: string, name: string } | null } }> } | null } | null };

export type PartyStatsQueryVariables = Exact<{
  communityCode?: string;
  period?: StatsPeriod | null | undefined;
}>;


export type PartyStatsQuery = { community: { id: string, name: string, partyCommittee: { id: string, name: string, level: PartyOrganizationLevel } | null, partyStats: { from: string, to: string, members: number | null, compounds: number, compoundsWithBranch: number, branchCoverage: number | null, fullCoverage: boolean, grids: number, gridsWithBranch: number, gridCoverage: number | null, centralHouseholds: number | null, inServiceMembers: number | null, inServiceCompliant: number | null, complianceRate: number | null, membersByCategory: Array<{ category: PartyMemberCategory, count: number | null }> } | null } | null };

export type PropertyManagementQueryVariables = Exact<{
  communityCode?: string;
}>;


export type PropertyManagementQuery = { community: { id: string, name: string, propertyStats: { meetingsHeld: number, problemsRaised: number, problemsSolved: number, compounds: number, unmanagedCompounds: number, satisfactionRate: number | null, compoundsByManagementMode: Array<{ mode: ManagementMode, compounds: number }> } | null, compounds: { edges: Array<{ node: { id: string, name: string, management: { id: string, mode: ManagementMode, company: { id: string, name: string } | null } | null, ownersCommittee: { id: string, kind: CommitteeKind, termEndsOn: string } | null, jointMeetings: { edges: Array<{ node: { id: string, title: string, state: JointMeetingState, scheduledAt: string } }> } | null } }> } } | null };


export const ElderlyServiceCircleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElderlyServiceCircle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"140213-001-001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePointKind"}}},"defaultValue":{"kind":"EnumValue","value":"MEAL_POINT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"servicePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"dailyMealCapacity"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCircle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMetres"}},{"kind":"Field","name":{"kind":"Name","value":"elders"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRate"}}]}}]}}]}}]} as unknown as DocumentNode<ElderlyServiceCircleQuery, ElderlyServiceCircleQueryVariables>;
export const GridWorkerEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridWorkerEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"G-140213-001-001-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORTED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"DISPATCHED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"SUSPENDED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"REPORTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridWorkerEventsQuery, GridWorkerEventsQueryVariables>;
export const HeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Headline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"140213-001-001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyCommittee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyBranch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"partyMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"EnumValue","value":"PARTY_AFFAIRS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HeadlineQuery, HeadlineQueryVariables>;
export const MediationCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediationCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"140213-001-001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mediationStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"concluded"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"settledAtCommunity"}},{"kind":"Field","name":{"kind":"Name","value":"settledAtCommunityRate"}},{"kind":"Field","name":{"kind":"Name","value":"agreementRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediationCasesQuery, MediationCasesQueryVariables>;
export const PartyStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartyStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"140213-001-001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsPeriod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyCommittee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"membersByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compounds"}},{"kind":"Field","name":{"kind":"Name","value":"compoundsWithBranch"}},{"kind":"Field","name":{"kind":"Name","value":"branchCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"fullCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"grids"}},{"kind":"Field","name":{"kind":"Name","value":"gridsWithBranch"}},{"kind":"Field","name":{"kind":"Name","value":"gridCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"centralHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"inServiceMembers"}},{"kind":"Field","name":{"kind":"Name","value":"inServiceCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"complianceRate"}}]}}]}}]}}]} as unknown as DocumentNode<PartyStatsQuery, PartyStatsQueryVariables>;
export const PropertyManagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyManagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"140213-001-001","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"propertyStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"problemsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"problemsSolved"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"}},{"kind":"Field","name":{"kind":"Name","value":"unmanagedCompounds"}},{"kind":"Field","name":{"kind":"Name","value":"compoundsByManagementMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"management"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownersCommittee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropertyManagementQuery, PropertyManagementQueryVariables>;