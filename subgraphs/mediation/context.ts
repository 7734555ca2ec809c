import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext, RequestInfo } from '../../kit/context';
import { createLoaders, type MediationLoaders } from './loaders';

export interface MediationContext extends BaseContext {
  readonly loaders: MediationLoaders;
}

export function createContext(em: EntityManager, request: RequestInfo): MediationContext {
  return { ...request, em, loaders: createLoaders(em) };
}
