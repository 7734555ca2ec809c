import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Building`: property only points at it (a suggestion raised by a building). */
export const Building = foreignEntity('Building', { resolvable: false });
export type Building = InstanceType<typeof Building>;
