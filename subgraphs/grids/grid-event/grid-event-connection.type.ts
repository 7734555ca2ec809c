import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { GridEvent } from './grid-event.entity';

@ObjectType({ description: 'A page of grid events (网格事件列表)' })
export class GridEventConnection extends Connection(GridEvent) {}
