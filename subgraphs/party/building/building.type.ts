import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Building`, as party sees it: only its key; party contributes fields to it. */
export const Building = foreignEntity('Building');
export type Building = InstanceType<typeof Building>;
