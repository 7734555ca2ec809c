import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `GridEvent`, as property sees it: only its key; property contributes fields to it. */
export const GridEvent = foreignEntity('GridEvent');
export type GridEvent = InstanceType<typeof GridEvent>;
