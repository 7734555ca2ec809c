import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext, RequestInfo } from '../../kit/context';
import { createLoaders, type ElderlyLoaders } from './loaders';

export interface ElderlyContext extends BaseContext {
  readonly loaders: ElderlyLoaders;
}

export function createContext(em: EntityManager, request: RequestInfo): ElderlyContext {
  return { ...request, em, loaders: createLoaders(em) };
}
