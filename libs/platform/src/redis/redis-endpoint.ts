import { createConnection, type Socket } from 'node:net';
import { AbstractConnector, type RedisOptions } from 'ioredis';

/**
 * Where the embedded redis-server listens now. A restarted server asks for its old port, but if
 * something else took it meanwhile it gets another: every client made with `clientOptions()`
 * (and their duplicates, BullMQ's included, which copy the options) connects to the current
 * port on its next reconnect, so nothing has to be rebuilt.
 */
export class RedisEndpoint {
  constructor(public port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** ioredis options that make a client follow this endpoint. */
  clientOptions(): RedisOptions {
    const currentPort = (): number => this.port;
    // ioredis builds one connector per client from the options (duplicates copy them) and asks it
    // for a socket on every (re)connect; this one reads the port at that moment.
    class EndpointConnector extends AbstractConnector {
      constructor(options: unknown) {
        super((options as RedisOptions).disconnectTimeout ?? 2_000);
      }

      connect(): Promise<Socket> {
        this.connecting = true;
        return new Promise((resolve, reject) => {
          // Like ioredis's own connector: the socket is made on the next tick, unless disconnected meanwhile.
          process.nextTick(() => {
            if (!this.connecting) {
              reject(new Error('Connection is closed.'));
              return;
            }
            const socket = createConnection({ host: '127.0.0.1', port: currentPort() });
            socket.once('error', (error: Error) => {
              this.firstError = error;
            });
            this.stream = socket;
            resolve(socket);
          });
        });
      }
    }
    return { Connector: EndpointConnector };
  }
}
