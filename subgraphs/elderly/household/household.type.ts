import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Household`, as elderly sees it: only its key; elderly contributes fields to it. */
export const Household = foreignEntity('Household');
export type Household = InstanceType<typeof Household>;
