import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { Viewer } from './auth/viewer';

/** What every subgraph's request context holds; subgraphs add their own `loaders`. */
export interface BaseContext {
  /** This request's fork: one identity map per request, never the global `orm.em`. */
  readonly em: EntityManager;
  readonly viewer: Viewer | null;
  readonly requestId: string;
  /** When the request arrived: the one "now" of every field it resolves, so time-relative defaults agree (and batch together). */
  readonly receivedAt: Date;
  /** Logger bound to the request id, for audit lines and errors. */
  readonly log: Logger;
  /** Fires when the caller hung up or the request ran over its time budget (absent in-process). */
  readonly signal?: AbortSignal;
}

/** What the HTTP layer knows about a request before the subgraph builds its context. */
export interface RequestInfo {
  readonly viewer: Viewer | null;
  readonly requestId: string;
  readonly receivedAt: Date;
  readonly log: Logger;
  readonly signal?: AbortSignal;
}
