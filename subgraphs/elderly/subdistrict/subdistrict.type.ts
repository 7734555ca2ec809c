import { foreignEntity } from '../../../kit/schema/foreign-entity';

/** The grids subgraph's `Subdistrict`, as elderly sees it: only its key; elderly contributes fields to it. */
export const Subdistrict = foreignEntity('Subdistrict');
export type Subdistrict = InstanceType<typeof Subdistrict>;
