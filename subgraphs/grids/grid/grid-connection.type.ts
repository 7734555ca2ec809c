import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { Grid } from './grid.entity';

@ObjectType({ description: 'A page of grids (网格列表)' })
export class GridConnection extends Connection(Grid) {}
