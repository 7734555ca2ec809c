import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `GridEvent`, as mediation sees it: only its key; mediation contributes `mediationCase`. */
export const GridEvent = foreignEntity('GridEvent');
export type GridEvent = InstanceType<typeof GridEvent>;
