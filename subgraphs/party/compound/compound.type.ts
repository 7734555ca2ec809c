import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Compound`, as party sees it: only its key; party contributes fields to it. */
export const Compound = foreignEntity('Compound');
export type Compound = InstanceType<typeof Compound>;
