import { auditEntities } from '../../kit/audit/entities';
import { consumerEntities, producerEntities } from '../../kit/events/entities';
import { idempotencyEntities } from '../../kit/idempotency/entities';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { Agreement } from './agreement/agreement.entity';
import { GridEventCopy } from './grid-event/grid-event-copy.entity';
import { DisputeLead } from './lead/dispute-lead.entity';
import { CaseMediator } from './mediation-case/case-mediator.entity';
import { CaseParty } from './mediation-case/case-party.entity';
import { MediationCaseTransition } from './mediation-case/case-transition.entity';
import { MediationCase } from './mediation-case/mediation-case.entity';
import { MediationSession } from './session/mediation-session.entity';
import { MediationTeam } from './team/mediation-team.entity';
import { Mediator } from './team/mediator.entity';

/** Every table the mediation subgraph owns (`territory` and `grid_event_copy` are read-only copies of grids' data, kept by its events). */
export const mediationEntities = [
  TerritoryPlace, GridEventCopy, MediationTeam, Mediator, DisputeLead, MediationCase, CaseParty, CaseMediator,
  MediationCaseTransition, MediationSession, Agreement,
  // The outbox of the events mediation publishes, and the checkpoints of those it consumes (kit/events)
  ...producerEntities, ...consumerEntities,
  // Its audit trail (kit/audit)
  ...auditEntities,
  // The idempotency keys of the joint session's lead commands (kit/idempotency)
  ...idempotencyEntities,
];
