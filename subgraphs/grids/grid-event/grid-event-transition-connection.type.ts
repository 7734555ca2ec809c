import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { GridEventTransition } from './grid-event-transition.entity';

@ObjectType({ description: "A page of an event's history (流转记录)" })
export class GridEventTransitionConnection extends Connection(GridEventTransition) {}
