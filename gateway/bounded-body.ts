import type { Readable } from 'node:stream';

/** A subgraph answer over the gateway's limit (`SUBGRAPH_MAX_RESPONSE_BYTES`). */
export class ResponseTooLargeError extends Error {}

/**
 * Reads a response body as it streams in, up to `limit` bytes. Past the limit the stream (and with
 * it the connection) is destroyed at once: the gateway never holds more than `limit` bytes of one
 * answer, nor reads the rest of it. The bytes as they came: decoding them is the reader's (once).
 */
export function readBounded(body: Readable, limit: number, declaredLength?: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (declaredLength !== undefined && declaredLength > limit) {
      body.destroy();
      reject(new ResponseTooLargeError(`answer of ${declaredLength} bytes declared, over the limit of ${limit}`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        body.destroy();
        reject(new ResponseTooLargeError(`answer over the limit of ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    body.on('end', () => resolve(Buffer.concat(chunks, size)));
    body.on('error', reject);
  });
}
