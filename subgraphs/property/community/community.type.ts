import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Community`, as property sees it: only its key; property contributes fields to it. */
export const Community = foreignEntity('Community');
export type Community = InstanceType<typeof Community>;
