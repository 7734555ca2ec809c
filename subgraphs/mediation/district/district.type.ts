import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `District`, as mediation sees it: only its key; mediation contributes fields to it. */
export const District = foreignEntity('District');
export type District = InstanceType<typeof District>;
