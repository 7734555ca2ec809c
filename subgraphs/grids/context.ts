import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext, RequestInfo } from '../../kit/context';
import { createLoaders, type GridsLoaders } from './loaders';

export interface GridsContext extends BaseContext {
  readonly loaders: GridsLoaders;
}

export function createContext(em: EntityManager, request: RequestInfo): GridsContext {
  return { ...request, em, loaders: createLoaders(em) };
}
