import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `District`, as elderly sees it: only its key; elderly contributes fields to it. */
export const District = foreignEntity('District');
export type District = InstanceType<typeof District>;
