import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext, RequestInfo } from '../../kit/context';
import { createLoaders, type PartyLoaders } from './loaders';

export interface PartyContext extends BaseContext {
  readonly loaders: PartyLoaders;
}

export function createContext(em: EntityManager, request: RequestInfo): PartyContext {
  return { ...request, em, loaders: createLoaders(em) };
}
