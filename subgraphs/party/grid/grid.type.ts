import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Grid`, as party sees it: only its key; party contributes fields to it. */
export const Grid = foreignEntity('Grid');
export type Grid = InstanceType<typeof Grid>;
