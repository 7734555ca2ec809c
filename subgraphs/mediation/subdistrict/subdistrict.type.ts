import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Subdistrict`, as mediation sees it: only its key; mediation contributes fields to it. */
export const Subdistrict = foreignEntity('Subdistrict');
export type Subdistrict = InstanceType<typeof Subdistrict>;
