import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Community`, as mediation sees it: only its key; mediation contributes fields to it. */
export const Community = foreignEntity('Community');
export type Community = InstanceType<typeof Community>;
