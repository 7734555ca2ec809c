import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Compound`, as property sees it: only its key; property contributes fields to it. */
export const Compound = foreignEntity('Compound');
export type Compound = InstanceType<typeof Compound>;
