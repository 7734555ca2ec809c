import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { RequestAudit } from './audit/request-audit';
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
  /** The request's audit entries: unmasked reads are noted here and written before the response leaves (kit/audit). */
  readonly audit: RequestAudit;
}

/** What the HTTP layer knows about a request before the subgraph builds its context. */
export interface RequestInfo {
  readonly viewer: Viewer | null;
  readonly requestId: string;
  readonly receivedAt: Date;
  readonly log: Logger;
  readonly signal?: AbortSignal;
  readonly audit: RequestAudit;
}

/** A request's info as it arrives: its one now, and an empty audit trail bound to its viewer and id. */
export function requestInfo(viewer: Viewer | null, requestId: string, log: Logger, signal?: AbortSignal): RequestInfo {
  const receivedAt = new Date();
  return { viewer, requestId, receivedAt, log, signal, audit: new RequestAudit(viewer, requestId, receivedAt) };
}
