import type { HeaderMap } from '@apollo/server';
import { UnauthenticatedError } from '../errors';
import { TokenError, verifyBearer, type TokenSettings } from './token';
import type { Viewer } from './viewer';

/**
 * The viewer of a subgraph request. Subgraphs trust no header: the token is verified again here,
 * and a request without a valid one is refused before any resolver runs.
 */
export async function requireViewer(headers: HeaderMap, settings: TokenSettings): Promise<Viewer> {
  try {
    const viewer = await verifyBearer(headers.get('authorization'), settings);
    if (!viewer) throw new UnauthenticatedError();
    return viewer;
  } catch (error) {
    if (error instanceof TokenError) throw new UnauthenticatedError(error.message);
    throw error;
  }
}
