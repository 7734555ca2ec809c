import { buildFederatedSchema } from '../../kit/schema/federated-schema';
import { GridsAuditTrailResolver } from './audit/audit-trail.resolver';
import type { SubgraphDefinition } from '../../kit/subgraph';
import { BuildingResolver } from './building/building.resolver';
import { CommunityResolver } from './community/community.resolver';
import { CompoundResolver } from './compound/compound.resolver';
import { createContext, type GridsContext } from './context';
import { DistrictResolver } from './district/district.resolver';
import { GridsEventFeedResolver } from './events/event-feed.resolver';
import { gridsEntities } from './entities';
import { mediationOutcomeConsumer } from './grid-event/mediation-outcome-consumer';
import { gridsMigrations } from './migrations';
import { GridResolver } from './grid/grid.resolver';
import { AssignGridWorkerHouseholdsResolver } from './grid-worker/assign-grid-worker-households.resolver';
import { GridWorkerResolver } from './grid-worker/grid-worker.resolver';
import { HouseholdResolver } from './household/household.resolver';
import { RegisterHouseholdResolver } from './household/register-household.resolver';
import { BuildingPopulationResolver } from './building/building-population.resolver';
import { CommunityPopulationResolver } from './community/community-population.resolver';
import { CompoundPopulationResolver } from './compound/compound-population.resolver';
import { DistrictPopulationResolver } from './district/district-population.resolver';
import { GridPopulationResolver } from './grid/grid-population.resolver';
import { SubdistrictPopulationResolver } from './subdistrict/subdistrict-population.resolver';
import { gridsReferences } from './references';
import { MoveResidentResolver } from './resident/move-resident.resolver';
import { RegisterResidentResolver } from './resident/register-resident.resolver';
import { ResidentResolver } from './resident/resident.resolver';
import { SubdistrictResolver } from './subdistrict/subdistrict.resolver';
import { TerritoryPlacesResolver } from './territory-place/territory-place.resolver';
import { DepartmentResolver } from './department/department.resolver';
import { RegisterDepartmentResolver } from './department/register-department.resolver';
import { DefineEventCategoryResolver } from './grid-event/define-event-category.resolver';
import { AcceptGridEventResolver } from './grid-event/accept-grid-event.resolver';
import { AcceptGridEventDispatchResolver } from './grid-event/accept-grid-event-dispatch.resolver';
import { CloseGridEventResolver } from './grid-event/close-grid-event.resolver';
import { DispatchGridEventResolver } from './grid-event/dispatch-grid-event.resolver';
import { EscalateGridEventResolver } from './grid-event/escalate-grid-event.resolver';
import { GiveGridEventFeedbackResolver } from './grid-event/give-grid-event-feedback.resolver';
import { GridEventResolver } from './grid-event/grid-event.resolver';
import { GridEventStatsResolver } from './stats/grid-event-stats.resolver';
import { MergeGridEventResolver } from './grid-event/merge-grid-event.resolver';
import { ReportGridEventResolver } from './grid-event/report-grid-event.resolver';
import { ResolveGridEventResolver } from './grid-event/resolve-grid-event.resolver';
import { ResumeGridEventResolver } from './grid-event/resume-grid-event.resolver';
import { ReturnGridEventDispatchResolver } from './grid-event/return-grid-event-dispatch.resolver';
import { StartGridEventResolver } from './grid-event/start-grid-event.resolver';
import { HotlineTicketsResolver } from './grid-event/hotline-ticket.resolver';
import { SubmitHotlineTicketResolver } from './grid-event/submit-hotline-ticket.resolver';
import { SuspendGridEventResolver } from './grid-event/suspend-grid-event.resolver';
import { GridGridEventsResolver } from './grid/grid-grid-events.resolver';
import { CommunityGridEventsResolver } from './community/community-grid-events.resolver';
import { SubdistrictGridEventsResolver } from './subdistrict/subdistrict-grid-events.resolver';
import { DistrictGridEventsResolver } from './district/district-grid-events.resolver';
import { AppointBuildingStewardResolver } from './building/appoint-building-steward.resolver';
import { BuildingStewardResolver } from './building/building-steward.resolver';
import { BuildingStewardAppointmentResolver } from './building/building-steward-appointment.resolver';
import { CommunityStewardshipResolver } from './community/community-stewardship.resolver';
import { GridStewardshipResolver } from './grid/grid-stewardship.resolver';
import { SubdistrictStewardshipResolver } from './subdistrict/subdistrict-stewardship.resolver';

/** The grids subgraph: the territorial tree, residents, grids and grid workers. */
export const gridsSubgraph: SubgraphDefinition<GridsContext> = {
  name: 'grids',
  defaultPort: 4001,
  entities: gridsEntities,
  migrations: gridsMigrations,
  createContext,
  // territory.place.* and grid-event.* (kit/events; README: domain events)
  producesEvents: true,
  // A mediation case's agreement or closing reaches the grid event it came from
  consumes: [mediationOutcomeConsumer],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        // Its audit trail, for city admins (审计日志)
        GridsAuditTrailResolver,
        DistrictResolver, SubdistrictResolver, CommunityResolver, CompoundResolver, BuildingResolver,
        HouseholdResolver, ResidentResolver, GridResolver, GridWorkerResolver,
        RegisterHouseholdResolver, RegisterResidentResolver, MoveResidentResolver, AssignGridWorkerHouseholdsResolver,
        DistrictPopulationResolver, SubdistrictPopulationResolver, CommunityPopulationResolver, CompoundPopulationResolver,
        BuildingPopulationResolver, GridPopulationResolver,
        // The territory export read by each service subgraph's sync (属地索引同步)
        TerritoryPlacesResolver,
        // Its domain events, read by consumers on the embedded transport (事件流)
        GridsEventFeedResolver,
        // Grid events (网格事件) and departments (职能部门)
        GridEventResolver, GridEventStatsResolver, DepartmentResolver,
        GridGridEventsResolver, CommunityGridEventsResolver, SubdistrictGridEventsResolver, DistrictGridEventsResolver,
        ReportGridEventResolver, SubmitHotlineTicketResolver, HotlineTicketsResolver, AcceptGridEventResolver, DispatchGridEventResolver,
        AcceptGridEventDispatchResolver, ReturnGridEventDispatchResolver, StartGridEventResolver, ResolveGridEventResolver,
        GiveGridEventFeedbackResolver, CloseGridEventResolver, EscalateGridEventResolver, SuspendGridEventResolver,
        ResumeGridEventResolver, MergeGridEventResolver, DefineEventCategoryResolver, RegisterDepartmentResolver,
        // Building stewards and heads (楼门管家, 楼栋长)
        BuildingStewardResolver, BuildingStewardAppointmentResolver, AppointBuildingStewardResolver,
        CommunityStewardshipResolver, SubdistrictStewardshipResolver, GridStewardshipResolver,
      ],
      referenceResolvers: gridsReferences,
    }),
};
