import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/knex';
import type { BaseContext } from '../context';
import { appendRequestReads } from './audit-writer';

/** What a caller gets instead of data when the audit trail cannot take the reads it made. */
export const AUDIT_UNAVAILABLE = 'The audit trail could not be written, so no personal data was sent; try again later';

/**
 * Writes the unmasked reads a request made (`RequestAudit.read`) before its response leaves: all of
 * them in one insert, in a transaction of their own or shared with requests finishing beside it
 * (`appendRequestReads`). If that fails the response leaves without its data,
 * as one INTERNAL error: nothing unmasked goes out unaudited (fail closed).
 */
export function auditPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          // A service without kit's request context (a test double) has nothing to audit.
          const { audit, em, log } = contextValue as Partial<BaseContext>;
          const reads = audit?.takeReads() ?? [];
          if (reads.length === 0 || !em || !log) return;
          try {
            await appendRequestReads(em as EntityManager, reads);
          } catch (error) {
            log.error({ err: error, reads: reads.length }, 'audit trail write failed: response withheld');
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [{ message: AUDIT_UNAVAILABLE, extensions: { code: 'INTERNAL' } }];
            }
          }
        },
      };
    },
  };
}
