import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Household`, as party sees it: only its key; party contributes fields to it. */
export const Household = foreignEntity('Household');
export type Household = InstanceType<typeof Household>;
