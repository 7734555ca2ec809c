import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Resident`, as property sees it: only its key; property contributes fields to it. */
export const Resident = foreignEntity('Resident');
export type Resident = InstanceType<typeof Resident>;
