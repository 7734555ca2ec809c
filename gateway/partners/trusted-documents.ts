import type { ApolloServerPlugin, GraphQLRequest, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Role } from '../../kit/auth/role';
import { hasAnyRole, type Viewer } from '../../kit/auth/viewer';
import type { GatewayContext } from '../data-source';
import type { PersistedOperation, TrustedDocuments } from './operation-manifest';

/** A partner agency asked for something other than one of its registered operations (HTTP 403). */
export class OperationNotTrustedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'OPERATION_NOT_TRUSTED', http: { status: 403 } } });
  }
}

/**
 * What a refused request runs until its refusal is answered: Apollo Server lets a plugin refuse a
 * request only once the operation is resolved (`didResolveOperation`), so the partner's own text is
 * swapped for this before anything parses it, and the APQ cache is never asked for its hash.
 */
const STAND_IN = '{ __typename }';

/**
 * Refuses a request with `error` before its own text is parsed or its hash looked up: the text is
 * swapped for the stand-in, and the refusal answered once the stand-in is resolved.
 */
export function refuseBeforeParsing(request: GraphQLRequest, error: GraphQLError): GraphQLRequestListener<GatewayContext> {
  request.query = STAND_IN;
  request.operationName = undefined;
  request.extensions = Object.fromEntries(Object.entries(request.extensions ?? {}).filter(([key]) => key !== 'persistedQuery'));
  return {
    async didResolveOperation() {
      throw error;
    },
  };
}

/** The registered operation a partner's request names, or why it is refused. */
function registeredOperation(documents: TrustedDocuments, viewer: Viewer, request: GraphQLRequest): PersistedOperation | string {
  if (!viewer.agency) return 'This partner token names no agency (the `agency` claim): ask the platform for one that does';
  const registered = documents.get(viewer.agency);
  if (!registered) return `No operations are registered for agency ${viewer.agency}`;
  const persisted = request.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (!persisted || typeof persisted.sha256Hash !== 'string') {
    return 'A partner agency sends its registered operations by hash (extensions.persistedQuery.sha256Hash), never as query text';
  }
  if (persisted.version !== 1) return 'Only version 1 of the persistedQuery extension is served';
  return registered.get(persisted.sha256Hash) ?? `No operation with this hash is registered for agency ${viewer.agency}`;
}

/**
 * Trusted documents (docs/partners.md): a PARTNER_AGENCY token runs only the operations registered
 * for its agency in `schema/operations/<agency>/`, sent by their SHA-256 in Apollo's persisted-query
 * extension. The registered text is what runs, whatever text came with the hash; anything else — a
 * query text, an unknown hash, another agency's hash, a token naming no agency — is refused with
 * OPERATION_NOT_TRUSTED before it is parsed or planned. The subgraphs still check every field against
 * the token as they do for everyone: registering an operation grants nothing the policy does not.
 */
export function trustedDocumentsPlugin(documents: TrustedDocuments): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const viewer = contextValue.viewer;
      if (!viewer || !hasAnyRole(viewer, [Role.PARTNER_AGENCY])) return;
      const operation = registeredOperation(documents, viewer, request);
      if (typeof operation !== 'string') {
        request.query = operation.body;
        request.operationName = operation.name;
        return;
      }
      return refuseBeforeParsing(request, new OperationNotTrustedError(operation));
    },
  };
}
