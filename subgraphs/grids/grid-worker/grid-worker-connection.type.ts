import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { GridWorker } from './grid-worker.entity';

@ObjectType({ description: 'A page of grid workers (网格员列表)' })
export class GridWorkerConnection extends Connection(GridWorker) {}
