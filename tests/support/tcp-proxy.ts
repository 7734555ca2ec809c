import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** `nats://127.0.0.1:<port>`-style address of the proxy (scheme given by the caller). */
  readonly port: number;
  /** Cuts every connection and refuses new ones: the server behind looks gone. */
  pause(): Promise<void>;
  /** Accepts connections again on the same port. */
  resume(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP relay to `target` that a test can cut and restore, to take a shared server (NATS) away
 * from the code under test without stopping it for anyone else. `onSent` sees every chunk relayed
 * towards the target once written to it (to know what has reached it).
 */
export async function startTcpProxy(target: { host: string; port: number }, onSent?: (chunk: Buffer) => void): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = createConnection(target);
        sockets.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        // Towards the target a chunk is counted once written to the target's connection, not when the
        // client sent it: until the relay's own connection to the target is up, it has reached nothing.
        client.on('data', (chunk: Buffer) => {
          if (!upstream.write(chunk, () => onSent?.(chunk))) client.pause();
        });
        upstream.on('drain', () => client.resume());
        client.on('end', () => upstream.end());
        upstream.pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server.close(() => resolve());
    });

  await listen();
  return {
    get port() {
      return port;
    },
    pause: stop,
    resume: listen,
    close: stop,
  };
}
