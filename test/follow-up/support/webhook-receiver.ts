import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  eventId: string;
  timestamp: string;
  signature: string;
  body: string;
  status: number;
}

/**
 * A local webhook endpoint that refuses the first `failFirst` deliveries of each event id with a
 * 500, then answers 204. `acknowledged(eventId)` counts the 2xx answers: what "delivered" means.
 */
export class WebhookReceiver {
  failFirst = 2;
  readonly deliveries: ReceivedDelivery[] = [];
  private readonly server: Server;

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const eventId = String(request.headers['x-ombudsman-event-id'] ?? '');
        const seen = receiver!.deliveries.filter((d) => d.eventId === eventId).length;
        const status = seen < receiver!.failFirst ? 500 : 204;
        receiver!.deliveries.push({
          eventId,
          timestamp: String(request.headers['x-ombudsman-timestamp'] ?? ''),
          signature: String(request.headers['x-ombudsman-signature'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
          status,
        });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiver = new WebhookReceiver(server);
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/ombudsman`;
  }

  acknowledged(eventId: string): number {
    return this.deliveries.filter((d) => d.eventId === eventId && d.status < 300).length;
  }

  eventIds(): string[] {
    return [...new Set(this.deliveries.map((d) => d.eventId))];
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
