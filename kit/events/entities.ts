import type { EntityClass } from '@mikro-orm/core';
import { EventCheckpoint } from './event-checkpoint.entity';
import { OutboxEvent } from './outbox-event.entity';
import { ParkedEvent } from './parked-event.entity';

/** Tables of a subgraph that publishes events: add to its entity list. */
export const producerEntities: EntityClass<object>[] = [OutboxEvent];

/** Tables of a subgraph that consumes events (checkpoints, parked events): add to its entity list. */
export const consumerEntities: EntityClass<object>[] = [EventCheckpoint, ParkedEvent];
