import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind } from 'graphql';
import type { Logger } from 'pino';
import type { Viewer } from './viewer';

/**
 * Writes one audit line per mutation field a request ran — who (viewer and roles), which command,
 * its outcome (`ok` or the error code) and, through the request's logger, the request id. The
 * input is never logged: it holds names, phone numbers and ID numbers.
 */
export function mutationAuditPlugin<TContext extends BaseContext>(fallback: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response }) {
          if (operation?.operation !== 'mutation') return;
          const { viewer, log } = (contextValue ?? {}) as { viewer?: Viewer | null; log?: Logger };
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD) continue;
            const key = selection.alias?.value ?? selection.name.value;
            const error = errors.find((candidate) => candidate.path?.[0] === key);
            (log ?? fallback).info(
              { audit: 'mutation', viewer: viewer?.id, roles: viewer?.roles, command: selection.name.value, outcome: error ? (error.extensions?.code ?? 'INTERNAL') : 'ok' },
              'mutation',
            );
          }
        },
      };
    },
  };
}
