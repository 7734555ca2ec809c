import { createServer, type IncomingMessage } from 'node:http';

/** What a floor is asked: the query's variables, and the caller's `Authorization` to pass on. */
export interface FloorRequest {
  readonly variables: Record<string, string | undefined>;
  readonly authorization: string;
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Serves a floor of the peers bench on `port` (loopback): each POST's `data` is what `answer` gives
 * for its variables, a failure an HTTP 500 with its message. Stops on SIGTERM, as the bench stops a
 * contender.
 */
export function serveFloor(port: number, answer: (request: FloorRequest) => unknown): void {
  const server = createServer(async (request, response) => {
    let body: string;
    try {
      const { variables = {} } = JSON.parse((await bodyOf(request)) || '{}') as { variables?: FloorRequest['variables'] };
      body = JSON.stringify({ data: await answer({ variables, authorization: request.headers.authorization ?? '' }) });
    } catch (error) {
      response.statusCode = 500;
      body = JSON.stringify({ errors: [{ message: (error as Error).message }] });
    }
    response.setHeader('content-type', 'application/json');
    response.end(body);
  });
  server.listen(port, '127.0.0.1');
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}
