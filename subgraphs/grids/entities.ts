import { auditEntities } from '../../kit/audit/entities';
import { consumerEntities, producerEntities } from '../../kit/events/entities';
import { idempotencyEntities } from '../../kit/idempotency/entities';
import { Building } from './building/building.entity';
import { BuildingStewardAppointment } from './building/building-steward-appointment.entity';
import { Community } from './community/community.entity';
import { Compound } from './compound/compound.entity';
import { District } from './district/district.entity';
import { Grid } from './grid/grid.entity';
import { GridWorker } from './grid-worker/grid-worker.entity';
import { LinkedHousehold } from './grid-worker/linked-household.entity';
import { Household } from './household/household.entity';
import { Resident } from './resident/resident.entity';
import { ResidentMove } from './resident/resident-move.entity';
import { Subdistrict } from './subdistrict/subdistrict.entity';
import { Department } from './department/department.entity';
import { EventCategory } from './grid-event/event-category.entity';
import { GridEvent } from './grid-event/grid-event.entity';
import { GridEventTransition } from './grid-event/grid-event-transition.entity';

/** Every table the grids subgraph owns. */
export const gridsEntities = [
  District, Subdistrict, Community, Compound, Building, Household, Resident, ResidentMove, Grid, GridWorker, LinkedHousehold,
  EventCategory, Department, GridEvent, GridEventTransition,
  // Building stewards and heads (楼门管家, 楼栋长)
  BuildingStewardAppointment,
  // The outbox of the domain events grids publishes (kit/events)
  ...producerEntities,
  // Checkpoints of the events it consumes (mediation's case outcomes)
  ...consumerEntities,
  // Its audit trail (kit/audit)
  ...auditEntities,
  // The idempotency keys of its commands (kit/idempotency): the 12345 intake, the grid event commands
  ...idempotencyEntities,
];
