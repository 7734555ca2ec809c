import { auditQueryRules } from '../../kit/audit/audit-policy';
import { entityRules, Reach, SIGNED_IN, type AccessRule, type SubgraphPolicy } from '../../kit/auth/policy';
import { ALL_ROLES, Role } from '../../kit/auth/role';
import { GRID_EVENT_LIFECYCLE, GridEventCommand } from './grid-event/lifecycle';
import {
  EVENT_CATALOGUE_KEEPERS,
  DEPARTMENT_RECEIVERS,
  EVENT_CATEGORY_KEEPERS,
  EVENT_HANDLERS,
  EVENT_READERS,
  EVENT_REPORTERS,
  GRID_MANAGERS,
  HOTLINE,
  RESIDENT_READERS,
  STEWARD_APPOINTERS,
  TERRITORY_EXPORT_READERS,
  TREE_KEEPERS,
} from './roles';
import { gridsReferences } from './references';

const territory = (roles: readonly Role[], note?: string): AccessRule => ({ roles, reach: Reach.TERRITORY, note });

/**
 * The roles the lifecycle table lets give `commands`: handlers in scope at the event's level; a
 * department's receivers and the event's reporter on their own events only.
 */
function lifecycle(...commands: GridEventCommand[]): AccessRule {
  const actors = GRID_EVENT_LIFECYCLE.of(commands).flatMap(rule => rule.actors);
  const roles = ALL_ROLES.filter(role => actors.includes(role));
  const own = [...(actors.includes('DEPARTMENT_RECEIVER') ? DEPARTMENT_RECEIVERS : []), ...(actors.includes('REPORTER') ? EVENT_REPORTERS : [])];
  const notes = [
    roles.length > 0 ? 'roles and levels by the lifecycle table' : '',
    actors.includes('DEPARTMENT_RECEIVER') ? "a receiver of the event's department" : '',
    actors.includes('REPORTER') ? "the event's reporter" : '',
  ];
  const note = notes.filter(Boolean).join('; ');
  if (roles.length === 0) return { roles: own, reach: Reach.OWN, note };
  return own.length > 0 ? { roles, reach: Reach.TERRITORY, own, note } : { roles, reach: Reach.TERRITORY, note };
}

/** Who calls each Query field and Mutation of the grids subgraph (rendered in docs/access-policy.md). */
export const gridsPolicy: SubgraphPolicy = {
  query: {
    ...auditQueryRules('grids'),
    district: SIGNED_IN,
    districts: SIGNED_IN,
    subdistrict: SIGNED_IN,
    subdistricts: SIGNED_IN,
    community: SIGNED_IN,
    communities: SIGNED_IN,
    compound: SIGNED_IN,
    building: SIGNED_IN,
    household: SIGNED_IN,
    grid: SIGNED_IN,
    gridWorker: SIGNED_IN,
    department: SIGNED_IN,
    departments: SIGNED_IN,
    eventCategories: SIGNED_IN,
    resident: territory(RESIDENT_READERS, 'personal fields masked unless the role needs them'),
    gridEvent: territory(EVENT_READERS),
    gridEvents: territory(EVENT_READERS),
    dispatchedGridEvents: { roles: DEPARTMENT_RECEIVERS, reach: Reach.OWN, note: 'events dispatched to the departments the caller receives for' },
    hotlineTickets: { roles: HOTLINE, reach: Reach.OWN, note: 'the tickets the caller submitted' },
    territoryPlaces: { roles: TERRITORY_EXPORT_READERS, reach: Reach.MACHINE },
    gridsEvents: { roles: [Role.SERVICE], reach: Reach.MACHINE },
  },
  mutation: {
    registerHousehold: territory(TREE_KEEPERS),
    registerResident: territory(TREE_KEEPERS),
    moveResident: territory(TREE_KEEPERS),
    assignGridWorkerHouseholds: territory(GRID_MANAGERS),
    appointBuildingSteward: territory(STEWARD_APPOINTERS),
    registerDepartment: territory(EVENT_CATALOGUE_KEEPERS),
    defineEventCategory: territory(EVENT_CATEGORY_KEEPERS),
    reportGridEvent: territory(EVENT_HANDLERS),
    submitHotlineTicket: territory(HOTLINE, 'the 12345 hotline, in its scope'),
    acceptGridEvent: lifecycle(GridEventCommand.ACCEPT),
    dispatchGridEvent: lifecycle(GridEventCommand.DISPATCH),
    acceptGridEventDispatch: lifecycle(GridEventCommand.ACCEPT_DISPATCH),
    returnGridEventDispatch: lifecycle(GridEventCommand.RETURN_DISPATCH),
    startGridEvent: lifecycle(GridEventCommand.START),
    resolveGridEvent: lifecycle(GridEventCommand.RESOLVE),
    giveGridEventFeedback: lifecycle(GridEventCommand.FEEDBACK_SATISFIED, GridEventCommand.FEEDBACK_UNSATISFIED),
    closeGridEvent: lifecycle(GridEventCommand.CLOSE),
    escalateGridEvent: lifecycle(GridEventCommand.ESCALATE),
    suspendGridEvent: lifecycle(GridEventCommand.SUSPEND),
    resumeGridEvent: lifecycle(GridEventCommand.RESUME),
    mergeGridEvent: lifecycle(GridEventCommand.MERGE),
  },
  entities: entityRules(gridsReferences),
  partnerOperations: [
    'submitHotlineTicket',
    'hotlineTickets',
    'giveGridEventFeedback',
    'dispatchedGridEvents',
    'acceptGridEventDispatch',
    'returnGridEventDispatch',
    'resolveGridEvent',
  ],
};
