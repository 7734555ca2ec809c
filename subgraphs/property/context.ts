import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext, RequestInfo } from '../../kit/context';
import { createLoaders, type PropertyLoaders } from './loaders';

export interface PropertyContext extends BaseContext {
  readonly loaders: PropertyLoaders;
}

export function createContext(em: EntityManager, request: RequestInfo): PropertyContext {
  return { ...request, em, loaders: createLoaders(em) };
}
